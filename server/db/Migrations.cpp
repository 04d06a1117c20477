#include "db/Migrations.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "db/DbLogging.h"
#include "db/SchemaVersions.h"

#include <QDateTime>

namespace regiekamer::server::migrations {

using namespace Qt::StringLiterals;

namespace {

// One schema version: its statements and whether it rebuilds tables that others reference.
struct Migration
{
    QList<QString> statements;
    bool rebuildsTables = false;
};

QList<QString> latin1Statements(const QList<const char *> &statements)
{
    QList<QString> result;
    for (const char *statement : statements)
        result.append(QString::fromLatin1(statement));
    return result;
}

QList<QString> rebuildStatements(const QList<schema::Rebuild> &tables, const QString &suffix = u"_v3"_s)
{
    QList<QString> result;
    for (const schema::Rebuild &rebuild : tables) {
        const QString table = QString::fromLatin1(rebuild.table);
        const QString copied = QString::fromLatin1(rebuild.copied);
        const QString rebuilt = table + suffix;
        result << u"CREATE TABLE %1 (%2)"_s.arg(rebuilt, QString::fromLatin1(rebuild.columns))
               << u"INSERT INTO %1 (%2) SELECT %2 FROM %3"_s.arg(rebuilt, copied, table)
               << u"DROP TABLE %1"_s.arg(table) << u"ALTER TABLE %1 RENAME TO %2"_s.arg(rebuilt, table)
               << latin1Statements(rebuild.indexes);
    }
    return result;
}

const QList<Migration> &allVersions()
{
    static const QList<Migration> versions {
        {latin1Statements(schema::version1)},
        {latin1Statements(schema::version2)},
        {rebuildStatements(schema::version3), true},
        {latin1Statements(schema::version4)},
        {latin1Statements(schema::version5)},
        {rebuildStatements(schema::version6, u"_v6"_s) + latin1Statements(schema::version6Revision), true},
        {latin1Statements(schema::version7) + latin1Statements(schema::version7Reseal)},
        {latin1Statements(schema::version8)},
        {latin1Statements(schema::version9)},
        {latin1Statements(schema::version10)},
        {latin1Statements(schema::version11)},
        {latin1Statements(schema::version12)},
        {latin1Statements(schema::version13)},
        {rebuildStatements(schema::versionWaitingList, u"_waitlist"_s) +
             latin1Statements(schema::versionWaitingListRules),
         true},
        {latin1Statements(schema::versionStreamKeysAndTimeline)},
        {latin1Statements(schema::versionAttendanceSessions)},
        {latin1Statements(schema::versionQuestionVotesAndMerges)},
        {latin1Statements(schema::versionSecondFactor)},
        {latin1Statements(schema::versionCustodians)},
        {latin1Statements(schema::versionSealAttempts)},
        {latin1Statements(schema::versionSecurityKeys)}};
    return versions;
}

// Inside the migration's transaction, so a violation rolls the version back.
Status checkForeignKeys(Database &database)
{
    auto violations = database.exec(u"PRAGMA foreign_key_check"_s);
    if (!violations)
        return std::unexpected(violations.error());
    if (violations->next())
        return fail(QString::fromLatin1(api::errc::internal),
                    u"Migration broke a foreign key of table %1, row %2."_s.arg(violations->value(0).toString(),
                                                                                violations->value(1).toString()));
    return {};
}

Status applyInTransaction(Database &database, int version, const Migration &migration)
{
    Transaction transaction(database);
    if (!transaction.started())
        return transaction.started();
    for (const QString &statement : migration.statements) {
        if (auto ok = database.exec(statement); !ok)
            return std::unexpected(ok.error());
    }
    if (migration.rebuildsTables) {
        if (auto checked = checkForeignKeys(database); !checked)
            return checked;
    }
    auto recorded = database.exec(u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s,
                                  {version, toDatabaseTime(QDateTime::currentDateTimeUtc())});
    if (!recorded)
        return std::unexpected(recorded.error());
    return transaction.commit();
}

Result<bool> foreignKeysOn(Database &database)
{
    auto query = database.exec(u"PRAGMA foreign_keys"_s);
    if (!query)
        return std::unexpected(query.error());
    return query->next() && query->value(0).toBool();
}

// Dropping a referenced table with foreign keys on would delete or refuse its children, and SQLite ignores
// PRAGMA foreign_keys inside a transaction: so it is switched off before the transaction and back after it.
Status applyVersion(Database &database, int version, const Migration &migration)
{
    if (!migration.rebuildsTables)
        return applyInTransaction(database, version, migration);
    auto wasOn = foreignKeysOn(database);
    if (!wasOn)
        return std::unexpected(wasOn.error());
    if (auto off = database.exec(u"PRAGMA foreign_keys=OFF"_s); !off)
        return std::unexpected(off.error());
    const Status applied = applyInTransaction(database, version, migration);
    auto restored = database.exec(*wasOn ? u"PRAGMA foreign_keys=ON"_s : u"PRAGMA foreign_keys=OFF"_s);
    if (!applied)
        return applied;
    return restored ? Status {} : std::unexpected(restored.error());
}

} // namespace

int latestVersion()
{
    return static_cast<int>(allVersions().size());
}

Result<int> currentVersion(Database &database)
{
    auto created = database.exec(u"CREATE TABLE IF NOT EXISTS schema_version ("
                                 " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s);
    if (!created)
        return std::unexpected(created.error());
    auto query = database.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toInt() : 0;
}

Status apply(Database &database)
{
    return applyUpTo(database, latestVersion());
}

Status applyUpTo(Database &database, int targetVersion)
{
    auto current = currentVersion(database);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion()) {
        return fail(
            QString::fromLatin1(api::errc::internal),
            u"The database has schema version %1, newer than this server (%2)."_s.arg(*current).arg(latestVersion()));
    }
    for (int version = *current + 1; version <= std::min(targetVersion, latestVersion()); ++version) {
        if (auto ok = applyVersion(database, version, allVersions().at(version - 1)); !ok)
            return ok;
        qCInfo(lcDb, "Database schema migrated to version %d", version);
    }
    return {};
}

} // namespace regiekamer::server::migrations
