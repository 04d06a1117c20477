// Schema version 6 with its data step (version 8) on a database of version 5 that holds personal fields in plain text
// (and statistics sampled from them): afterwards not one of the known strings is left in the raw bytes of the
// database file or its WAL, every value still reads back through the repositories, and a second start changes
// nothing. The step runs once: a sealing that stopped resumes, but a plain value written into a database whose
// fields were sealed is refused and left as it is, with or without a marker someone wrote beside it (attack review
// finding 13).
#include "CipherTestSupport.h"
#include "RawFileSupport.h"
#include "SqlTestSupport.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "keys/KeyStore.h"
#include "storage/FieldMigration.h"
#include "storage/ProfileRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/RegistrationRepository.h"
#include "storage/UserRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;
using regiekamer::server::test::execSql;

namespace {

const QString someTime = u"2025-05-01T10:00:00.000Z"_s;

// The personal values of the version-5 database, each unique enough to be searched for in the raw file.
const QString staffEmail = u"zq-staff-canary@example.org"_s, staffName = u"Zqstaff Canaryname"_s;
const QString viewerEmail = u"zq-viewer-canary@example.org"_s, viewerName = u"Zqviewer Canarynäme"_s;
const QString attendeeName = u"Zqattendee Canaryjansen"_s, attendeeEmail = u"zq-attendee-canary@example.org"_s;
const QString attendeePhone = u"+31 6 99887766"_s, attendeeCompany = u"Zqcompany Canary BV"_s;
const QString attendeeTitle = u"Zqtitle Canarist"_s, profilePhone = u"+31 6 11223344"_s;
const QString profileCompany = u"Zqprofile Company"_s, profileTitle = u"Zqprofile Title"_s;
const QString questionText = u"Zqquestion canary text?"_s, answerText = u"Zqanswer canary text."_s;

qint64 pendingMarkers(Database &database)
{
    auto row = database.firstRow(u"SELECT COUNT(*) FROM field_sealing"_s);
    return row && *row ? (**row).at(0).toLongLong() : -1;
}

QStringList canaries()
{
    return {staffEmail,      staffName,     viewerEmail,  viewerName,     attendeeName, attendeeEmail, attendeePhone,
            attendeeCompany, attendeeTitle, profilePhone, profileCompany, profileTitle, questionText,  answerText};
}

void fillVersion5(Database &database)
{
    execSql(database, u"INSERT INTO organisations (id, name, created_at) VALUES (1, 'Acme', ?)"_s, {someTime});
    execSql(database,
            u"INSERT INTO users (id, email, display_name, role, password_hash, created_at)"
            " VALUES (3, ?, ?, 'director', 'hash', ?), (9, ?, ?, 'viewer', 'hash', ?)"_s,
            {staffEmail, staffName, someTime, viewerEmail, viewerName, someTime});
    execSql(database, u"INSERT INTO viewer_profiles (user_id, phone, company, job_title) VALUES (9, ?, ?, ?)"_s,
            {profilePhone, profileCompany, profileTitle});
    execSql(database,
            u"INSERT INTO webinars (id, organisation_id, title, state, starts_at, duration_minutes)"
            " VALUES (3, 1, 'Webinar', 'live', ?, 60)"_s,
            {someTime});
    execSql(database,
            u"INSERT INTO registrations (id, webinar_id, user_id, full_name, email, phone, company, job_title,"
            " registered_at) VALUES (10, 3, NULL, ?, ?, ?, ?, ?, ?), (11, 3, 9, ?, ?, '', '', '', ?)"_s,
            {attendeeName, attendeeEmail, attendeePhone, attendeeCompany, attendeeTitle, someTime, viewerName,
             viewerEmail, someTime});
    execSql(database,
            u"INSERT INTO questions (id, webinar_id, registration_id, text, state, asked_at, answer, answered_by)"
            " VALUES (20, 3, 10, ?, 'answered', ?, ?, 3)"_s,
            {questionText, someTime, answerText});
    // Statistics, with samples of the plain name index where SQLite keeps them (sqlite_stat4).
    execSql(database, u"ANALYZE"_s);
}

} // namespace

class TestFieldMigration : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;

    static QStringList withLowerCase(const QStringList &values)
    {
        QStringList all = values;
        for (const QString &value : values)
            all.append(value.toLower());
        return all;
    }

