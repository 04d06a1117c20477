#pragma once

#include "backup/AgeTool.h"
#include "backup/BackupObject.h"
#include "backup/BackupTarget.h"
#include "db/ChangeCapture.h"

#define SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_PREUPDATE_HOOK
#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <sys/stat.h>

// A scratch database that records every transaction as a session changeset, the way the server's change capture
// does, and a writer of backup objects from it (real age, real object format) into a directory target.
namespace regiekamer::server::backup::test {

using namespace Qt::StringLiterals;

// Three tables linked by foreign keys (a cascade and a SET NULL), a trigger that changes another table, and the
// tables a restore empties.
inline constexpr auto scratchSchema =
    "CREATE TABLE organisations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE people (id INTEGER PRIMARY KEY, organisation_id INTEGER NOT NULL REFERENCES organisations(id) "
    " ON DELETE CASCADE, name TEXT NOT NULL, UNIQUE (organisation_id, name));"
    "CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, person_id INTEGER REFERENCES people(id) ON DELETE SET "
    " NULL, body BLOB);"
    "CREATE TRIGGER people_revision AFTER INSERT ON people BEGIN"
    " UPDATE organisations SET revision = revision + 1 WHERE id = NEW.organisation_id; END;"
    "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, person_id INTEGER NOT NULL);"
    "CREATE TABLE login_failures (account_key TEXT PRIMARY KEY, failures INTEGER NOT NULL);"
    "CREATE TABLE backup_log (sequence INTEGER PRIMARY KEY AUTOINCREMENT, committed_at TEXT, kind INTEGER, "
    " payload BLOB);"
    "CREATE TABLE backup_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);";

inline constexpr std::array<const char *, 3> capturedTables {"organisations", "people", "notes"};

inline int leaveUncaptured(void *, const char *table)
{
    for (const QLatin1StringView uncaptured : capture::uncapturedTables) {
        if (uncaptured == QLatin1StringView(table))
            return 0;
    }
    return 1;
}

class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString &path)
    {
        QVERIFY2(sqlite3_open(path.toUtf8().constData(), &m_database) == SQLITE_OK, "open the scratch database");
        exec("PRAGMA foreign_keys = ON");
        exec(scratchSchema);
    }
    ~ScratchDatabase() { sqlite3_close(m_database); }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    void exec(const char *sql)
    {
        char *message = nullptr;
        const int result = sqlite3_exec(m_database, sql, nullptr, nullptr, &message);
        const QByteArray text = message ? QByteArray(message) : QByteArray();
        sqlite3_free(message);
        QVERIFY2(result == SQLITE_OK, text.constData());
    }

    // One statement on another database file (a data directory's).
    static void execIn(const QString &path, const char *sql)
    {
        sqlite3 *database = nullptr;
        QVERIFY(sqlite3_open(path.toUtf8().constData(), &database) == SQLITE_OK);
        const int result = sqlite3_exec(database, sql, nullptr, nullptr, nullptr);
        sqlite3_close(database);
        QCOMPARE(result, SQLITE_OK);
    }

    // One committed transaction and its changeset, as backup_log would hold it.
    ChangeRecord transaction(const QList<const char *> &statements, const QDateTime &committedAt)
    {
        sqlite3_session *session = nullptr;
        [&] { QVERIFY(sqlite3session_create(m_database, "main", &session) == SQLITE_OK); }();
        sqlite3session_table_filter(session, &leaveUncaptured, nullptr);
        sqlite3session_attach(session, nullptr);
        exec("BEGIN IMMEDIATE");
        for (const char *statement : statements)
            exec(statement);
        int size = 0;
        void *changeset = nullptr;
        sqlite3session_changeset(session, &size, &changeset);
        exec("COMMIT");
        ChangeRecord record {++m_sequence, committedAt, ChangeRecord::Type::Changeset,
                             QByteArray(static_cast<const char *>(changeset), size)};
        sqlite3_free(changeset);
        sqlite3session_delete(session);
        return record;
    }

    // A consistent copy made with the online backup API, its change log emptied (as the engine's snapshot).
    QByteArray snapshot(const QString &path)
    {
        sqlite3 *copy = nullptr;
        sqlite3_open(path.toUtf8().constData(), &copy);
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", m_database, "main");
        sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        sqlite3_exec(copy, "DELETE FROM backup_log; DELETE FROM backup_state", nullptr, nullptr, nullptr);
        sqlite3_close(copy);
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    qint64 sequence() const { return m_sequence; }

private:
    sqlite3 *m_database = nullptr;
    qint64 m_sequence = 0;
};

