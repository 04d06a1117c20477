// The operator's backup commands that read and drive a running server's engine through its data directory (issue 14):
// `backup status` exits by the engine's status file, `backup snapshot` asks the engine through the database and waits
// for its answer.
#include "RestoreTestSupport.h"

#include "cli/AdminCli.h"
#include "db/Database.h"
#include "protocol/BackupStatus.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <atomic>
#include <thread>

using namespace regiekamer;
using namespace regiekamer::server::backup::test;
using namespace Qt::StringLiterals;

namespace {

// The value of one backup_state key, read as the server's engine would ("" when there is none).
QString backupState(const QString &dataDir, const char *key)
{
    sqlite3 *database = nullptr;
    sqlite3_open_v2(QDir(dataDir).filePath(u"regiekamer.sqlite"_s).toUtf8().constData(), &database,
                    SQLITE_OPEN_READONLY, nullptr);
    sqlite3_busy_timeout(database, 5000);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(database, "SELECT value FROM backup_state WHERE key = ?", -1, &statement, nullptr);
    sqlite3_bind_text(statement, 1, key, -1, SQLITE_STATIC);
    QString value;
    if (statement && sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(database);
    return value;
}

} // namespace

class TestBackupStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    int m_case = 0;

    QString freshPath(const QString &stem) { return m_root.filePath(u"%1-%2"_s.arg(stem).arg(++m_case)); }

    static int admin(const QStringList &arguments)
    {
        return server::runAdmin(QStringList {u"regiekamer-admin"_s} + arguments);
    }

    // The status file as the server's engine writes it; false when it could not be written.
    static bool writeStatus(const QString &dataDir, api::BackupState state, const QDateTime &updatedAt,
                            const QDateTime &lastSnapshotAt = {})
    {
        api::BackupStatus status;
        status.state = state;
        status.engine = u"sqlite-age"_s;
        status.updatedAt = updatedAt;
        status.lastSnapshotAt = lastSnapshotAt;
        status.targets.append({u"directory /srv/backup"_s, true, updatedAt, 0, 0, {}});
        QDir().mkpath(QDir(dataDir).filePath(u"backup"_s));
        const QString next = QDir(dataDir).filePath(u"backup/.status.json.new"_s);
        QFile file(next);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(status.toJson()).toJson()) <= 0)
            return false;
        file.close();
        // Replaced in one rename, as the engine does, so the command never reads half a file.
        return ::rename(QFile::encodeName(next).constData(),
                        QFile::encodeName(QDir(dataDir).filePath(u"backup/status.json"_s)).constData()) == 0;
    }

private Q_SLOTS:
    // backup status exits 0 only for a fresh "ok": a missing status file (backups off), a status older than 30 s
    // (no server running) and a degraded state exit 1.
    void statusExitCodes()
    {
        const QString dataDir = freshPath(u"status"_s);
        QVERIFY(QDir().mkpath(dataDir));
        const QStringList status {u"--data-dir"_s, dataDir, u"backup"_s, u"status"_s};
        QCOMPARE(admin(status), 1);
        QVERIFY(writeStatus(dataDir, api::BackupState::Ok, QDateTime::currentDateTimeUtc()));
        QCOMPARE(admin(status), 0);
        QCOMPARE(admin(status + QStringList {u"--json"_s}), 0);
        QVERIFY(writeStatus(dataDir, api::BackupState::Ok, QDateTime::currentDateTimeUtc().addSecs(-31)));
        QCOMPARE(admin(status), 1);
        QVERIFY(writeStatus(dataDir, api::BackupState::Degraded, QDateTime::currentDateTimeUtc()));
        QCOMPARE(admin(status), 1);
        QCOMPARE(admin({u"backup"_s, u"status"_s}), 2);
    }

    // backup snapshot records its request in the database and waits until the server's status shows a snapshot
    // taken after it; with no server answering it gives up after --timeout (exit 1), and the request stays.
    void snapshotWaitsForTheServer()
    {
        const QString dataDir = freshPath(u"snapshot"_s);
        QVERIFY(QDir().mkpath(dataDir));
        QVERIFY(server::Database::open(dataDir));
        ScratchDatabase::execIn(QDir(dataDir).filePath(u"regiekamer.sqlite"_s),
                                "CREATE TABLE IF NOT EXISTS backup_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        const QStringList snapshot {u"--data-dir"_s, dataDir, u"backup"_s, u"snapshot"_s, u"--timeout"_s};
        QCOMPARE(admin(snapshot + QStringList {u"1"_s}), 1);
        const QString unanswered = backupState(dataDir, "snapshot_requested");
        QVERIFY(QDateTime::fromString(unanswered, Qt::ISODateWithMs).isValid());
        std::atomic<bool> answered = false;
        std::jthread engine([&](const std::stop_token &stop) {
            while (!stop.stop_requested() && backupState(dataDir, "snapshot_requested") == unanswered)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            answered = writeStatus(dataDir, api::BackupState::Ok, now, now);
        });
        QCOMPARE(admin(snapshot + QStringList {u"30"_s}), 0);
        QVERIFY(answered);
    }
};

QTEST_GUILESS_MAIN(TestBackupStatus)
#include "tst_backup_status.moc"
