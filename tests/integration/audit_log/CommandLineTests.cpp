// `audit verify` on a copy of the stopped server's data, tampered in five ways; export and verify-export, also of an
// export with a line removed and its chain recomputed.
#include "tst_audit_log.h"

#include "AuditTestFiles.h"
#include "ExportForgery.h"
#include "SqlFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;
using namespace auditlog;

// (f) The command line on a stopped server's data: verify, five kinds of tampering, export and its check.
void TestAuditLogApi::commandLine()
{
    // At least one sealed checkpoint (every 1000 entries) in the log.
    for (qint64 i = lastSequence(); i < 1100; ++i)
        QCOMPARE(get(Role::Admin, u"/api/v1/organisations"_s).status, 200);
    const qint64 last = lastSequence() + 1; // the status read itself
    QVERIFY(last > 1100);
    QCOMPARE(m_server.terminate(), 0);

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString pristine = scratch.filePath(u"pristine"_s);
    QVERIFY(copyDirectory(m_server.dataDir(), pristine));
    ServerProcess admin;
    admin.setDataDir(pristine);
    QByteArray output;
    QCOMPARE(admin.runAdmin({u"audit"_s, u"verify"_s}, {}, &output), 0);
    QVERIFY2(output.contains("intact"), output.constData());

    struct Tamper
    {
        const char *name;
        QStringList statements;
        qint64 firstBad;
    };
    const QList<Tamper> cases {
        {"one byte of an entry changed", {u"UPDATE audit_log SET client_address = '127.0.0.2' WHERE seq = 321"_s}, 321},
        {"an entry deleted", {u"DELETE FROM audit_log WHERE seq = 654"_s}, 654},
        {"two entries swapped",
         {u"UPDATE audit_log SET seq = -1 WHERE seq = 400"_s, u"UPDATE audit_log SET seq = 400 WHERE seq = 407"_s,
          u"UPDATE audit_log SET seq = 407 WHERE seq = -1"_s},
         400},
        {"the tail and the head deleted",
         {u"DELETE FROM audit_log WHERE seq > 900"_s, u"DELETE FROM audit_head"_s},
         901},
        {"a checkpoint replaced",
         {u"UPDATE audit_checkpoints SET hash = (SELECT hash FROM audit_log WHERE seq = 999), seq = 999 "
          u"WHERE seq = 1000"_s},
         999},
    };
    static const QRegularExpression broken(u"BROKEN at entry (\\d+)"_s);
    int n = 0;
    for (const Tamper &tamper : cases) {
        const QString copy = scratch.filePath(u"tampered-%1"_s.arg(++n));
        QVERIFY(copyDirectory(pristine, copy));
        {
            SqlFile db(QDir(copy).filePath(u"regiekamer.sqlite"_s));
            QVERIFY(db.isOpen());
            for (const QString &statement : tamper.statements)
                QVERIFY2(db.exec(statement).isEmpty(), qPrintable(statement));
        }
        ServerProcess tampered;
        tampered.setDataDir(copy);
        QByteArray report;
        const int code = tampered.runAdmin({u"audit"_s, u"verify"_s}, {}, &report);
        QVERIFY2(
            code == 3,
            qPrintable(
                u"%1: exit %2, %3"_s.arg(QLatin1StringView(tamper.name)).arg(code).arg(QString::fromUtf8(report))));
        const auto match = broken.match(QString::fromUtf8(report));
        QVERIFY2(match.hasMatch() && match.captured(1).toLongLong() == tamper.firstBad,
                 qPrintable(u"%1: %2"_s.arg(QLatin1StringView(tamper.name), QString::fromUtf8(report))));
    }

    // Export as JSON lines, verified on its own; one edited line is caught.
    const QString exported = scratch.filePath(u"export.jsonl"_s);
    QCOMPARE(admin.runAdmin({u"audit"_s, u"export"_s, u"--format"_s, u"jsonl"_s, u"--output"_s, exported}), 0);
    QByteArray checked;
    QCOMPARE(admin.runAdmin({u"audit"_s, u"verify-export"_s, exported}, {}, &checked), 0);
    QVERIFY2(checked.contains("intact"), checked.constData());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    QVERIFY(lines.size() > 1000);
    // Actor name and address stay sealed as stored: no personal data in the file, verifiable without any key.
    QVERIFY(!lines.at(500).contains("127.0.0.1"));
    const qsizetype sealed = lines.at(500).indexOf("\"clientAddress\":\"") + 17;
    QVERIFY(sealed > 17 && lines.at(500).at(sealed) != '"');
    lines[500][sealed] = lines.at(500).at(sealed) == 'A' ? 'B' : 'A';
    const QString edited = scratch.filePath(u"edited.jsonl"_s);
    QFile out(edited);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(lines.join('\n'));
    out.close();
    QByteArray editedReport;
    QVERIFY(admin.runAdmin({u"audit"_s, u"verify-export"_s, edited}, {}, &editedReport) != 0);
    QVERIFY2(editedReport.contains("BROKEN"), editedReport.constData());

    // Attack review finding 11: a line removed, the entries after it numbered again and their hashes recomputed, the
    // checkpoints left out of the header. The header's own seal gives it away (its last entry moved); with the header
    // resealed by someone holding the key, the missing checkpoint would (tst_auditexport covers both).
    regiekamer::server::test::ExportFile forged = regiekamer::server::test::ExportFile::read(exported);
    forged.removeAndRechain(500);
    forged.dropSeals();
    const QString removed = scratch.filePath(u"removed.jsonl"_s);
    QVERIFY(forged.write(removed));
    QByteArray removedReport;
    QCOMPARE(admin.runAdmin({u"audit"_s, u"verify-export"_s, removed}, {}, &removedReport), 3);
    QVERIFY2(removedReport.contains("BROKEN: the header's seal does not match: its stretch was changed"),
             removedReport.constData());

    // CSV: the header and the hash columns.
    const QString csv = scratch.filePath(u"export.csv"_s);
    QCOMPARE(admin.runAdmin({u"audit"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, csv}), 0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csvFile.readAll().trimmed().split('\n');
    QCOMPARE(rows.first().trimmed(),
             QByteArray("sequence,at,actorId,actorName,actorRole,clientAddress,requestId,"
                        "action,objectType,objectId,webinarId,organisationId,"
                        "subjectUserId,fields,outcome,reason,rowCount,previousHash,hash"));
    static const QRegularExpression hashes(u",([0-9a-f]{64})?,([0-9a-f]{64})\\r?$"_s);
    QVERIFY(rows.size() > 1000);
    QVERIFY2(rows.at(500).contains(",127.0.0.1,"), rows.at(500).constData()); // CSV: decrypted, for reading
    for (const QByteArray &row : rows.mid(1))
        QVERIFY2(hashes.match(QString::fromUtf8(row)).hasMatch(), row.constData());
}
