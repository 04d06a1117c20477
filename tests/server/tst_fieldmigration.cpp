// Schema version 6 with its data step on a database of version 5 that holds personal fields in plain text (and
// statistics sampled from them): afterwards not one of the known strings is left in the raw bytes of the database
// file or its WAL, every value still reads back through the repositories, and a second start changes nothing.
#include "CipherTestSupport.h"
#include "RawFileSupport.h"
#include "SqlTestSupport.h"
#include "db/Database.h"
#include "db/Migrations.h"
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
        auto sealed = fieldMigration::sealPlainRows(**database, *keys->cipher, 2); // batches of 2
        QVERIFY2(sealed, qPrintable(sealed ? QString() : sealed.error().message));
        QCOMPARE(*sealed, qint64(2 + 1 + 2 + 1));
        QCOMPARE(test::foundIn(test::rawDatabaseBytes(dir.path()), withLowerCase(canaries())), QStringList {});
        auto unsealed = (*database)->exec(u"SELECT 1 FROM users WHERE typeof(email) <> 'blob' OR email_index IS NULL"
                                          " UNION ALL SELECT 1 FROM registrations WHERE typeof(full_name) <> 'blob'"_s);
        QVERIFY(unsealed && !unsealed->next());

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
        QCOMPARE(fieldMigration::sealPlainRows(**database, cipher).value_or(-1), qint64(0));
        keys.reset();
        database->reset();
        QCOMPARE(test::foundIn(test::rawDatabaseBytes(dir.path()), withLowerCase(canaries())), QStringList {});
    }
};

QTEST_GUILESS_MAIN(TestFieldMigration)
#include "tst_fieldmigration.moc"
