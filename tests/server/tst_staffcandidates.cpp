// WebinarRepository::staffCandidates on a temporary SQLite database: the active accounts of the asked roles that are
// not assigned to the webinar yet, by display name regardless of case, and nothing for no roles.
#include "CipherTestSupport.h"
#include "SqlTestSupport.h"
#include "db/Database.h"
#include "storage/UserRepository.h"
#include "storage/WebinarRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

class TestStaffCandidates : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TestCipher> m_keys;
    qint64 m_organisation = 0, m_webinar = 0, m_otherWebinar = 0;

    qint64 insert(const QString &sql, const QVariantList &values) { return test::execSql(*m_database, sql, values); }

    // Through the repository, so the name is sealed as the server stores it.
    qint64 addUser(Role role, const QString &name, bool disabled = false)
    {
        auto id = UserRepository(*m_database, *m_keys->cipher)
                      .create(NewUser {name.toLower() + u"@example.org"_s,
                                       name,
                                       role,
                                       {},
                                       u"x"_s,
                                       role == Role::ClientStaff ? m_organisation : 0});
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        if (disabled)
            insert(u"UPDATE users SET disabled = 1 WHERE id = ?"_s, {*id});
        return *id;
    }

    qint64 addWebinar(qint64 organisationId)
    {
        return insert(u"INSERT INTO webinars (organisation_id, title, state, starts_at, duration_minutes)"
                      " VALUES (?, 'W', 'scheduled', '2025-06-01T10:00:00.000Z', 60)"_s,
                      {organisationId});
    }

    QStringList names(const QList<Role> &roles, qint64 webinarId)
    {
        WebinarRepository webinars(*m_database, *m_keys->cipher);
        auto candidates = webinars.staffCandidates(webinarId, roles);
        if (!candidates)
            return {u"error: "_s + candidates.error().message};
        QStringList result;
        for (const api::StaffAssignment &candidate : *candidates)
            result.append(candidate.displayName + u':' + roleToWire(candidate.role));
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto database = Database::open(m_dir.path());
        QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
        m_database = std::move(*database);
        m_keys = test::TestCipher::open(*m_database, m_dir.path());
        QVERIFY(m_keys);
        m_organisation = insert(u"INSERT INTO organisations (name, created_at) VALUES ('Acme', ?)"_s,
                                {u"2025-01-01T00:00:00.000Z"_s});
        m_webinar = addWebinar(m_organisation);
        m_otherWebinar = addWebinar(m_organisation);
        addUser(Role::Admin, u"Admin"_s);
        addUser(Role::Director, u"Diana"_s);
        addUser(Role::Director, u"Dirk"_s, true);
        addUser(Role::Moderator, u"Bob"_s);
        addUser(Role::Moderator, u"alice"_s);
        addUser(Role::Moderator, u"Carol"_s, true);
        const qint64 dave = addUser(Role::Moderator, u"Dave"_s);
        addUser(Role::ClientStaff, u"Clara"_s);
        addUser(Role::Viewer, u"Vera"_s);
        insert(u"INSERT INTO webinar_staff (webinar_id, user_id, staff_role) VALUES (?, ?, 'moderator')"_s,
               {m_webinar, dave});
    }

    void moderatorsOnly()
    {
        QCOMPARE(names({Role::Moderator}, m_webinar), (QStringList {u"alice:moderator"_s, u"Bob:moderator"_s}));
    }

    void directorsAndModerators()
    {
        QCOMPARE(names({Role::Director, Role::Moderator}, m_webinar),
                 (QStringList {u"alice:moderator"_s, u"Bob:moderator"_s, u"Diana:director"_s}));
    }

    void assignedElsewhereIsACandidate()
    {
        QCOMPARE(names({Role::Moderator}, m_otherWebinar),
                 (QStringList {u"alice:moderator"_s, u"Bob:moderator"_s, u"Dave:moderator"_s}));
    }

    void noRolesNoCandidates() { QCOMPARE(names({}, m_webinar), QStringList {}); }
};

QTEST_GUILESS_MAIN(TestStaffCandidates)
#include "tst_staffcandidates.moc"
