#include "db/Database.h"

#include "base/ApiError.h"
#include "base/JsonRead.h"
#include "db/ChangeCapture.h"
#include "db/ChangeRecorder.h"
#include "db/Migrations.h"
#include "db/PreparedStatements.h"
#include "db/SqliteFunctions.h"

#include <QDir>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

auto databaseError(const QString &what, const QSqlError &error)
{
    return fail(QString::fromLatin1(api::errc::internal), u"Database: %1: %2"_s.arg(what, error.text()));
}

} // namespace

QString toDatabaseTime(const QDateTime &time)
{
    return json::toWire(time);
}

QDateTime fromDatabaseTime(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    close();
}

Result<std::unique_ptr<Database>> Database::open(const QString &dataDir)
{
    return openAtVersion(dataDir, migrations::latestVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &dataDir, int schemaVersion)
{
    const QString name = u"regiekamer-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name));
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    connection.setDatabaseName(QDir(dataDir).filePath(fileName));
    connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!connection.open())
        return databaseError(u"cannot open %1"_s.arg(connection.databaseName()), connection.lastError());
    if (auto registered = registerSqliteFunctions(connection); !registered)
        return std::unexpected(registered.error());
    // secure_delete: deleted and overwritten content (e.g. plain text a data migration replaced) is zeroed in the
    // file instead of lingering on free pages.
    for (const auto pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                              "PRAGMA busy_timeout=5000", "PRAGMA secure_delete=ON"}) {
        if (auto ok = database->exec(QString::fromLatin1(pragma)); !ok)
            return std::unexpected(ok.error());
    }
    auto found = migrations::currentVersion(*database);
    if (!found)
        return std::unexpected(found.error());
    database->m_versionAtOpen = *found;
    if (auto migrated = migrations::applyUpTo(*database, schemaVersion); !migrated)
        return std::unexpected(migrated.error());
    if (auto attached = database->attachRecorder(*found < schemaVersion); !attached)
        return std::unexpected(attached.error());
    return database;
}

// After the migrations, which the change log does not carry: a marker tells the backups that only a new snapshot
// can continue from here.
Status Database::attachRecorder(bool migrated)
{
    auto recorder = ChangeRecorder::attach(connection());
    if (!recorder)
        return std::unexpected(recorder.error());
    m_recorder = std::move(*recorder);
    if (!m_recorder || !migrated)
        return {};
    Transaction transaction(*this);
    auto marked = run(u"INSERT INTO %1 (committed_at, kind, payload) VALUES (?, ?, ?)"_s.arg(capture::changeLogTable),
                      {toDatabaseTime(QDateTime::currentDateTimeUtc()), capture::schemaMarkerKind,
                       QString::number(migrations::latestVersion()).toLatin1()});
    if (!marked)
        return marked;
    return transaction.commit();
}

Status Database::startChangeCapture()
{
    return m_recorder ? Status() : attachRecorder(false);
}

Status Database::recordChanges()
{
    auto changes = m_recorder->changeset();
    if (!changes)
        return std::unexpected(changes.error());
    if (!changes->isEmpty()) {
        auto logged =
            run(u"INSERT INTO %1 (committed_at, kind, payload) VALUES (?, ?, ?)"_s.arg(capture::changeLogTable),
                {toDatabaseTime(QDateTime::currentDateTimeUtc()), capture::changesetKind, *changes});
        if (!logged)
            return logged;
    }
    m_recorder->allowNextCommit();
    return {};
}

// An autocommit write the commit hook refused leaves its changes in the session; they were rolled back.
void Database::discardUnrecordedChanges()
{
    if (m_depth == 0 && m_recorder)
        m_recorder->restartIfDirty();
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    closeHeldTransaction();
    discardUnrecordedChanges();
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return databaseError(u"prepare failed"_s, query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(u"query failed"_s, query.lastError());
    return query;
}

Result<QSqlQuery *> Database::prepared(const QString &sql, const QVariantList &values)
{
    closeHeldTransaction();
    discardUnrecordedChanges();
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        QSqlQuery query(connection());
        if (!query.prepare(sql))
            return databaseError(u"prepare failed"_s, query.lastError());
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = found->second;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        return databaseError(u"query failed"_s, error);
    }
    return &query;
}

Status Database::run(const QString &sql, const QVariantList &values)
{
    auto query = prepared(sql, values);
    if (!query)
        return std::unexpected(query.error());
    (*query)->finish();
    return {};
}

Result<std::optional<QVariantList>> Database::firstRow(const QString &sql, const QVariantList &values)
{
    auto query = prepared(sql, values);
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery &statement = **query;
    std::optional<QVariantList> row;
    if (statement.next()) {
        row.emplace();
        for (int column = 0; column < statement.record().count(); ++column)
            row->append(statement.value(column));
    }
    statement.finish();
    return row;
}

Result<qint64> Database::reserveId(const QString &table)
{
    if (m_depth == 0)
        return fail(QString::fromLatin1(api::errc::internal), u"Database: reserveId outside a transaction"_s);
    auto row = firstRow(u"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
                        " COALESCE((SELECT MAX(id) FROM %1), 0)) + 1"_s.arg(table),
                        {table});
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->at(0).toLongLong() : 1;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    closeHeldTransaction();
    m_statements.clear();
    m_prepared.reset();
    m_recorder.reset();
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Status Database::begin()
{
    // The outermost level takes the write lock at once, so two processes appending to the access log queue up
    // instead of failing on a lock upgrade; nested levels are savepoints, so a request's transaction can hold the
    // repositories' own transactions and its access log entry.
    closeHeldTransaction();
    const QString sql = m_depth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT rk_level_%1"_s.arg(m_depth);
    discardUnrecordedChanges();
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return databaseError(u"cannot begin a transaction"_s, query.lastError());
    ++m_depth;
    return {};
}

Status Database::commit()
{
    if (m_depth == 0)
        return databaseError(u"commit without a transaction"_s, QSqlError());
    const QString sql = m_depth == 1 ? u"COMMIT"_s : u"RELEASE rk_level_%1"_s.arg(m_depth - 1);
    if (m_depth == 1 && m_recorder) {
        if (auto recorded = recordChanges(); !recorded)
            return recorded;
    }
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return databaseError(u"cannot commit"_s, query.lastError());
    --m_depth;
    if (m_depth == 0 && m_recorder)
        return m_recorder->restart();
    return {};
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    QSqlQuery query(connection());
    if (m_depth == 1) {
        query.exec(u"ROLLBACK"_s);
        if (m_recorder)
            static_cast<void>(m_recorder->restart());
    } else {
        const QString savepoint = u"rk_level_%1"_s.arg(m_depth - 1);
        query.exec(u"ROLLBACK TO "_s + savepoint);
        query.exec(u"RELEASE "_s + savepoint);
    }
    --m_depth;
}

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_started(database.begin())
{
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_database.rollback();
}

Status Transaction::commit()
{
    if (!m_started)
        return m_started;
    m_done = true;
    auto ok = m_database.commit();
    if (!ok)
        m_database.rollback();
    return ok;
}

} // namespace regiekamer::server
