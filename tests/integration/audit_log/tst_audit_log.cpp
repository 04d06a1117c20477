// The access log (issue 4) end to end, against the real regiekamer-server (--demo, TLS on loopback) and
// regiekamer-admin. One executable; its parts:
// - AuditLogFixture.cpp: requests as each role, and the log as each role reads it;
// - AuditTestFiles.cpp: copies of the server's data directory (its database is opened with tests/support's SqlFile);
// - SessionEntryTests.cpp: the entries of sign-in, failed sign-in, lockout and sign-out;
// - VisibilityTests.cpp: which role reads which part of the log;
// - PagingFilterTests.cpp: paging and the filters;
// - EventStreamTests.cpp: "audit.appended" on the event stream;
// - FailClosedTests.cpp: nothing happens while the log cannot be written;
// - CommandLineTests.cpp: `audit verify`, export and verify-export of regiekamer-admin.
#include "tst_audit_log.h"

#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

void TestAuditLogApi::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    const auto accounts = m_server.demoAccounts();
    for (const Role role : {Role::Admin, Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
        qint64 id = 0;
        m_token[role] = m_api.login(accounts.value(role).email, accounts.value(role).password, &id);
        QVERIFY2(!m_token.value(role).isEmpty(), qPrintable(roleToWire(role)));
        m_userId[role] = id;
        for (const QJsonValue &item : get(role, u"/api/v1/webinars"_s).items()) {
            m_webinars[role].insert(item.toObject().value("id"_L1).toInteger());
            m_organisationOf[item.toObject().value("id"_L1).toInteger()] =
                item.toObject().value("organisationId"_L1).toInteger();
        }
    }
    QVERIFY(!m_webinars.value(Role::ClientStaff).isEmpty());
    m_clientOrganisation = m_organisationOf.value(*m_webinars.value(Role::ClientStaff).cbegin());
    for (const QJsonValue &item : get(Role::Viewer, u"/api/v1/me/registrations"_s).items()) {
        m_viewerWebinars.insert(item.toObject().value("webinarId"_L1).toInteger());
        m_viewerRegistrations.insert(item.toObject().value("id"_L1).toInteger());
        m_viewerRegistrationWebinar[item.toObject().value("id"_L1).toInteger()] =
            item.toObject().value("webinarId"_L1).toInteger();
    }
    QVERIFY2(!m_viewerWebinars.isEmpty(), "the demo viewer attends no webinar");
    // The director's webinar for the visibility tests: attended by the viewer, of the client's organisation if
    // there is one, with other attendees too.
    for (const qint64 webinar : std::as_const(m_viewerWebinars)) {
        if (registrationsOf(webinar).size() < 2)
            continue;
        if (m_directorWebinar == 0 || m_organisationOf.value(webinar) == m_clientOrganisation)
            m_directorWebinar = webinar;
    }
    QVERIFY2(m_directorWebinar > 0, "no webinar the viewer attends has other attendees");
    ensureDirectorAssigned(m_directorWebinar);
    for (const qint64 webinar : m_webinars.value(Role::Admin)) {
        if (!m_webinars.value(Role::Director).contains(webinar) && !m_viewerWebinars.contains(webinar) &&
            m_organisationOf.value(webinar) != m_organisationOf.value(m_directorWebinar))
            m_otherWebinar = webinar;
    }
    QVERIFY2(m_otherWebinar > 0, "no webinar outside the director's, the viewer's and the client's scope");
}

void TestAuditLogApi::cleanupTestCase()
{
    if (m_server.isRunning())
        QCOMPARE(m_server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestAuditLogApi)
