#include "Migrations.h"

#include "ApiError.h"
#include "Database.h"

#include <QDateTime>

namespace regiekamer::server::migrations {

using namespace Qt::StringLiterals;

namespace {

// Version 1: the walking skeleton. Plain SQL that also runs on PostgreSQL except for the id column spelling,
// which is the one place a PostgreSQL backend must translate (INTEGER PRIMARY KEY -> BIGSERIAL).
const QList<const char *> version1 {
    "CREATE TABLE organisations ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE users ("
    " id INTEGER PRIMARY KEY,"
    " email TEXT NOT NULL UNIQUE,"
    " display_name TEXT NOT NULL,"
    " role TEXT NOT NULL CHECK (role IN ('admin','director','moderator','client_staff','viewer')),"
    " organisation_id INTEGER REFERENCES organisations(id),"
    " password_hash TEXT NOT NULL,"
    " disabled INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE webinars ("
    " id INTEGER PRIMARY KEY,"
    " organisation_id INTEGER NOT NULL REFERENCES organisations(id),"
    " title TEXT NOT NULL,"
    " description TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL CHECK (state IN ('draft','scheduled','rehearsal','live','ended','archived')),"
    " starts_at TEXT NOT NULL,"
    " duration_minutes INTEGER NOT NULL)",
    "CREATE TABLE webinar_staff ("
    " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " staff_role TEXT NOT NULL CHECK (staff_role IN ('director','moderator')),"
    " PRIMARY KEY (webinar_id, user_id))",
    "CREATE TABLE registrations ("
    " id INTEGER PRIMARY KEY,"
    " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
    " user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,"
    " full_name TEXT NOT NULL,"
    " email TEXT NOT NULL,"
    " company TEXT NOT NULL DEFAULT '',"
    " job_title TEXT NOT NULL DEFAULT '',"
    " registered_at TEXT NOT NULL)",
    "CREATE INDEX registrations_webinar ON registrations(webinar_id)",
    "CREATE INDEX registrations_user ON registrations(user_id)",
    "CREATE TABLE questions ("
    " id INTEGER PRIMARY KEY,"
    " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
    " registration_id INTEGER REFERENCES registrations(id) ON DELETE SET NULL,"
    " text TEXT NOT NULL,"
    " state TEXT NOT NULL CHECK (state IN ('new','approved','answered','rejected')),"
    " asked_at TEXT NOT NULL)",
    "CREATE INDEX questions_webinar ON questions(webinar_id)",
    "CREATE TABLE sessions ("
    " token_hash TEXT PRIMARY KEY,"
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " created_at TEXT NOT NULL,"
    " last_seen_at TEXT NOT NULL,"
    " expires_at TEXT NOT NULL)",
    "CREATE INDEX sessions_user ON sessions(user_id)",
    "CREATE TABLE login_failures ("
    " account_key TEXT PRIMARY KEY,"
    " failures INTEGER NOT NULL,"
    " last_failure_at TEXT NOT NULL,"
    " locked_until TEXT)",
};

// Version 2: the domain of issue 3. Versions for optimistic concurrency on every changeable object; the attendee
// fields of registrations (contact, consent, approval, attendance); moderated questions with answers (the state
// set changes, which SQLite can only do by rebuilding the table); viewers' own profiles; indexes for paging
// 100,000 registrations of one webinar by name or time.
const QList<const char *> version2 {
    "ALTER TABLE organisations ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE webinars ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE registrations ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE registrations ADD COLUMN consent_recording INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE registrations ADD COLUMN consent_marketing INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE registrations ADD COLUMN consent_at TEXT",
    "ALTER TABLE registrations ADD COLUMN approval_state TEXT NOT NULL DEFAULT 'approved'"
    " CHECK (approval_state IN ('pending','approved','rejected'))",
    "ALTER TABLE registrations ADD COLUMN joined_at TEXT",
    "ALTER TABLE registrations ADD COLUMN left_at TEXT",
    "ALTER TABLE registrations ADD COLUMN minutes_watched INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE registrations ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "CREATE INDEX registrations_webinar_name ON registrations(webinar_id, full_name COLLATE NOCASE, id)",
    "CREATE INDEX registrations_webinar_time ON registrations(webinar_id, registered_at, id)",
    "CREATE UNIQUE INDEX registrations_webinar_user ON registrations(webinar_id, user_id) WHERE user_id IS NOT NULL",
    "CREATE TABLE questions_v2 ("
    " id INTEGER PRIMARY KEY,"
    " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
    " registration_id INTEGER REFERENCES registrations(id) ON DELETE CASCADE,"
    " text TEXT NOT NULL,"
    " state TEXT NOT NULL CHECK (state IN ('new','approved','answered','dismissed','pinned')),"
    " asked_at TEXT NOT NULL,"
    " answer TEXT,"
    " answered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,"
    " version INTEGER NOT NULL DEFAULT 1)",
    "INSERT INTO questions_v2 (id, webinar_id, registration_id, text, state, asked_at)"
    " SELECT id, webinar_id, registration_id, text,"
    " CASE state WHEN 'rejected' THEN 'dismissed' ELSE state END, asked_at FROM questions",
    "DROP TABLE questions",
    "ALTER TABLE questions_v2 RENAME TO questions",
    "CREATE INDEX questions_webinar ON questions(webinar_id, asked_at)",
    "CREATE INDEX questions_registration ON questions(registration_id)",
    "CREATE TABLE viewer_profiles ("
    " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
    " phone TEXT NOT NULL DEFAULT '',"
    " company TEXT NOT NULL DEFAULT '',"
    " job_title TEXT NOT NULL DEFAULT '',"
    " consent_recording INTEGER NOT NULL DEFAULT 0,"
    " consent_marketing INTEGER NOT NULL DEFAULT 0,"
    " consent_at TEXT,"
    " version INTEGER NOT NULL DEFAULT 1)",
};

const QList<QList<const char *>> &allVersions()
{
    static const QList<QList<const char *>> versions {version1, version2};
    return versions;
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

Status applyVersion(Database &database, int version, const QList<const char *> &statements)
{
    Transaction transaction(database);
    if (!transaction.started())
        return transaction.started();
    for (const char *statement : statements) {
        if (auto ok = database.exec(QString::fromLatin1(statement)); !ok)
            return std::unexpected(ok.error());
    }
    auto recorded = database.exec(u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s,
                                  {version, toDatabaseTime(QDateTime::currentDateTimeUtc())});
    if (!recorded)
        return std::unexpected(recorded.error());
    return transaction.commit();
}

} // namespace

int latestVersion()
{
    return static_cast<int>(allVersions().size());
}

Status apply(Database &database)
{
    auto current = currentVersion(database);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion()) {
        return fail(
            QString::fromLatin1(api::errc::internal),
            u"The database has schema version %1, newer than this server (%2)."_s.arg(*current).arg(latestVersion()));
    }
    for (int version = *current + 1; version <= latestVersion(); ++version) {
        if (auto ok = applyVersion(database, version, allVersions().at(version - 1)); !ok)
            return ok;
    }
    return {};
}

} // namespace regiekamer::server::migrations
