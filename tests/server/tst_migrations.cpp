// Schema migrations on temporary SQLite files: a database of an old version, filled with rows, reaches the latest
// version with its data, columns, indexes and foreign keys intact; ids that appear in URLs are never handed out twice;
// applying the migrations again changes nothing; a version that fails leaves the database at the version before it.
#include "SqlTestSupport.h"
#include "db/Database.h"
#include "db/Migrations.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;
using regiekamer::server::test::execSql;

namespace {

const QString someTime = u"2025-05-01T10:00:00.000Z"_s;

// The tables whose ids appear in URLs (they must never be reused), and every table that holds data.
const QStringList urlTables {u"organisations"_s, u"users"_s, u"webinars"_s, u"registrations"_s, u"questions"_s};
const QStringList dataTables = urlTables + QStringList {u"webinar_staff"_s, u"sessions"_s, u"login_failures"_s};

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

// Every row of a query, each as its values joined by '|', in the query's order.
QStringList rows(Database &database, const QString &sql, const QVariantList &values = {})
{
    auto query = database.exec(sql, values);
    if (!query) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.error().message));
        return {u"<error>"_s};
    }
    QStringList result;
    while (query->next()) {
        QStringList row;
        for (int column = 0; column < query->record().count(); ++column) {
            const QVariant value = query->value(column);
            row.append(value.isNull() ? u"NULL"_s : value.toString());
        }
        result.append(row.join(u'|'));
    }
    return result;
}

QString scalar(Database &database, const QString &sql, const QVariantList &values = {})
{
    return rows(database, sql, values).value(0);
}

QStringList schema(Database &database)
{
    return rows(database,
                u"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name <> 'sqlite_sequence'"
                " ORDER BY type, name"_s);
}

// Names, types, constraints and defaults of every column, and the indexes, per table.
QStringList columnsAndIndexes(Database &database, const QStringList &tables)
{
    QStringList result;
    for (const QString &table : tables) {
        result +=
            rows(database, u"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"_s, {table});
        result += rows(database, u"SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name"_s,
                       {table});
    }
    return result;
}

QStringList data(Database &database, const QStringList &tables)
{
    QStringList result;
    for (const QString &table : tables)
        result += rows(database, u"SELECT '%1', * FROM %1 ORDER BY 2, 3"_s.arg(table));
    return result;
}

