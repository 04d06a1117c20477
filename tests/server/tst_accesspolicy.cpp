// AccessPolicy on a temporary SQLite database: scope per role (assigned webinars, own organisation, own account, all),
// 404 outside the scope before 403 for a missing action, scope read from the database on every call, and every
// role × resource × action of common/Rights decided exactly as the matrix says.
#include "auth/AccessPolicy.h"

#include "SqlTestSupport.h"
#include "base/ApiError.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using rights::Scope;

class TestAccessPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_orgA = 0, m_orgB = 0;
    qint64 m_webinarA = 0, m_webinarA2 = 0, m_webinarB = 0;
    QMap<Role, api::UserInfo> m_users;
    api::UserInfo m_otherViewer;

    qint64 insert(const QString &sql, const QVariantList &values) { return test::execSql(*m_database, sql, values); }

    api::UserInfo addUser(Role role, const QString &email, qint64 organisationId = 0)
    {
        const qint64 id = insert(u"INSERT INTO users (email, display_name, role, organisation_id, password_hash,"
                                 " created_at) VALUES (?, ?, ?, ?, 'x', '2025-01-01T00:00:00.000Z')"_s,
                                 {email, email, roleToWire(role),
                                  organisationId ? QVariant(organisationId) : QVariant(QMetaType::fromType<qint64>())});
        return api::UserInfo {id, email, email, role, organisationId, {}};
    }

    qint64 addWebinar(qint64 organisationId, const QString &title)
    {
        return insert(u"INSERT INTO webinars (organisation_id, title, state, starts_at, duration_minutes)"
                      " VALUES (?, ?, 'scheduled', '2025-06-01T10:00:00.000Z', 60)"_s,
                      {organisationId, title});
    }

    void assign(qint64 webinarId, const api::UserInfo &user)
    {
        insert(u"INSERT INTO webinar_staff (webinar_id, user_id, staff_role) VALUES (?, ?, ?)"_s,
               {webinarId, user.id, roleToWire(user.role)});
    }

    void unassign(qint64 webinarId, const api::UserInfo &user)
    {
        QVERIFY(m_database->exec(u"DELETE FROM webinar_staff WHERE webinar_id = ? AND user_id = ?"_s,
                                 {webinarId, user.id}));
    }

    void registerViewer(qint64 webinarId, const api::UserInfo &viewer)
    {
        insert(u"INSERT INTO registrations (webinar_id, user_id, full_name, email, registered_at)"
               " VALUES (?, ?, ?, ?, '2025-05-01T10:00:00.000Z')"_s,
               {webinarId, viewer.id, viewer.displayName, viewer.email});
    }

    // The object in webinar A (organisation A) that is inside `role`'s scope on `resource`.
    ObjectScope inside(Role role) const { return ObjectScope {m_webinarA, m_orgA, m_users.value(role).id}; }
    // An object in webinar B (organisation B) owned by another viewer: outside every scope but All.
    ObjectScope outside() const { return ObjectScope {m_webinarB, m_orgB, m_otherViewer.id}; }

    static QString code(const Status &status) { return status ? u"ok"_s : status.error().code; }
    static QString code(const Result<qint64> &owner) { return owner ? u"ok"_s : owner.error().code; }
    static QString text(const Result<bool> &result)
    {
        return result ? (*result ? u"true"_s : u"false"_s) : result.error().code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto database = Database::open(m_dir.path());
        QVERIFY2(database, database ? "" : qPrintable(database.error().message));
        m_database = std::move(*database);
        m_orgA = insert(u"INSERT INTO organisations (name, created_at) VALUES ('A', '2025-01-01T00:00:00.000Z')"_s, {});
        m_orgB = insert(u"INSERT INTO organisations (name, created_at) VALUES ('B', '2025-01-01T00:00:00.000Z')"_s, {});
        m_webinarA = addWebinar(m_orgA, u"A1"_s);
        m_webinarA2 = addWebinar(m_orgA, u"A2"_s);
        m_webinarB = addWebinar(m_orgB, u"B1"_s);
        QVERIFY(m_orgA && m_orgB && m_webinarA && m_webinarA2 && m_webinarB);
        m_users.insert(Role::Admin, addUser(Role::Admin, u"admin@example.com"_s));
        m_users.insert(Role::Director, addUser(Role::Director, u"director@example.com"_s));
        m_users.insert(Role::Moderator, addUser(Role::Moderator, u"moderator@example.com"_s));
        m_users.insert(Role::ClientStaff, addUser(Role::ClientStaff, u"client@example.com"_s, m_orgA));
        m_users.insert(Role::Viewer, addUser(Role::Viewer, u"viewer@example.com"_s));
        m_otherViewer = addUser(Role::Viewer, u"other@example.com"_s);
        for (const auto &user : std::as_const(m_users))
            QVERIFY(user.id > 0);
        assign(m_webinarA, m_users.value(Role::Director));
        assign(m_webinarA, m_users.value(Role::Moderator));
        registerViewer(m_webinarA, m_users.value(Role::Viewer));
        registerViewer(m_webinarB, m_otherViewer);
    }

    // Every role × resource × action: inside the scope the matrix's permits() decides (403 when it says no);
    // outside it the answer is 404 whatever the action, unless the scope is All.
    void matrixDecidesEveryAction()
    {
        AccessPolicy policy(*m_database);
        for (const Role role : rights::allRoles()) {
            const api::UserInfo caller = m_users.value(role);
            for (const Resource resource : rights::allResources()) {
                const Scope scope = rights::scopeOf(role, resource);
                for (const Action action : rights::allActions()) {
                    const QString where = u"%1 %2 %3"_s.arg(roleToWire(role), rights::resourceToWire(resource),
                                                            rights::actionToWire(action));
                    const QString in = code(policy.require(caller, resource, action, inside(role)));
                    const QString expectedIn = scope == Scope::None ? u"not_found"_s
                        : rights::permits(role, resource, action)   ? u"ok"_s
                                                                    : u"forbidden"_s;
                    QVERIFY2(in == expectedIn, qPrintable(where + u" inside: "_s + in));
                    const QString out = code(policy.require(caller, resource, action, outside()));
                    const QString expectedOut = scope != Scope::All ? u"not_found"_s : expectedIn;
                    QVERIFY2(out == expectedOut, qPrintable(where + u" outside: "_s + out));
                    const QString collection = code(AccessPolicy::requireCollection(caller, resource, action));
                    const QString expectedCollection =
                        scope != Scope::None && rights::permits(role, resource, action) ? u"ok"_s : u"forbidden"_s;
                    QVERIFY2(collection == expectedCollection, qPrintable(where + u" collection: "_s + collection));
                }
            }
        }
    }

    void assignedWebinars()
    {
        AccessPolicy policy(*m_database);
        for (const Role role : {Role::Director, Role::Moderator}) {
            const api::UserInfo caller = m_users.value(role);
            QCOMPARE(text(policy.inScope(caller, Resource::Webinar, {m_webinarA, m_orgA, 0})), u"true"_s);
            // Same organisation, not assigned: out.
            QCOMPARE(text(policy.inScope(caller, Resource::Webinar, {m_webinarA2, m_orgA, 0})), u"false"_s);
            QCOMPARE(text(policy.inScope(caller, Resource::Registration, {m_webinarA2, m_orgA, 0})), u"false"_s);
            // No webinar at all (e.g. an organisation): out.
            QCOMPARE(text(policy.inScope(caller, Resource::Webinar, {0, m_orgA, 0})), u"false"_s);
            // Owning the object does not put a staff member in scope.
            QCOMPARE(text(policy.inScope(caller, Resource::Registration, {m_webinarB, m_orgB, caller.id})), u"false"_s);
        }
        // Someone else's assignment does not count.
        api::UserInfo stranger = m_users.value(Role::Director);
        stranger.id = m_otherViewer.id;
        QCOMPARE(text(policy.inScope(stranger, Resource::Webinar, {m_webinarA, m_orgA, 0})), u"false"_s);
    }

    void losingTheAssignmentLosesAccessAtOnce()
    {
        AccessPolicy policy(*m_database); // one policy object across the change: nothing is cached
        const api::UserInfo moderator = m_users.value(Role::Moderator);
        QCOMPARE(code(policy.require(moderator, Resource::Question, Action::Moderate, {m_webinarA, m_orgA, 0})),
                 u"ok"_s);
        unassign(m_webinarA, moderator);
        QCOMPARE(code(policy.require(moderator, Resource::Question, Action::Moderate, {m_webinarA, m_orgA, 0})),
                 u"not_found"_s);
        QCOMPARE(code(policy.require(moderator, Resource::Registration, Action::Read, {m_webinarA, m_orgA, 0})),
                 u"not_found"_s);
        assign(m_webinarA, moderator);
        QCOMPARE(code(policy.require(moderator, Resource::Question, Action::Moderate, {m_webinarA, m_orgA, 0})),
                 u"ok"_s);
    }

    void ownOrganisation()
    {
        AccessPolicy policy(*m_database);
        const api::UserInfo client = m_users.value(Role::ClientStaff);
        QCOMPARE(text(policy.inScope(client, Resource::Registration, {m_webinarA2, m_orgA, 0})), u"true"_s);
        QCOMPARE(text(policy.inScope(client, Resource::Registration, {m_webinarB, m_orgB, 0})), u"false"_s);
        QCOMPARE(text(policy.inScope(client, Resource::Organisation, {0, m_orgA, 0})), u"true"_s);
        QCOMPARE(text(policy.inScope(client, Resource::Organisation, {0, m_orgB, 0})), u"false"_s);
        // A client account without an organisation reaches nothing, not even objects "of organisation 0".
        api::UserInfo orphan = client;
        orphan.organisationId = 0;
        QCOMPARE(text(policy.inScope(orphan, Resource::Registration, {m_webinarA, 0, 0})), u"false"_s);
        QCOMPARE(text(policy.inScope(orphan, Resource::Organisation, {0, 0, 0})), u"false"_s);
    }

    void ownAccount()
    {
        AccessPolicy policy(*m_database);
        const api::UserInfo viewer = m_users.value(Role::Viewer);
        // Own data wherever it is; someone else's data never, even in a webinar the viewer is registered for.
        QCOMPARE(text(policy.inScope(viewer, Resource::Registration, {m_webinarA, m_orgA, viewer.id})), u"true"_s);
        QCOMPARE(text(policy.inScope(viewer, Resource::Registration, {m_webinarA, m_orgA, m_otherViewer.id})),
                 u"false"_s);
        QCOMPARE(text(policy.inScope(viewer, Resource::Question, {m_webinarA, m_orgA, 0})), u"false"_s);
        // A webinar is the viewer's when registered for it.
        QCOMPARE(text(policy.inScope(viewer, Resource::Webinar, {m_webinarA, m_orgA, 0})), u"true"_s);
        QCOMPARE(text(policy.inScope(viewer, Resource::Webinar, {m_webinarB, m_orgB, 0})), u"false"_s);
        QCOMPARE(text(policy.isRegistered(viewer.id, m_webinarA)), u"true"_s);
        QCOMPARE(text(policy.isRegistered(viewer.id, m_webinarB)), u"false"_s);
        // Staff roles never reach own_profile.
        for (const Role role : {Role::Admin, Role::Director, Role::Moderator, Role::ClientStaff})
            QCOMPARE(code(AccessPolicy::requireCollection(m_users.value(role), Resource::OwnProfile, Action::Read)),
                     u"forbidden"_s);
    }

    void scopeBeforeAction()
    {
        AccessPolicy policy(*m_database);
        // Outside the scope a forbidden action is 404 too (no oracle for existence).
        const api::UserInfo moderator = m_users.value(Role::Moderator);
        QCOMPARE(code(policy.require(moderator, Resource::Webinar, Action::Delete, {m_webinarB, m_orgB, 0})),
                 u"not_found"_s);
        QCOMPARE(code(policy.require(moderator, Resource::Webinar, Action::Delete, {m_webinarA, m_orgA, 0})),
                 u"forbidden"_s);
        const api::UserInfo client = m_users.value(Role::ClientStaff);
        QCOMPARE(code(policy.require(client, Resource::Registration, Action::Update, {m_webinarB, m_orgB, 0})),
                 u"not_found"_s);
        QCOMPARE(code(policy.require(client, Resource::Registration, Action::Update, {m_webinarA, m_orgA, 0})),
                 u"forbidden"_s);
        // The same order for what lies inside one webinar (its registrations, its questions, the export).
        QCOMPARE(code(policy.requireWithinWebinar(moderator, Resource::Registration, Action::Export,
                                                  {m_webinarB, m_orgB, 0})),
                 u"not_found"_s);
        QCOMPARE(code(policy.requireWithinWebinar(moderator, Resource::Registration, Action::Export,
                                                  {m_webinarA, m_orgA, 0})),
                 u"forbidden"_s);
        QCOMPARE(code(policy.requireWithinWebinar(client, Resource::Question, Action::Create, {m_webinarB, m_orgB, 0})),
                 u"not_found"_s);
        QCOMPARE(code(policy.requireWithinWebinar(client, Resource::Question, Action::Create, {m_webinarA, m_orgA, 0})),
                 u"forbidden"_s);
        QCOMPARE(notFound().code, QString::fromLatin1(api::errc::notFound));
        QCOMPARE(forbidden().code, QString::fromLatin1(api::errc::forbidden));
    }

    void readableNeedsAReasonOnlyForAdmin()
    {
        const api::UserInfo admin = m_users.value(Role::Admin);
        QVERIFY(AccessPolicy::readable(admin, Resource::Registration, false).isEmpty());
        QCOMPARE(AccessPolicy::readable(admin, Resource::Registration, true),
                 rights::grantFor(Role::Admin, Resource::Registration).fieldsWithReason);
        for (const Role role : {Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
            for (const Resource resource : {Resource::Registration, Resource::Question}) {
                QCOMPARE(AccessPolicy::readable(m_users.value(role), resource, true),
                         AccessPolicy::readable(m_users.value(role), resource, false));
            }
        }
    }

    void cleanupTestCase() { m_database.reset(); }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