// Every row of the captured tables (and the emptied ones), for comparing a restore with its source.
inline QStringList contentsOf(const QString &path)
{
    QStringList rows;
    sqlite3 *database = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &database, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(database);
        return {u"<cannot open>"_s};
    }
    for (const char *table : {"organisations", "people", "notes", "sessions", "login_failures", "backup_log",
                              "backup_state", "sqlite_sequence"}) {
        const QByteArray sql = "SELECT * FROM " + QByteArray(table) + " ORDER BY 1";
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(database, sql.constData(), -1, &statement, nullptr);
        while (statement && sqlite3_step(statement) == SQLITE_ROW) {
            QStringList columns {QString::fromLatin1(table)};
            for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
                columns.append(text ? QString::fromUtf8(text) : u"NULL"_s);
            }
            rows.append(columns.join(u'|'));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(database);
    return rows;
}

inline QString randomInstallation()
{
    QString id;
    for (int i = 0; i < 4; ++i)
        id += u"%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    return id;
}

// The objects of one installation, written like the engine writes them.
class ObjectSeries
{
public:
    ObjectSeries(const AgeTool &age, QList<Recipient> recipients, BackupTarget &target, QString workDir)
        : m_age(age)
        , m_recipients(std::move(recipients))
        , m_target(target)
        , m_work(std::move(workDir))
        , m_installation(randomInstallation())
    {
    }

    QString installation() const { return m_installation; }

    // Returns the object's file name.
    QString snapshot(const QByteArray &database, qint64 lastSequence, const QDateTime &takenAt,
                     const std::map<QString, QByteArray> &files)
    {
        ObjectHeader header = next(ObjectKind::Snapshot, lastSequence, lastSequence, takenAt, takenAt);
        QList<std::pair<QString, QByteArray>> sections {{QString::fromLatin1(sections::database), database}};
        for (const auto &[name, bytes] : files)
            sections.append({name, bytes});
        return write(header, sections);
    }

    QString changes(const QList<ChangeRecord> &records, const std::map<QString, QByteArray> &files = {})
    {
        ObjectHeader header = next(ObjectKind::Changes, records.constFirst().sequence, records.constLast().sequence,
                                   records.constFirst().committedAt, records.constLast().committedAt);
        QList<std::pair<QString, QByteArray>> sections {
            {QString::fromLatin1(sections::changes), encodeChanges(records)}};
        for (const auto &[name, bytes] : files)
            sections.append({name, bytes});
        return write(header, sections);
    }

private:
    ObjectHeader next(ObjectKind kind, qint64 first, qint64 last, const QDateTime &firstCommit,
                      const QDateTime &lastCommit)
    {
        ObjectHeader header;
        header.kind = kind;
        header.installation = m_installation;
        header.number = ++m_number;
        header.previous = m_previousHash;
        header.firstSequence = first;
        header.lastSequence = last;
        header.firstCommit = firstCommit;
        header.lastCommit = lastCommit;
        header.createdAt = lastCommit.addMSecs(500);
        header.schemaVersion = 10;
        return header;
    }

    QString write(ObjectHeader header, const QList<std::pair<QString, QByteArray>> &sections)
    {
        ObjectWriter writer(header, m_recipients);
        for (const auto &[name, bytes] : sections)
            writer.addSection(name, bytes);
        const QString path = QDir(m_work).filePath(header.fileName());
        QByteArray hash;
        auto encrypted = m_age.encrypt(m_recipients, path, [&](QIODevice &out) -> Status {
            auto written = writer.write(out);
            if (!written)
                return std::unexpected(written.error());
            hash = *written;
            return {};
        });
        [&] { QVERIFY2(encrypted, qPrintable(encrypted ? QString() : encrypted.error().message)); }();
        [&] { QVERIFY(m_target.put({path})); }();
        QFile::remove(path);
        m_previousHash = hash;
        return header.fileName();
    }

    const AgeTool &m_age;
    QList<Recipient> m_recipients;
    BackupTarget &m_target;
    QString m_work;
    QString m_installation;
    qint64 m_number = 0;
    QByteArray m_previousHash;
};

// Files and directories as the tests look at them.
inline QStringList entriesOf(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

inline int modeOf(const QString &path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

inline QByteArray contentsOfFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<none>");
}

inline void copyDirectory(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : entriesOf(from))
        QVERIFY(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
}

} // namespace regiekamer::server::backup::test