// Rows valid in every schema version, with gaps in the ids, so a renumbering would show. Organisation 5 and
// viewer 9 are referenced by nothing (their deletion is free); webinar 7 holds registrations 11 and 12.
void fillVersion1(Database &database)
{
    for (const auto &[id, name] : {std::pair {1, "Acme"}, {4, "Globex"}, {5, "Initech"}})
        execSql(database, u"INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?)"_s,
                {id, QString::fromLatin1(name), someTime});
    for (const auto &[id, role, organisation] : {std::tuple {2, "admin", 0},
                                                 {3, "director", 0},
                                                 {6, "moderator", 0},
                                                 {8, "client_staff", 4},
                                                 {9, "viewer", 0}}) {
        execSql(database,
                u"INSERT INTO users (id, email, display_name, role, organisation_id, password_hash, created_at)"
                " VALUES (?, ?, ?, ?, ?, 'hash', ?)"_s,
                {id, u"user%1@example.org"_s.arg(id), u"User %1"_s.arg(id), QString::fromLatin1(role),
                 organisation ? QVariant(organisation) : nullId(), someTime});
    }
    for (const auto &[id, organisation] : {std::pair {3, 1}, {7, 4}})
        execSql(database,
                u"INSERT INTO webinars (id, organisation_id, title, state, starts_at, duration_minutes)"
                " VALUES (?, ?, ?, 'scheduled', ?, 60)"_s,
                {id, organisation, u"Webinar %1"_s.arg(id), someTime});
    for (const auto &[webinar, user, role] : {std::tuple {3, 3, "director"}, {3, 6, "moderator"}, {7, 6, "moderator"}})
        execSql(database, u"INSERT INTO webinar_staff (webinar_id, user_id, staff_role) VALUES (?, ?, ?)"_s,
                {webinar, user, QString::fromLatin1(role)});
    for (const auto &[id, webinar, user] : {std::tuple {10, 3, 9}, {11, 7, 0}, {12, 7, 9}})
        execSql(database,
                u"INSERT INTO registrations (id, webinar_id, user_id, full_name, email, registered_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"_s,
                {id, webinar, user ? QVariant(user) : nullId(), u"Attendee %1"_s.arg(id),
                 u"attendee%1@example.org"_s.arg(id), someTime});
    for (const auto &[id, webinar, registration, state] : {std::tuple {20, 3, 10, "new"}, {21, 7, 12, "approved"}})
        execSql(
            database,
            u"INSERT INTO questions (id, webinar_id, registration_id, text, state, asked_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {id, webinar, registration, u"Question %1?"_s.arg(id), QString::fromLatin1(state), someTime});
    execSql(database,
            u"INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at)"
            " VALUES ('token', 9, ?, ?, ?)"_s,
            {someTime, someTime, someTime});
    execSql(database, u"INSERT INTO login_failures (account_key, failures, last_failure_at) VALUES ('key', 2, ?)"_s,
            {someTime});
}

// The members version 2 added, set to values other than their defaults.
void fillVersion2(Database &database)
{
    execSql(database, u"UPDATE webinars SET version = 4, description = 'About' WHERE id = 3"_s);
    execSql(database, u"UPDATE organisations SET version = 2 WHERE id = 4"_s);
    execSql(database, u"UPDATE users SET version = 3, disabled = 1 WHERE id = 6"_s);
    execSql(database,
            u"UPDATE registrations SET phone = '+31 20 123', consent_recording = 1, consent_at = ?,"
            " approval_state = 'pending', joined_at = ?, minutes_watched = 42, version = 5 WHERE id = 12"_s,
            {someTime, someTime});
    execSql(database,
            u"UPDATE questions SET state = 'answered', answer = 'Yes', answered_by = 3, version = 2"
            " WHERE id = 21"_s);
    execSql(database, u"INSERT INTO viewer_profiles (user_id, company) VALUES (9, 'Acme')"_s);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<Database> openAt(int version)
    {
        auto database = Database::openAtVersion(m_dir->path(), version);
        if (!database)
            qWarning("open: %s", qPrintable(database.error().message));
        return database ? std::move(*database) : nullptr;
    }

    static void verifyLatest(Database &database);
    static void verifyForeignKeysEnforced(Database &database);

private Q_SLOTS:
    void init();
    void fromVersion1KeepsDataAndForeignKeys();
    void fromVersion2KeepsDataColumnsAndIndexes();
    void deletedIdsAreNeverReused_data();
    void deletedIdsAreNeverReused();
    void applyingTwiceChangesNothing();
    void failingVersionLeavesThePreviousVersion();
    void version9AddsDevices();
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::verifyLatest(Database &database)
{
    QCOMPARE(migrations::currentVersion(database).value_or(-1), migrations::latestVersion());
    QStringList versions;
    for (int version = 1; version <= migrations::latestVersion(); ++version)
        versions.append(QString::number(version));
    QCOMPARE(rows(database, u"SELECT version FROM schema_version ORDER BY version"_s), versions);
    QCOMPARE(scalar(database, u"PRAGMA foreign_keys"_s), u"1"_s);
    QCOMPARE(rows(database, u"PRAGMA foreign_key_check"_s), QStringList {});
    for (const QString &table : urlTables) {
        QVERIFY2(
            scalar(database, u"SELECT sql FROM sqlite_master WHERE name = ?"_s, {table}).contains("AUTOINCREMENT"_L1),
            qPrintable(table));
    }
}

// The rebuilt tables still refer to their parents, and the tables that were not rebuilt to the rebuilt ones.
void TestMigrations::verifyForeignKeysEnforced(Database &database)
{
    QVERIFY(!database.exec(u"INSERT INTO registrations (webinar_id, full_name, email, registered_at)"
                           " VALUES (999, 'x', 'x@example.org', ?)"_s,
                           {someTime}));
    QVERIFY(!database.exec(u"DELETE FROM organisations WHERE id = 1"_s)); // webinar 3 belongs to it
    QVERIFY(database.exec(u"DELETE FROM webinars WHERE id = 7"_s));
    QCOMPARE(rows(database, u"SELECT id FROM registrations ORDER BY id"_s), QStringList {u"10"_s});
    QCOMPARE(rows(database, u"SELECT id FROM questions ORDER BY id"_s), QStringList {u"20"_s});
    QCOMPARE(rows(database, u"SELECT webinar_id, user_id FROM webinar_staff ORDER BY 1, 2"_s),
             (QStringList {u"3|3"_s, u"3|6"_s}));
    QVERIFY(database.exec(u"DELETE FROM users WHERE id = 9"_s));
    QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM sessions"_s), u"0"_s);
    QCOMPARE(scalar(database, u"SELECT user_id FROM registrations WHERE id = 10"_s), u"NULL"_s);
    QCOMPARE(rows(database, u"PRAGMA foreign_key_check"_s), QStringList {});
}

void TestMigrations::fromVersion1KeepsDataAndForeignKeys()
{
    auto database = openAt(1);
    QVERIFY(database);
    QCOMPARE(migrations::currentVersion(*database).value_or(-1), 1);
    fillVersion1(*database);
    QCOMPARE(execSql(*database,
                     u"INSERT INTO questions (id, webinar_id, registration_id, text, state, asked_at)"
                     " VALUES (22, 7, 11, 'Rejected?', 'rejected', ?)"_s,
                     {someTime}),
             qint64(22));
    QVERIFY(migrations::apply(*database));

    verifyLatest(*database);
    QCOMPARE(rows(*database, u"SELECT id, name FROM organisations ORDER BY id"_s),
             (QStringList {u"1|Acme"_s, u"4|Globex"_s, u"5|Initech"_s}));
    QCOMPARE(
        rows(*database, u"SELECT id, role, COALESCE(organisation_id, 0) FROM users ORDER BY id"_s),
        (QStringList {u"2|admin|0"_s, u"3|director|0"_s, u"6|moderator|0"_s, u"8|client_staff|4"_s, u"9|viewer|0"_s}));
    QCOMPARE(rows(*database, u"SELECT id, organisation_id, title, version FROM webinars ORDER BY id"_s),
             (QStringList {u"3|1|Webinar 3|1"_s, u"7|4|Webinar 7|1"_s}));
    QCOMPARE(rows(*database, u"SELECT id, webinar_id, approval_state FROM registrations ORDER BY id"_s),
             (QStringList {u"10|3|approved"_s, u"11|7|approved"_s, u"12|7|approved"_s}));
    QCOMPARE(rows(*database, u"SELECT id, registration_id, state FROM questions ORDER BY id"_s),
             (QStringList {u"20|10|new"_s, u"21|12|approved"_s, u"22|11|dismissed"_s}));
    verifyForeignKeysEnforced(*database);
}

void TestMigrations::fromVersion2KeepsDataColumnsAndIndexes()
{
    auto database = openAt(2);
    QVERIFY(database);
    fillVersion1(*database);
    fillVersion2(*database);
    const QStringList tables = dataTables + QStringList {u"viewer_profiles"_s};
    const QStringList before = data(*database, tables);
    const QStringList shape = columnsAndIndexes(*database, tables);
    QCOMPARE(before.size(), 21);
    QVERIFY(!shape.contains(u"<error>"_s));

    // Up to version 5: version 6 changes the personal columns to sealed BLOBs (tst_fieldmigration checks it).
    QVERIFY(migrations::applyUpTo(*database, 5));
    QCOMPARE(data(*database, tables), before);
    QCOMPARE(columnsAndIndexes(*database, tables), shape);
    QVERIFY(migrations::apply(*database));
    verifyLatest(*database);
    verifyForeignKeysEnforced(*database);
}

void TestMigrations::deletedIdsAreNeverReused_data()
{
    QTest::addColumn<int>("startVersion");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("insert");
    const QList<std::pair<QString, QString>> inserts {
        {u"organisations"_s, u"INSERT INTO organisations (name, created_at) VALUES ('New', ?)"_s},
        {u"users"_s,
         u"INSERT INTO users (email, display_name, role, password_hash, created_at)"
         " VALUES ('new@example.org', 'New', 'viewer', 'hash', ?)"_s},
        {u"webinars"_s,
         u"INSERT INTO webinars (organisation_id, title, state, starts_at, duration_minutes)"
         " VALUES (1, 'New', 'draft', ?, 60)"_s},
        {u"registrations"_s,
         u"INSERT INTO registrations (webinar_id, full_name, email, registered_at)"
         " VALUES (3, 'New', 'new@example.org', ?)"_s},
        {u"questions"_s, u"INSERT INTO questions (webinar_id, text, state, asked_at) VALUES (3, 'New?', 'new', ?)"_s},
    };
    for (const int start : {1, 2, migrations::latestVersion()}) {
        for (const auto &[table, insert] : inserts)
            QTest::addRow("%s from version %d", qPrintable(table), start) << start << table << insert;
    }
}

// The highest id, once deleted, is not handed out again: neither one that came with an upgrade nor a new one.
void TestMigrations::deletedIdsAreNeverReused()
{
    QFETCH(int, startVersion);
    QFETCH(QString, table);
    QFETCH(QString, insert);
    auto database = openAt(startVersion);
    QVERIFY(database);
    fillVersion1(*database);
    QVERIFY(migrations::apply(*database));

    const qint64 highest = scalar(*database, u"SELECT MAX(id) FROM %1"_s.arg(table)).toLongLong();
    execSql(*database, u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {highest});
    const qint64 next = execSql(*database, insert, {someTime});
    QCOMPARE_GT(next, highest);
    execSql(*database, u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {next});
    QCOMPARE_GT(execSql(*database, insert, {someTime}), next);
}

void TestMigrations::applyingTwiceChangesNothing()
{
    auto database = openAt(migrations::latestVersion());
    QVERIFY(database);
    fillVersion1(*database);
    fillVersion2(*database);
    const QStringList shape = schema(*database);
    const QStringList before = data(*database, dataTables + QStringList {u"schema_version"_s});

    QVERIFY(migrations::apply(*database));
    QCOMPARE(schema(*database), shape);
    database.reset();
    database = openAt(migrations::latestVersion()); // a second start of the server
    QVERIFY(database);
    QCOMPARE(schema(*database), shape);
    QCOMPARE(data(*database, dataTables + QStringList {u"schema_version"_s}), before);
    verifyLatest(*database);
}

// A table in the way of version 3's last rebuild: the tables it rebuilt before failing are rolled back too.
void TestMigrations::failingVersionLeavesThePreviousVersion()
{
    auto database = openAt(2);
    QVERIFY(database);
    fillVersion1(*database);
    fillVersion2(*database);
    QVERIFY(database->exec(u"CREATE TABLE questions_v3 (id INTEGER)"_s));
    const QStringList shape = schema(*database);
    const QStringList before = data(*database, dataTables);

    QVERIFY(!migrations::apply(*database));
    QCOMPARE(migrations::currentVersion(*database).value_or(-1), 2);
    QCOMPARE(schema(*database), shape);
    QCOMPARE(data(*database, dataTables), before);
    QCOMPARE(scalar(*database, u"PRAGMA foreign_keys"_s), u"1"_s);

    QStringList kept = dataTables; // version 7 empties login_failures: its keys were plain sign-in names
    kept.removeAll(u"login_failures"_s);
    QStringList keptBefore = before;
    keptBefore.removeIf([](const QString &row) { return row.startsWith(u"login_failures|"_s); });
    QVERIFY(database->exec(u"DROP TABLE questions_v3"_s));
    // Up to version 5 the rows are as they were; version 6 adds columns (users.email_index, the registration
    // revision of webinars) and changes the personal ones to sealed BLOBs (tst_fieldmigration).
    QVERIFY(migrations::applyUpTo(*database, 5));
    QCOMPARE(data(*database, kept), keptBefore);
    QVERIFY(migrations::apply(*database));
    verifyLatest(*database);
    QCOMPARE(scalar(*database, u"SELECT COUNT(*) FROM login_failures"_s), u"0"_s);
    QCOMPARE(rows(*database, u"SELECT id, typeof(email), email FROM registrations ORDER BY id"_s),
             (QStringList {u"10|text|attendee10@example.org"_s, u"11|text|attendee11@example.org"_s,
                           u"12|text|attendee12@example.org"_s})); // plain until fieldMigration seals them
}

// Version 9 (attack review finding 9): devices, each of one account and unique per account, with ids that are never
// handed out twice; sessions tied to a device (those from before are tied to none) go with it and with the account.
void TestMigrations::version9AddsDevices()
{
    auto database = openAt(8);
    QVERIFY(database);
    fillVersion1(*database);
    fillVersion2(*database);
    QVERIFY(migrations::apply(*database));
    verifyLatest(*database);
    QCOMPARE(rows(*database, u"SELECT token_hash, user_id, device_id FROM sessions"_s),
             QStringList {u"token|9|NULL"_s});
    QVERIFY(scalar(*database, u"SELECT sql FROM sqlite_master WHERE name = 'devices'"_s).contains("AUTOINCREMENT"_L1));

    const QString insert = u"INSERT INTO devices (user_id, device_hash, label, first_seen_at, last_seen_at)"
                           " VALUES (?, ?, X'00', ?, ?)"_s;
    const qint64 first = execSql(*database, insert, {9, u"hash-a"_s, someTime, someTime});
    QVERIFY(first > 0);
    QVERIFY(!database->exec(insert, {9, u"hash-a"_s, someTime, someTime})); // one row per account and device
    QVERIFY(!database->exec(insert, {999, u"hash-b"_s, someTime, someTime})); // no such account
    QCOMPARE_GT(execSql(*database, insert, {3, u"hash-a"_s, someTime, someTime}), first);
    QVERIFY(
        database->exec(u"INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, device_id)"
                       " VALUES ('device-token', 9, ?, ?, ?, ?)"_s,
                       {someTime, someTime, someTime, first}));
    QVERIFY(!database->exec(u"UPDATE sessions SET device_id = 999 WHERE token_hash = 'token'"_s));
    QCOMPARE(scalar(*database, u"SELECT COUNT(*) FROM sessions WHERE device_id IS NOT NULL"_s), u"1"_s);

    const qint64 highest = scalar(*database, u"SELECT MAX(id) FROM devices"_s).toLongLong();
    QVERIFY(database->exec(u"DELETE FROM devices WHERE id = ?"_s, {highest}));
    QCOMPARE_GT(execSql(*database, insert, {3, u"hash-c"_s, someTime, someTime}), highest);

    QVERIFY(database->exec(u"DELETE FROM users WHERE id = 9"_s));
    QCOMPARE(scalar(*database, u"SELECT COUNT(*) FROM devices WHERE user_id = 9"_s), u"0"_s);
    QCOMPARE(scalar(*database, u"SELECT COUNT(*) FROM sessions"_s), u"0"_s);
    QCOMPARE(rows(*database, u"PRAGMA foreign_key_check"_s), QStringList {});
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
