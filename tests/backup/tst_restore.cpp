// Restore and verify of continuous backups (issue 14): a scratch database whose transactions are captured as real
// session changesets, written as real age-encrypted backup objects to a directory target, restored to any point in
// time and checked; every way a storage target can lie (a changed, cut, renamed, deleted, replayed or foreign
// object) is found by verify and refused by restore without leaving anything behind.
#include "RestoreTestSupport.h"

#include "backup/BackupAuth.h"
#include "backup/Restore.h"
#include "cli/AdminCli.h"
#include "db/Database.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace regiekamer;
using namespace regiekamer::server::backup;
using namespace regiekamer::server::backup::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::UTC);

QByteArray masterKeyLine(int version)
{
    return QByteArray::number(version) + ' ' + QByteArray(32, char('A' + version)).toBase64() + '\n';
}

// The source's rows without the tables a restore empties.
QStringList restorable(const QStringList &rows)
{
    QStringList kept;
    for (const QString &row : rows) {
        if (!row.startsWith("sessions|"_L1) && !row.startsWith("login_failures|"_L1))
            kept.append(row);
    }
    return kept;
}

} // namespace

class TestRestore : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QTemporaryDir m_root;
    std::optional<AgeTool> m_age;
    QString m_identity;
    QList<Recipient> m_recipients;
    QString m_good; // the target with the good set
    QString m_other; // another installation, same recipients
    QString m_sealed; // an installation whose data directory the custodians' ceremony sealed
    QString m_installation;
    QList<QPair<QDateTime, QStringList>> m_states; // after each transaction: its commit time and the rows
    QStringList m_objectNames; // of the good set, by number
    int m_case = 0;

    QString freshPath(const QString &stem) { return m_root.filePath(u"%1-%2"_s.arg(stem).arg(++m_case)); }

    std::unique_ptr<BackupTarget> targetAt(const QString &directory)
    {
        QDir().mkpath(directory);
        auto target = makeTarget(directory, {});
        [&] { QVERIFY2(target, qPrintable(target ? QString() : target.error().message)); }();
        return target ? std::move(*target) : nullptr;
    }

    Result<RestoreReport> restoreFrom(const QString &target, const QString &to, const QDateTime &at = {},
                                      const QString &identity = {})
    {
        RestoreOptions options;
        options.source.target = target;
        options.source.identityPath = identity.isEmpty() ? m_identity : identity;
        options.destination = to;
        options.at = at;
        return restore(options);
    }

    VerifyReport verifyAt(const QString &target, const QString &identity = {})
    {
        VerifyOptions options;
        options.source.target = target;
        options.source.identityPath = identity.isEmpty() ? m_identity : identity;
        return verify(options);
    }

    static int admin(const QStringList &arguments)
    {
        return server::runAdmin(QStringList {u"regiekamer-admin"_s} + arguments);
    }

    QDateTime commitTime(int transaction) const { return m_states.at(transaction - 1).first; }
    QStringList stateAfter(int transaction) const { return m_states.at(transaction - 1).second; }

    ChangeRecord record(ScratchDatabase &database, const QList<const char *> &statements, const QString &path)
    {
        const QDateTime at = start.addSecs(60 * (m_states.size()));
        ChangeRecord change = database.transaction(statements, at);
        m_states.append({at, restorable(contentsOf(path))});
        return change;
    }

    // Eight transactions: two in the snapshot (object 1), then objects 2 to 5 with two, one, two and one.
    void writeGoodSet()
    {
        const QString source = m_root.filePath(u"source.sqlite"_s);
        ScratchDatabase database(source);
        auto target = targetAt(m_good);
        ObjectSeries series(*m_age, m_recipients, *target, m_root.path());
        m_installation = series.installation();
        record(database,
               {"INSERT INTO organisations (id, name) VALUES (1, 'Noorderlicht'), (2, 'Zuiderzon'), (3, 'Oost')",
                "INSERT INTO sessions VALUES ('abc', 1)"},
               source);
        record(database,
               {"INSERT INTO people VALUES (1, 1, 'Ada'), (2, 1, 'Bram'), (3, 2, 'Cor')",
                "INSERT INTO notes (person_id, body) VALUES (1, x'00ff'), (3, 'about Cor')"},
               source);
        const auto files = [](int keys, const char *anchor) {
            QByteArray masterKey;
            for (int version = 1; version <= keys; ++version)
                masterKey += masterKeyLine(version);
            return std::map<QString, QByteArray> {{u"master.key"_s, masterKey},
                                                  {u"audit-checkpoint.key"_s, QByteArray(32, anchor[7])},
                                                  {u"audit.anchor"_s, QByteArray(anchor)}};
        };
        m_objectNames.append(series.snapshot(database.snapshot(m_root.filePath(u"snapshot.sqlite"_s)), 2,
                                             commitTime(2).addSecs(20), files(1, "anchor-1")));
        auto third =
            record(database, {"INSERT INTO people VALUES (4, 3, 'Dirk')", "UPDATE notes SET body = 'x'"}, source);
        auto fourth = record(database, {"UPDATE people SET name = 'Bram B.' WHERE id = 2"}, source);
        m_objectNames.append(series.changes({third, fourth}));
        auto fifth = record(database, {"DELETE FROM organisations WHERE id = 2"}, source);
        m_objectNames.append(series.changes({fifth}, files(2, "anchor-3")));
        auto sixth = record(database,
                            {"INSERT INTO login_failures VALUES ('k', 3)",
                             "INSERT INTO organisations (id, name) VALUES (4, 'West')",
                             "INSERT INTO people VALUES (5, 4, 'Eva')"},
                            source);
        auto seventh = record(database, {"DELETE FROM notes WHERE person_id = 1"}, source);
        m_objectNames.append(series.changes({sixth, seventh}, {{u"audit.anchor"_s, "anchor-4"}}));
        auto eighth = record(database, {"UPDATE organisations SET name = 'Oost-Nederland' WHERE id = 3"}, source);
        m_objectNames.append(series.changes({eighth}));
    }

    // Another installation with the same recipients: its objects are authentic, but not this installation's.
    void writeOtherInstallation()
    {
        const QString source = m_root.filePath(u"other.sqlite"_s);
        ScratchDatabase database(source);
        auto target = targetAt(m_other);
        ObjectSeries series(*m_age, m_recipients, *target, m_root.path());
        series.snapshot(database.snapshot(m_root.filePath(u"other-snapshot.sqlite"_s)), 0, start, {});
        series.changes(
            {database.transaction({"INSERT INTO organisations (id, name) VALUES (9, 'Elders')"}, start.addSecs(150))});
        series.changes({database.transaction({"UPDATE organisations SET name = 'Anders'"}, start.addSecs(250))});
    }

    // A development data directory (plain master.key in its snapshot) that `custodians deal` sealed later: the next
    // object carries master.key.sealed and seal.json instead.
    void writeSealedInstallation()
    {
        const QString source = m_root.filePath(u"sealed.sqlite"_s);
        ScratchDatabase database(source);
        auto target = targetAt(m_sealed);
        ObjectSeries series(*m_age, m_recipients, *target, m_root.path());
        series.snapshot(database.snapshot(m_root.filePath(u"sealed-snapshot.sqlite"_s)), 0, start,
                        {{u"master.key"_s, masterKeyLine(1)}, {u"audit-checkpoint.key"_s, QByteArray(32, 's')}});
        series.changes({database.transaction({"INSERT INTO organisations (id, name) VALUES (7, 'Verzegeld')"},
                                             start.addSecs(150))},
                       {{u"master.key.sealed"_s, "sealed keyring"}, {u"seal.json"_s, "{\"shareSet\":\"s\"}"}});
    }

    // The refused restore wrote nothing: no destination, and no work directory beside it.
    void expectNothingWritten(const QString &destination)
    {
        QVERIFY(!QFileInfo::exists(destination));
        const QString stem = u"."_s + QFileInfo(destination).fileName() + u".restore-"_s;
        for (const QString &name : entriesOf(QFileInfo(destination).absolutePath()))
            QVERIFY2(!name.startsWith(stem), qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        auto age = AgeTool::locate();
        QVERIFY2(age, qPrintable(age ? QString() : age.error().message));
        m_age = *age;
        m_identity = m_root.filePath(u"identity.txt"_s);
        QVERIFY(m_age->generateIdentity(m_identity));
        auto recipients = auth::readIdentityFile(*m_age, m_identity);
        QVERIFY(recipients);
        m_recipients = *recipients;
        m_good = m_root.filePath(u"good"_s);
        m_other = m_root.filePath(u"other"_s);
        m_sealed = m_root.filePath(u"sealed"_s);
        writeGoodSet();
        writeOtherInstallation();
        writeSealedInstallation();
        QCOMPARE(m_objectNames.size(), 5);
    }

    // A restore to now brings back every captured row of every transaction, and none of the tables a restore drops
    // (sign-in sessions, login failures, the change log).
    void fullRestoreEqualsTheSource()
    {
        const QString to = freshPath(u"full"_s);
        auto report = restoreFrom(m_good, to);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(contentsOf(QDir(to).filePath(u"regiekamer.sqlite"_s)), stateAfter(8));
        QCOMPARE(report->installation, m_installation);
        QCOMPARE(report->snapshotNumber, 1);
        QCOMPARE(report->objectsUsed, 5);
        QCOMPARE(report->changesApplied, 6);
        QCOMPARE(report->lastSequence, 8);
        QCOMPARE(report->lastCommit, commitTime(8));
        QCOMPARE(modeOf(to), 0700);
    }

    void pointInTimeRestoresExactlyTheCommittedTransactions_data()
    {
        QTest::addColumn<int>("transaction");
        QTest::addColumn<int>("offsetMs");
        QTest::addColumn<int>("objectsUsed");
        const QList<int> objects {0, 1, 2, 2, 3, 4, 4, 5};
        QTest::addRow("at the snapshot") << 2 << 20'000 << 1;
        for (int transaction = 2; transaction <= 8; ++transaction) {
            if (transaction > 2)
                QTest::addRow("at commit %d", transaction) << transaction << 0 << objects.at(transaction - 1);
            QTest::addRow("1 ms before commit %d", transaction + 1)
                << transaction << 59'999 << objects.at(transaction - 1);
        }
    }

    // --at restores exactly the transactions committed up to that moment: at each commit time and 1 ms before the
    // next one, the restored rows equal the source's after that transaction, whether the object holding it was
    // applied in full or only its first transactions.
    void pointInTimeRestoresExactlyTheCommittedTransactions()
    {
        QFETCH(int, transaction);
        QFETCH(int, offsetMs);
        QFETCH(int, objectsUsed);
        const QString to = freshPath(u"at"_s);
        auto report = restoreFrom(m_good, to, commitTime(transaction).addMSecs(offsetMs));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(contentsOf(QDir(to).filePath(u"regiekamer.sqlite"_s)), stateAfter(transaction));
        QCOMPARE(report->lastSequence, transaction);
        QCOMPARE(report->objectsUsed, objectsUsed);
    }

    // A cascading delete (an organisation with its people, their notes' reference set to NULL) is captured as rows
    // of their own; applied with foreign keys off they are deleted once, and the result passes the foreign key check.
    void cascadeDeleteRestores()
    {
        const QString to = freshPath(u"cascade"_s);
        auto report = restoreFrom(m_good, to, commitTime(5));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        const QStringList rows = contentsOf(QDir(to).filePath(u"regiekamer.sqlite"_s));
        QCOMPARE(rows, stateAfter(5));
        QVERIFY(!rows.contains(u"people|3|2|Cor"_s));
        QVERIFY(rows.contains(u"notes|2|NULL|x"_s));
    }

    // The trigger that counts an organisation's people is not run again by the restore: its effect is already in
    // the changesets, so the counter equals the source's instead of being raised twice.
    void triggersDoNotRunTwice()
    {
        const QString to = freshPath(u"trigger"_s);
        QVERIFY(restoreFrom(m_good, to));
        const QStringList rows = contentsOf(QDir(to).filePath(u"regiekamer.sqlite"_s));
        QVERIFY2(rows.contains(u"organisations|1|Noorderlicht|2"_s), qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(u"organisations|4|West|1"_s));
    }

    // The master key file comes back with every version the objects carried (owner-only); the access log's key and
    // anchor come from the last object applied in full, never from one applied only in part.
    void filesComeBack()
    {
        const QString full = freshPath(u"files"_s);
        QVERIFY(restoreFrom(m_good, full));
        QCOMPARE(contentsOfFile(QDir(full).filePath(u"master.key"_s)), masterKeyLine(1) + masterKeyLine(2));
        QCOMPARE(contentsOfFile(QDir(full).filePath(u"audit.anchor"_s)), QByteArray("anchor-4"));
        QCOMPARE(contentsOfFile(QDir(full).filePath(u"audit-checkpoint.key"_s)), QByteArray(32, '3'));
        for (const QString &name : {u"master.key"_s, u"audit.anchor"_s, u"audit-checkpoint.key"_s})
            QCOMPARE(modeOf(QDir(full).filePath(name)), 0600);
        const QString partial = freshPath(u"files"_s);
        QVERIFY(restoreFrom(m_good, partial, commitTime(6)));
        QCOMPARE(contentsOfFile(QDir(partial).filePath(u"audit.anchor"_s)), QByteArray("anchor-3"));
        QCOMPARE(contentsOfFile(QDir(partial).filePath(u"master.key"_s)), masterKeyLine(1) + masterKeyLine(2));
        const QString early = freshPath(u"files"_s);
        QVERIFY(restoreFrom(m_good, early, commitTime(3)));
        QCOMPARE(contentsOfFile(QDir(early).filePath(u"audit.anchor"_s)), QByteArray("anchor-1"));
        QCOMPARE(contentsOfFile(QDir(early).filePath(u"master.key"_s)), masterKeyLine(1));
        QCOMPARE(contentsOfFile(QDir(early).filePath(u"audit-checkpoint.key"_s)), QByteArray(32, '1'));
    }

    // A directory sealed by the restored moment comes back sealed: the sealed keyring and seal.json, never the plain
    // master.key of the objects before the deal (with both the server refuses to start); before the deal, plain.
    void sealedDirectoryComesBackSealed()
    {
        const QString after = freshPath(u"sealed"_s);
        QVERIFY(restoreFrom(m_sealed, after));
        QCOMPARE(contentsOfFile(QDir(after).filePath(u"master.key.sealed"_s)), QByteArray("sealed keyring"));
        QCOMPARE(contentsOfFile(QDir(after).filePath(u"seal.json"_s)), QByteArray("{\"shareSet\":\"s\"}"));
        QVERIFY(!QFileInfo::exists(QDir(after).filePath(u"master.key"_s)));
        for (const QString &name : {u"master.key.sealed"_s, u"seal.json"_s})
            QCOMPARE(modeOf(QDir(after).filePath(name)), 0600);
        const QString before = freshPath(u"sealed"_s);
        QVERIFY(restoreFrom(m_sealed, before, start.addSecs(60)));
        QCOMPARE(contentsOfFile(QDir(before).filePath(u"master.key"_s)), masterKeyLine(1));
        QVERIFY(!QFileInfo::exists(QDir(before).filePath(u"seal.json"_s)));
    }

    // verify decrypts and authenticates every object of the good set and applies the newest snapshot's changes to a
    // trial copy, which it removes.
    void verifyPassesOnTheGoodSet()
    {
        const VerifyReport report = verifyAt(m_good);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.installation, m_installation);
        QCOMPARE(report.objects, 5);
        QCOMPARE(report.snapshots, 1);
        QCOMPARE(report.changes, 6);
        QCOMPARE(report.firstNumber, 1);
        QCOMPARE(report.lastNumber, 5);
        QCOMPARE(report.lastSequence, 8);
        QCOMPARE(report.lastCommit, commitTime(8));
        QCOMPARE(report.trialChanges, 6);
    }

    void manipulatedObjectsAreFoundAndRefused_data()
    {
        QTest::addColumn<QString>("manipulation");
        QTest::addColumn<QString>("culprit"); // what the messages must name
        QTest::newRow("tampered") << u"tampered"_s << u"-000000000003-changes.age"_s;
        QTest::newRow("truncated") << u"truncated"_s << u"-000000000004-changes.age"_s;
        QTest::newRow("reordered") << u"reordered"_s << u"-000000000002-changes.age: it holds object 3"_s;
        QTest::newRow("dropped") << u"dropped"_s << u"Object 3 of installation"_s;
        QTest::newRow("replayed") << u"replayed"_s << u"-000000000006-changes.age: it holds object 2"_s;
        QTest::newRow("foreign") << u"foreign"_s << u"-000000000003-changes.age: it holds object 2 of another"_s;
    }

    // What a storage target (or whoever holds it) can do to the objects without the identity: flip one byte of an
    // object (tampered), cut one short (truncated), swap two objects' names (reordered), delete one in the middle
    // (dropped), copy an old object under a newer number (replayed), or put another installation's object, authentic
    // under the same recipients, in the place of one of this installation's (foreign). verify names the problem,
    // restore refuses, and the destination stays as it was (nothing written, no work directory left beside it).
    void manipulatedObjectsAreFoundAndRefused()
    {
        QFETCH(QString, manipulation);
        QFETCH(QString, culprit);
        const QString target = freshPath(manipulation);
        copyDirectory(m_good, target);
        const auto path = [&](int number) { return QDir(target).filePath(m_objectNames.at(number - 1)); };
        if (manipulation == "tampered"_L1) {
            QFile file(path(3));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
            QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
        } else if (manipulation == "truncated"_L1) {
            QVERIFY(QFile::resize(path(4), QFileInfo(path(4)).size() * 6 / 10));
        } else if (manipulation == "reordered"_L1) {
            QVERIFY(QFile::rename(path(2), path(2) + u".tmp"_s) && QFile::rename(path(3), path(2)) &&
                    QFile::rename(path(2) + u".tmp"_s, path(3)));
        } else if (manipulation == "dropped"_L1) {
            QVERIFY(QFile::remove(path(3)));
        } else if (manipulation == "replayed"_L1) {
            QVERIFY(QFile::copy(path(2), QDir(target).filePath(m_installation + u"-000000000006-changes.age"_s)));
        } else {
            const QString foreign = QDir(m_other).filePath(entriesOf(m_other).at(1));
            QVERIFY(QFile::remove(path(3)) && QFile::copy(foreign, path(3)));
        }
        const VerifyReport report = verifyAt(target);
        QVERIFY2(!report.problems.isEmpty(), "verify found nothing");
        qInfo("verify: %s", qPrintable(report.problems.join(u" | "_s)));
        QVERIFY(report.problems.constFirst().contains(culprit));
        const QString to = freshPath(u"refused"_s);
        auto restored = restoreFrom(target, to);
        QVERIFY2(!restored, "the restore was not refused");
        qInfo("restore: %s", qPrintable(restored.error().message));
        QVERIFY(restored.error().message.contains(culprit));
        expectNothingWritten(to);
    }

    // An identity that is not a recipient of the backups reads nothing: restore refuses and verify reports it.
    void wrongIdentityIsRefused()
    {
        const QString wrong = freshPath(u"wrong-identity"_s);
        QVERIFY(m_age->generateIdentity(wrong));
        const QString to = freshPath(u"wrong"_s);
        auto restored = restoreFrom(m_good, to, {}, wrong);
        QVERIFY(!restored);
        qInfo("restore: %s", qPrintable(restored.error().message));
        expectNothingWritten(to);
        QVERIFY(!verifyAt(m_good, wrong).problems.isEmpty());
    }

    // A restore never writes into a directory that holds anything; an empty directory is replaced by the result.
    void restoreNeverOverwrites()
    {
        const QString full = freshPath(u"occupied"_s);
        QVERIFY(QDir().mkpath(full));
        QFile existing(QDir(full).filePath(u"regiekamer.sqlite"_s));
        QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write("keep me") == 7);
        existing.close();
        auto refused = restoreFrom(m_good, full);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"not empty"_s));
        QCOMPARE(contentsOfFile(existing.fileName()), QByteArray("keep me"));
        QCOMPARE(entriesOf(full), QStringList {u"regiekamer.sqlite"_s});
        const QString empty = freshPath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(restoreFrom(m_good, empty));
        QCOMPARE(contentsOf(QDir(empty).filePath(u"regiekamer.sqlite"_s)), stateAfter(8));
    }

    // A point in time before the oldest snapshot cannot be restored: refused, naming the oldest snapshot's time.
    void pointBeforeTheFirstSnapshotIsRefused()
    {
        const QString to = freshPath(u"early"_s);
        auto refused = restoreFrom(m_good, to, commitTime(2));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"No snapshot"_s), qPrintable(refused.error().message));
        expectNothingWritten(to);
    }

    // An authentic change that does not fit the snapshot (it inserts a row the snapshot already holds) is a
    // conflict: the restore is refused naming the table, and verify's trial apply reports it too.
    void conflictingChangeIsRefused()
    {
        const QString target = freshPath(u"conflict-target"_s);
        auto directory = targetAt(target);
        ScratchDatabase database(freshPath(u"conflict.sqlite"_s));
        ScratchDatabase elsewhere(freshPath(u"elsewhere.sqlite"_s));
        ObjectSeries series(*m_age, m_recipients, *directory, m_root.path());
        const ChangeRecord inserted =
            database.transaction({"INSERT INTO organisations (id, name) VALUES (1, 'A')"}, start);
        series.snapshot(database.snapshot(freshPath(u"conflict-snapshot.sqlite"_s)), 1, start.addSecs(1), {});
        ChangeRecord again =
            elsewhere.transaction({"INSERT INTO organisations (id, name) VALUES (1, 'B')"}, start.addSecs(2));
        again.sequence = inserted.sequence + 1;
        series.changes({again});
        const QString to = freshPath(u"conflict"_s);
        auto refused = restoreFrom(target, to);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"organisations"_s), qPrintable(refused.error().message));
        expectNothingWritten(to);
        QVERIFY(!verifyAt(target).problems.isEmpty());
    }

    // After a schema migration (a marker among the changes) nothing applies to the old snapshot: a restore to a
    // time after the marker is refused, saying why, while one to a time before it succeeds.
    void schemaMarkerStopsTheRestore()
    {
        const QString target = freshPath(u"marker-target"_s);
        auto directory = targetAt(target);
        ScratchDatabase database(freshPath(u"marker.sqlite"_s));
        ObjectSeries series(*m_age, m_recipients, *directory, m_root.path());
        series.snapshot(database.snapshot(freshPath(u"marker-snapshot.sqlite"_s)), 0, start, {});
        const ChangeRecord first =
            database.transaction({"INSERT INTO organisations (id, name) VALUES (1, 'A')"}, start.addSecs(10));
        const ChangeRecord marker {2, start.addSecs(20), ChangeRecord::Type::SchemaMarker, "11"};
        series.changes({first, marker});
        const QString after = freshPath(u"marker"_s);
        auto refused = restoreFrom(target, after);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"schema version 11"_s), qPrintable(refused.error().message));
        expectNothingWritten(after);
        const QString before = freshPath(u"marker"_s);
        auto restored = restoreFrom(target, before, start.addSecs(15));
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(restored->lastSequence, 1);
        QVERIFY(!verifyAt(target).problems.isEmpty());
    }

    // The operator's commands: keygen writes an owner-only identity and adds its line to an owner-only recipients
    // file once (never overwriting an identity), list, verify and restore exit 0 on the good set and 1 on a tampered
    // one, a missing identity or a malformed time is a usage error (2).
    void commandLine()
    {
        const QString identity = freshPath(u"cli-identity"_s), recipients = freshPath(u"cli-recipients"_s);
        QCOMPARE(admin({u"backup"_s, u"keygen"_s, u"--identity"_s, identity, u"--recipients"_s, recipients}), 0);
        QCOMPARE(modeOf(identity), 0600);
        QCOMPARE(modeOf(recipients), 0600);
        QCOMPARE(admin({u"backup"_s, u"keygen"_s, u"--identity"_s, identity, u"--recipients"_s, recipients}), 1);
        for (int twice = 0; twice < 2; ++twice)
            QCOMPARE(admin({u"backup"_s, u"keygen"_s, u"--from-identity"_s, m_identity, u"--recipients"_s, recipients}),
                     0);
        auto listed = auth::readRecipientsFile(recipients);
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(1).publicKey, m_recipients.constFirst().publicKey);
        const QStringList from {u"--from"_s, m_good, u"--identity"_s, m_identity};
        QCOMPARE(admin(QStringList {u"backup"_s, u"list"_s, u"--from"_s, m_good}), 0);
        QCOMPARE(admin(QStringList {u"backup"_s, u"list"_s} + from), 0);
        QCOMPARE(admin(QStringList {u"backup"_s, u"verify"_s} + from), 0);
        const QString to = freshPath(u"cli-restore"_s);
        QCOMPARE(admin(QStringList {u"backup"_s, u"restore"_s, u"--to"_s, to, u"--at"_s,
                                    commitTime(5).toString(Qt::ISODateWithMs)} +
                       from),
                 0);
        QCOMPARE(contentsOf(QDir(to).filePath(u"regiekamer.sqlite"_s)), stateAfter(5));
        const QString dropped = freshPath(u"cli-dropped"_s);
        copyDirectory(m_good, dropped);
        QVERIFY(QFile::remove(QDir(dropped).filePath(m_objectNames.at(2))));
        const QStringList fromDropped {u"--from"_s, dropped, u"--identity"_s, m_identity};
        QCOMPARE(admin(QStringList {u"backup"_s, u"verify"_s} + fromDropped), 1);
        const QString refused = freshPath(u"cli-refused"_s);
        QCOMPARE(admin(QStringList {u"backup"_s, u"restore"_s, u"--to"_s, refused} + fromDropped), 1);
        expectNothingWritten(refused);
        QCOMPARE(admin({u"backup"_s, u"restore"_s, u"--from"_s, m_good, u"--to"_s, refused}), 2);
        QCOMPARE(admin(QStringList {u"backup"_s, u"restore"_s, u"--to"_s, refused, u"--at"_s, u"yesterday"_s} + from),
                 2);
        expectNothingWritten(refused);
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
