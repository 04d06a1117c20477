// The schema version of the approval rules and the waiting list (server/db/SchemaVersions.cpp versionWaitingList):
// registrations is rebuilt for the approval state 'waitlisted' with every row, sealed column, index and trigger it
// had; questions still reference it; approval_rules goes with its webinar.
#include "db/Database.h"
#include "db/Migrations.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

const QString someTime = u"2026-05-01T10:00:00.000Z"_s;

QStringList rows(Database &database, const QString &sql, const QVariantList &values = {})
{
    auto query = database.exec(sql, values);
    if (!query)
        return {u"<error> "_s + query.error().message};
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

QStringList indexNames(Database &database)
{
    return rows(database,
                u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'registrations'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
}

} // namespace

class TestMigrationWaitingList : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void fill(Database &database)
    {
        const auto run = [&](const QString &sql, const QVariantList &values = {}) {
            auto done = database.exec(sql, values);
            QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        };
        run(u"INSERT INTO organisations (id, name, created_at) VALUES (3, 'Zorggroep', ?)"_s, {someTime});
        run(u"INSERT INTO users (id, email, display_name, role, password_hash, created_at)"
            " VALUES (9, X'0102', X'0304', 'viewer', 'hash', ?)"_s,
            {someTime});
        run(u"INSERT INTO webinars (id, organisation_id, title, state, starts_at, duration_minutes)"
            " VALUES (7, 3, 'Webinar', 'scheduled', ?, 60)"_s,
            {someTime});
        run(u"INSERT INTO registrations (id, webinar_id, user_id, full_name, email, company, job_title, registered_at,"
            " phone, consent_recording, approval_state, version, join_token_hash)"
            " VALUES (11, 7, 9, X'A1A2', X'B1B2', X'C1', X'D1', ?, X'E1', 1, 'pending', 4, 'join-hash')"_s,
            {someTime});
        run(u"INSERT INTO registrations (id, webinar_id, full_name, email, registered_at, approval_state)"
            " VALUES (14, 7, X'A3', X'B3', ?, 'rejected')"_s,
            {someTime});
        run(u"INSERT INTO questions (id, webinar_id, registration_id, text, state, asked_at)"
            " VALUES (21, 7, 11, X'F1', 'new', ?)"_s,
            {someTime});
    }

private Q_SLOTS:
    void rebuildKeepsRowsIndexesAndTriggers()
    {
        QVERIFY(m_dir.isValid());
        const int version = 14; // versionWaitingList (the live production's first version)
        auto opened = Database::openAtVersion(m_dir.path(), version - 1);
        QVERIFY(opened);
        Database &database = **opened;
        fill(database);
        const QString everyRow = u"SELECT *, typeof(full_name), typeof(email) FROM registrations ORDER BY id"_s;
        const QStringList before = rows(database, everyRow);
        const QStringList columns = rows(database,
                                         u"SELECT name, type, \"notnull\", dflt_value, pk"
                                         " FROM pragma_table_info('registrations')"_s);
        const QStringList indexes = indexNames(database);
        QVERIFY(indexes.contains(u"registrations_join_token"_s));

        QVERIFY(migrations::applyUpTo(database, version));
        QCOMPARE(migrations::currentVersion(database).value_or(-1), version);
        QCOMPARE(rows(database, everyRow), before);
        QCOMPARE(
            rows(database, u"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('registrations')"_s),
            columns);
        QStringList expectedIndexes = indexes;
        expectedIndexes.append(u"registrations_waitlist"_s);
        expectedIndexes.sort();
        QCOMPARE(indexNames(database), expectedIndexes);
        QCOMPARE(scalar(database, u"SELECT sql FROM sqlite_master WHERE name = 'registrations'"_s)
                     .contains("AUTOINCREMENT"_L1),
                 true);
        QCOMPARE(rows(database,
                      u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'registrations'"
                      " ORDER BY name"_s),
                 (QStringList {u"registrations_revision_delete"_s, u"registrations_revision_insert"_s,
                               u"registrations_revision_update"_s}));
        QCOMPARE(rows(database, u"PRAGMA foreign_key_check"_s), QStringList {});

        // The new state, and only known ones; every change still moves the webinar's index revision.
        const QString revision = u"SELECT registration_revision FROM webinars WHERE id = 7"_s;
        const qint64 revisionBefore = scalar(database, revision).toLongLong();
        QVERIFY(database.exec(u"UPDATE registrations SET approval_state = 'waitlisted' WHERE id = 11"_s));
        QCOMPARE(scalar(database, revision).toLongLong(), revisionBefore + 1);
        QVERIFY(!database.exec(u"UPDATE registrations SET approval_state = 'maybe' WHERE id = 11"_s));
        QVERIFY(!database.exec(u"INSERT INTO registrations (webinar_id, full_name, email, registered_at)"
                               " VALUES (999, X'00', X'00', ?)"_s,
                               {someTime})); // no such webinar
        // The waiting list's query uses its index.
        const QString plan = rows(database,
                                  u"EXPLAIN QUERY PLAN SELECT id FROM registrations WHERE webinar_id = 7"
                                  " AND approval_state = 'waitlisted' ORDER BY registered_at, id"_s)
                                 .join(u' ');
        QVERIFY2(plan.contains("registrations_waitlist"_L1), qPrintable(plan));

        // Ids are still never handed out twice; approval_rules and questions go with the webinar and registration.
        QVERIFY(database.exec(u"DELETE FROM registrations WHERE id = 14"_s));
        QVERIFY(database.exec(u"INSERT INTO registrations (webinar_id, full_name, email, registered_at)"
                              " VALUES (7, X'00', X'00', ?)"_s,
                              {someTime}));
        QCOMPARE_GT(scalar(database, u"SELECT MAX(id) FROM registrations"_s).toLongLong(), 14);
        QVERIFY(
            database.exec(u"INSERT INTO approval_rules (webinar_id, domains, capacity) VALUES (7, '[\"a.nl\"]', 2)"_s));
        QVERIFY(!database.exec(u"INSERT INTO approval_rules (webinar_id, capacity) VALUES (8, 0)"_s));
        QVERIFY(database.exec(u"DELETE FROM registrations WHERE id = 11"_s));
        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM questions WHERE id = 21"_s), u"0"_s);
        QVERIFY(database.exec(u"DELETE FROM registrations"_s));
        QVERIFY(database.exec(u"DELETE FROM webinars WHERE id = 7"_s));
        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM approval_rules"_s), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrationWaitingList)
#include "tst_migration_waitinglist.moc"
