// The CSV export: RFC 4180, every registration once, spreadsheet formulas neutralised, only for client staff.
#include "protocol/ApiPaths.h"
#include "tst_domain_api.h"

#include "CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

const QStringView formulaStarts = u"=+-@\t\r";

// A cell as it was before the export neutralised a formula with a leading quote.
QString unneutralised(const QString &cell)
{
    return cell.size() > 1 && cell.front() == u'\'' && formulaStarts.contains(cell.at(1)) ? cell.mid(1) : cell;
}

} // namespace

// A viewer made by the operator whose name is a spreadsheet formula, registered for the scheduled webinar.
void TestDomainApi::registerFormulaViewer(const QString &name)
{
    const QByteArray password = "domain-test-password-1";
    QByteArray output;
    QCOMPARE(m_server.runAdmin({u"user"_s, u"add"_s, u"--email"_s, u"formula@example.com"_s, u"--role"_s, u"viewer"_s,
                                u"--name"_s, name},
                               password + '\n', &output),
             0);
    const QString viewer = login(u"formula@example.com"_s, QString::fromLatin1(password));
    QVERIFY(!viewer.isEmpty());
    const ApiReply registered =
        send("POST", url(registrationsPath(m_scheduled)), viewer,
             QJsonDocument(QJsonObject {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}}})
                 .toJson());
    QVERIFY2(registered.status == 201, qPrintable(registered.describe()));
}

// Each data row: no cell starts a formula, and the values are those of the JSON list; every registration once.
void TestDomainApi::checkExportRows(const QList<QStringList> &rows, const QJsonArray &all, const QString &formulaName)
{
    const QStringList header = rows.first();
    QMap<qint64, QJsonObject> byId;
    for (const QJsonValue &value : all)
        byId.insert(value.toObject().value("id"_L1).toInteger(), value.toObject());
    QSet<qint64> exported;
    bool sawFormula = false;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), header.size());
        for (const QString &cell : row) {
            QVERIFY2(cell.isEmpty() || !formulaStarts.contains(cell.front()),
                     qPrintable(u"formula not neutralised: "_s + cell));
        }
        const qint64 id = row.at(0).toLongLong();
        QVERIFY(byId.contains(id));
        exported.insert(id);
        const QJsonObject r = byId.value(id);
        for (qsizetype c = 1; c < 6; ++c)
            QCOMPARE(unneutralised(row.at(c)), r.value(header.at(c)).toString());
        QCOMPARE(row.at(7), r.value("approvalState"_L1).toString());
        QCOMPARE(row.at(8).toLongLong(), r.value("waitlistPosition"_L1).toInteger());
        QCOMPARE(row.at(11).toLongLong(), r.value("minutesWatched"_L1).toInteger());
        if (r.value("fullName"_L1).toString() == formulaName) {
            sawFormula = true;
            QCOMPARE(row.at(1), u"'"_s + formulaName);
        }
    }
    QCOMPARE(exported.size(), all.size());
    QVERIFY(sawFormula);
}

void TestDomainApi::csvExport()
{
    // A registration whose name is a spreadsheet formula with a comma and quotes.
    const QString evilName = uR"(=HYPERLINK("http://evil.example","x"), Jr.)"_s;
    registerFormulaViewer(evilName);
    if (QTest::currentTestFailed())
        return;
    const QJsonArray all = allRegistrations(Role::ClientStaff, m_scheduled);
    const ApiReply list = get(Role::ClientStaff, registrationsPath(m_scheduled));
    QCOMPARE(all.size(), list.total());
    const ApiReply csv = send("GET", url(api::path::expand(api::path::webinarRegistrationsExport, {m_scheduled})),
                              m_tokens.value(Role::ClientStaff));
    QVERIFY2(csv.status == 200, qPrintable(csv.describe()));
    QCOMPARE(csv.contentType, QByteArray("text/csv; charset=utf-8"));
    QVERIFY2(csv.contentDisposition.startsWith("attachment"), csv.contentDisposition.constData());
    QList<QStringList> rows;
    QVERIFY2(parseCsv(QString::fromUtf8(csv.body), rows), csv.body.left(300).constData());
    QCOMPARE(rows.size(), list.total() + 1);
    QCOMPARE(
        rows.first(),
        (QStringList {u"id"_s, u"fullName"_s, u"email"_s, u"phone"_s, u"company"_s, u"jobTitle"_s, u"registeredAt"_s,
                      u"approvalState"_s, u"waitlistPosition"_s, u"joinedAt"_s, u"leftAt"_s, u"minutesWatched"_s,
                      u"present"_s, u"consentRecording"_s, u"consentMarketing"_s, u"consentGivenAt"_s}));
    checkExportRows(rows, all, evilName);
    if (QTest::currentTestFailed())
        return;
    // The quoted form on the wire: the leading quote goes inside the RFC 4180 quotes, inner quotes doubled.
    const QByteArray onTheWire = ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\"), Jr.\",";
    QVERIFY(csv.body.contains(onTheWire));

    // With the list's filters the export holds what the list shows (the desktop exports what is on screen).
    const ApiParams filters {{u"approval"_s, u"approved"_s}, {u"search"_s, u"a"_s}};
    const ApiReply filteredList = get(Role::ClientStaff, registrationsPath(m_scheduled), filters);
    QVERIFY(filteredList.total() > 0 && filteredList.total() < list.total());
    const QString scheduledExport = api::path::expand(api::path::webinarRegistrationsExport, {m_scheduled});
    const ApiReply filtered = get(Role::ClientStaff, scheduledExport, filters);
    QCOMPARE(filtered.status, 200);
    QList<QStringList> filteredRows;
    QVERIFY(parseCsv(QString::fromUtf8(filtered.body), filteredRows));
    QCOMPARE(filteredRows.size(), filteredList.total() + 1);
    const qsizetype approvalColumn = filteredRows.first().indexOf(u"approvalState"_s);
    for (const QStringList &row : filteredRows.mid(1))
        QCOMPARE(row.value(approvalColumn), u"approved"_s);
    QCOMPARE(get(Role::ClientStaff, scheduledExport, {{u"approval"_s, u"maybe"_s}}).status, 400);

    // Only client staff of the webinar's organisation export.
    const QString exportPath = api::path::expand(api::path::webinarRegistrationsExport, {m_live});
    QCOMPARE(get(Role::Director, exportPath).status, 403);
    QCOMPARE(get(Role::Moderator, exportPath).status, 403);
    QCOMPARE(get(Role::Admin, exportPath).status, 403);
    QCOMPARE(get(Role::ClientStaff, api::path::expand(api::path::webinarRegistrationsExport, {m_ended})).status, 404);
}