private Q_SLOTS:
    void version5DatabaseIsSealedWithoutPlainLeftovers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            auto database = Database::openAtVersion(dir.path(), 5);
            QVERIFY(database);
            fillVersion5(**database);
        }
        QCOMPARE(test::foundIn(test::rawDatabaseBytes(dir.path()), canaries()).isEmpty(), false); // the test can see
        auto database = Database::open(dir.path());
        QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
        auto keys = test::TestCipher::open(**database, dir.path());
        QVERIFY(keys);
        QCOMPARE((*database)->versionAtOpen(), 5);
        QCOMPARE(pendingMarkers(**database), 1);
        auto sealed = fieldMigration::sealPending(**database, *keys->cipher, 2); // batches of 2
        QVERIFY2(sealed, qPrintable(sealed ? QString() : sealed.error().message));
        QCOMPARE(*sealed, qint64(2 + 1 + 2 + 1));
        QCOMPARE(test::foundIn(test::rawDatabaseBytes(dir.path()), withLowerCase(canaries())), QStringList {});
        auto unsealed = (*database)->exec(u"SELECT 1 FROM users WHERE typeof(email) <> 'blob' OR email_index IS NULL"
                                          " UNION ALL SELECT 1 FROM registrations WHERE typeof(full_name) <> 'blob'"_s);
        QVERIFY(unsealed && !unsealed->next());
        QCOMPARE(pendingMarkers(**database), 0);

        // Every value still reads back.
        FieldCipher &cipher = *keys->cipher;
        UserRepository users(**database, cipher);
        auto staff = users.findByEmail(staffEmail.toUpper());
        QVERIFY(staff && *staff);
        QCOMPARE((**staff).info.displayName, staffName);
        auto profile = ProfileRepository(**database, cipher).find(9);
        QVERIFY(profile);
        QCOMPARE((QStringList {profile->fullName, profile->email, profile->phone, profile->company, profile->jobTitle}),
                 (QStringList {viewerName, viewerEmail, profilePhone, profileCompany, profileTitle}));
        RegistrationRepository registrations(**database, cipher);
        auto attendee = registrations.find(10);
        QVERIFY(attendee && *attendee);
        const api::Registration &r = (**attendee).registration;
        QCOMPARE((QStringList {r.fullName.value_or(QString()), r.contact->email, r.contact->phone, r.profile->company,
                               r.profile->jobTitle}),
                 (QStringList {attendeeName, attendeeEmail, attendeePhone, attendeeCompany, attendeeTitle}));
        RegistrationQuery query;
        query.webinarId = 3;
        query.search = u"CANARYJANSEN"_s;
        query.readable = rights::allFieldClasses();
        auto found = registrations.list(query);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(found->total, qint64(1));
        auto question = QuestionRepository(**database, cipher).find(20);
        QVERIFY(question && *question);
        QCOMPARE((**question).question.question->text, questionText);
        QCOMPARE((**question).question.question->answer.value_or(QString()), answerText);
        QCOMPARE((**question).question.question->answeredBy.value_or(QString()), staffName);
        QCOMPARE((**question).question.askerName.value_or(QString()), attendeeName);

        // A second start finds nothing to seal.
        QCOMPARE(fieldMigration::sealPending(**database, cipher).value_or(-1), qint64(0));
        keys.reset();
        database->reset();
        QCOMPARE(test::foundIn(test::rawDatabaseBytes(dir.path()), withLowerCase(canaries())), QStringList {});
    }

    // A database in use (its fields sealed), then an administrator's account written into the file with SQL, in
    // plain text: the next start refuses it and leaves it as written, also with a marker written beside it.
    void plainValueInASealedDatabaseIsRefusedNotSealed_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::newRow("no marker") << QString();
        QTest::newRow("marker without a MAC") << u"INSERT INTO field_sealing (id) VALUES (1)"_s;
        QTest::newRow("marker with a made-up MAC")
            << u"INSERT INTO field_sealing (id, mac) VALUES (1, randomblob(32))"_s;
    }

    void plainValueInASealedDatabaseIsRefusedNotSealed()
    {
        QFETCH(QString, marker);
        const QString mallory = u"mallory-admin@example.org"_s;
        QTemporaryDir dir;
        qint64 id = 0;
        {
            auto start = test::startSealed(dir.path());
            QVERIFY(start);
            QVERIFY(fieldMigration::sealPending(*start->database, *start->keys->cipher)); // the first start
            id = execSql(*start->database,
                         u"INSERT INTO users (email, display_name, role, password_hash, created_at)"
                         " VALUES (?, 'Mallory', 'admin', 'a hash of her choice', ?)"_s,
                         {mallory, someTime});
            QVERIFY(id > 0);
            if (!marker.isEmpty())
                execSql(*start->database, marker);
        }
        auto database = Database::open(dir.path()); // the next start
        QVERIFY(database);
        QCOMPARE((*database)->versionAtOpen(), migrations::latestVersion());
        auto keys = test::TestCipher::open(**database, dir.path());
        QVERIFY(keys);
        auto sealed = fieldMigration::sealPending(**database, *keys->cipher);
        QVERIFY(!sealed);
        QCOMPARE(sealed.error().code, QString::fromLatin1(fieldMigration::integrityError));
        const QString named = marker.isEmpty() ? u"users.email of row %1"_s.arg(id) : u"field_sealing"_s;
        QVERIFY2(sealed.error().message.contains(named), qPrintable(sealed.error().message));
        QVERIFY(!sealed.error().message.contains(mallory)); // the place, never the value
        auto row = (*database)->firstRow(
            u"SELECT typeof(email), email, typeof(display_name), email_index IS NULL FROM users WHERE id = ?"_s, {id});
        QVERIFY(row && *row);
        QCOMPARE(**row, (QVariantList {u"text"_s, mallory, u"text"_s, 1}));
        auto found = UserRepository(**database, *keys->cipher).findByEmail(mallory);
        QVERIFY(found && !*found);
    }

    // The start that upgraded confirmed the marker with the keys and then stopped: the next one finishes the sealing.
    void interruptedSealingResumes()
    {
        QTemporaryDir dir;
        {
            auto database = Database::openAtVersion(dir.path(), 5);
            QVERIFY(database);
            fillVersion5(**database);
        }
        {
            auto database = Database::open(dir.path());
            QVERIFY(database);
            auto keys = test::TestCipher::open(**database, dir.path());
            QVERIFY(keys);
            QVERIFY(fieldMigration::claimPending(**database, *keys->keys));
        }
        auto database = Database::open(dir.path());
        QVERIFY(database);
        QCOMPARE((*database)->versionAtOpen(), migrations::latestVersion());
        auto keys = test::TestCipher::open(**database, dir.path());
        QVERIFY(keys);
        auto sealed = fieldMigration::sealPending(**database, *keys->cipher);
        QVERIFY2(sealed, qPrintable(sealed ? QString() : sealed.error().message));
        QCOMPARE(*sealed, qint64(2 + 1 + 2 + 1));
        QCOMPARE(pendingMarkers(**database), 0);
        auto staff = UserRepository(**database, *keys->cipher).findByEmail(staffEmail);
        QVERIFY(staff && *staff);
    }

    // The start that upgraded stopped before the keys confirmed the marker: nothing shows that the plain values are
    // the upgrade's, so a later start does not seal them (the backup taken before the upgrade is restored).
    void unconfirmedUpgradeIsNotSealedLater()
    {
        QTemporaryDir dir;
        {
            auto database = Database::openAtVersion(dir.path(), 5);
            QVERIFY(database);
            fillVersion5(**database);
        }
        QVERIFY(Database::open(dir.path()));
        auto database = Database::open(dir.path());
        QVERIFY(database);
        auto keys = test::TestCipher::open(**database, dir.path());
        QVERIFY(keys);
        auto sealed = fieldMigration::sealPending(**database, *keys->cipher);
        QVERIFY(!sealed);
        QCOMPARE(sealed.error().code, QString::fromLatin1(fieldMigration::integrityError));
        QVERIFY2(sealed.error().message.contains(u"backup taken before the upgrade"_s),
                 qPrintable(sealed.error().message));
        QCOMPARE(test::foundIn(test::rawDatabaseBytes(dir.path()), {staffEmail}), QStringList {staffEmail});
    }
};

QTEST_GUILESS_MAIN(TestFieldMigration)
#include "tst_fieldmigration.moc"
