// Authorization matrix: every endpoint of docs/api.md × every role × an object inside / outside the role's scope.
//
// The expected statuses and the readable field classes (MatrixSpec.cpp) are written by hand from the SPEC
// (docs/api.md, docs/rights.md and the table in common/Rights.cpp); nothing here is derived from the server's code
// or from regiekamer::rights at run time, so the test judges the implementation instead of repeating it.
//
// Reading of the spec used throughout:
// - collection endpoint, role's scope on the resource is none          → 403
// - object outside the role's scope (incl. scope none, unknown ids)    → 404
// - object inside the scope, action missing                            → 403
// - admin "out of scope" does not exist (scope all): an unknown id is used instead → 404
//
// The parts: MatrixSpec (the spec), MatrixFixture (server, sessions, scopes from admin's view), FieldLeakChecks (no
// unreadable field or value in an answer), MatrixRows*.cpp (one executor per endpoint, proving every refused change
// changed nothing), AuditEntryChecks.cpp (the access log entry of every row's request), IdorChecks.cpp and
// RevocationChecks.cpp.
#include "tst_authorization_matrix.h"

#include "MatrixSpec.h"

#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

QByteArray matrix::MatrixRow::failure(const ApiReply &reply) const
{
    return QByteArray("expected ") + QByteArray::number(expected) + ", got " + reply.describe().toUtf8();
}

const QMap<QString, TestAuthorizationMatrix::Executor> &TestAuthorizationMatrix::executors()
{
    using T = TestAuthorizationMatrix;
    static const QMap<QString, Executor> table {
        {u"GET /organisations"_s, &T::listOrganisations},
        {u"GET /invitations"_s, &T::listInvitations},
        {u"POST /invitations"_s, &T::invite},
        {u"POST /invitations/{id}/resend"_s, &T::resendInvitation},
        {u"DELETE /invitations/{id}"_s, &T::revokeInvitation},
        {u"GET /portal"_s, &T::portalPage},
        {u"GET /portal/profile"_s, &T::portalPage},
        {u"GET /portal/access"_s, &T::portalPage},
        {u"GET /portal/export"_s, &T::portalPage},
        {u"GET /portal/delete"_s, &T::portalPage},
        {u"POST /portal/profile"_s, &T::portalProfileChange},
        {u"POST /portal/delete"_s, &T::portalDeleteRefused},
        {u"POST /organisations"_s, &T::createOrganisationRow},
        {u"GET /organisations/{id}"_s, &T::getOrganisation},
        {u"PATCH /organisations/{id}"_s, &T::patchOrganisation},
        {u"DELETE /organisations/{id}"_s, &T::deleteOrganisation},
        {u"GET /users"_s, &T::listUsers},
        {u"POST /users"_s, &T::createUser},
        {u"GET /users/{id}"_s, &T::getUser},
        {u"PATCH /users/{id}"_s, &T::patchUser},
        {u"GET /webinars"_s, &T::listWebinars},
        {u"POST /webinars"_s, &T::createWebinarRow},
        {u"GET /webinars/{id}"_s, &T::getWebinar},
        {u"PATCH /webinars/{id}"_s, &T::patchWebinar},
        {u"DELETE /webinars/{id}"_s, &T::deleteWebinar},
        {u"POST /webinars/{id}/state"_s, &T::changeState},
        {u"PUT /webinars/{id}/staff/{moderator}"_s, &T::assignStaff},
        {u"PUT /webinars/{id}/staff/{director}"_s, &T::assignStaff},
        {u"DELETE /webinars/{id}/staff/{moderator}"_s, &T::unassignStaff},
        {u"DELETE /webinars/{id}/staff/{director}"_s, &T::unassignStaff},
        {u"GET /webinars/{id}/staff-candidates"_s, &T::staffCandidates},
        {u"GET /webinars/{id}/approval-rules"_s, &T::getApprovalRules},
        {u"PUT /webinars/{id}/approval-rules"_s, &T::putApprovalRules},
        {u"GET /webinars/{id}/stream-key"_s, &T::getStreamKey},
        {u"PUT /webinars/{id}/stream-key"_s, &T::putStreamKey},
        {u"POST /webinars/{id}/stream-key/reveal"_s, &T::revealStreamKey},
        {u"POST /webinars/{id}/stream-key/rotation"_s, &T::rotateStreamKey},
        {u"GET /webinars/{id}/preflight"_s, &T::getPreflight},
        {u"GET /webinars/{id}/timeline"_s, &T::getTimeline},
        {u"GET /webinars/{id}/registrations"_s, &T::listRegistrations},
        {u"GET /registrations/{id}"_s, &T::getRegistration},
        {u"PATCH /registrations/{id}"_s, &T::patchRegistration},
        {u"DELETE /registrations/{id}"_s, &T::deleteRegistration},
        {u"GET /webinars/{id}/registrations/export"_s, &T::exportRegistrations},
        {u"POST /webinars/{id}/registrations"_s, &T::registerForWebinar},
        {u"GET /webinars/{id}/questions"_s, &T::listQuestions},
        {u"PATCH /questions/{id}"_s, &T::patchQuestion},
        {u"GET /questions/{id}"_s, &T::getQuestion},
        {u"POST /webinars/{id}/questions"_s, &T::askQuestion},
        {u"GET /webinars/{id}/report"_s, &T::getReport},
        {u"GET /webinars/{id}/report/export"_s, &T::getReport},
        {u"POST /questions/{id}/vote"_s, &T::voteForQuestion},
        {u"DELETE /questions/{id}/vote"_s, &T::withdrawVote},
        {u"GET /webinars/{id}/audience-questions"_s, &T::audienceQuestions},
        {u"POST /questions/{id}/merge"_s, &T::mergeQuestion},
        {u"POST /questions/{id}/unmerge"_s, &T::unmergeQuestion},
        {u"GET /me/profile"_s, &T::getProfile},
        {u"PATCH /me/profile"_s, &T::patchProfile},
        {u"GET /me/registrations"_s, &T::listOwn},
        {u"GET /me/questions"_s, &T::listOwn},
        {u"POST /me/email-change"_s, &T::requestEmailChange},
        {u"POST /sign-up"_s, &T::anonymousForm},
        {u"POST /sign-up/confirmation"_s, &T::anonymousForm},
        {u"POST /email-change/confirmation"_s, &T::anonymousForm},
        {u"POST /email-change/report"_s, &T::anonymousForm},
        {u"POST /password-reset"_s, &T::anonymousForm},
        {u"POST /password-reset/complete"_s, &T::anonymousForm},
        {u"POST /invitation-acceptance"_s, &T::anonymousForm},
        {u"POST /room/join"_s, &T::joinRoom},
        {u"GET /me/second-factor"_s, &T::secondFactorRow},
        {u"POST /me/second-factor/totp"_s, &T::secondFactorRow},
        {u"POST /me/second-factor/totp/confirm"_s, &T::secondFactorRow},
        {u"POST /me/second-factor/recovery-codes"_s, &T::secondFactorRow},
        {u"DELETE /me/second-factor"_s, &T::secondFactorRow},
        {u"POST /session/step-up"_s, &T::secondFactorRow},
        {u"POST /session/second-factor"_s, &T::secondFactorRow},
        {u"POST /staff/{id}/second-factor/reset"_s, &T::secondFactorRow},
        {u"GET /me/second-factor/security-keys"_s, &T::securityKeyRow},
        {u"POST /me/second-factor/security-keys/challenge"_s, &T::securityKeyRow},
        {u"POST /me/second-factor/security-keys"_s, &T::securityKeyRow},
        {u"DELETE /me/second-factor/security-keys/{id}"_s, &T::securityKeyRow},
        {u"POST /session/step-up/challenge"_s, &T::securityKeyRow},
        {u"POST /registrations/{id}/presence"_s, &T::ownStay},
        {u"POST /registrations/{id}/leave"_s, &T::ownStay},
        {u"POST /registrations/{id}/removal"_s, &T::removeFromRoom},
        {u"PUT /registrations/{id}/ban"_s, &T::banAttendee},
        {u"DELETE /registrations/{id}/ban"_s, &T::unbanAttendee},
        {u"POST /seal"_s, &T::sealServer},
        {u"POST /unseal"_s, &T::unsealServing},
    };
    return table;
}

void TestAuthorizationMatrix::checkDelete(const MatrixRow &row, const QString &path)
{
    const QString before = asAdmin("GET", path).describe();
    const ApiReply reply = as(row.role, "DELETE", path);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QCOMPARE(asAdmin("GET", path).status, 404);
    else
        QCOMPARE(asAdmin("GET", path).describe(), before);
}

void TestAuthorizationMatrix::initTestCase()
{
    setUpWorld();
}

void TestAuthorizationMatrix::matrix_data()
{
    addStatusTableColumns();
    addStatusTableRows();
}

void TestAuthorizationMatrix::matrix()
{
    QFETCH(QString, endpoint);
    QFETCH(int, roleValue);
    QFETCH(int, whereValue);
    QFETCH(int, expected);
    MatrixRow row;
    row.endpoint = endpoint;
    row.role = Role(roleValue);
    row.in = Where(whereValue) != Where::Out;
    row.expected = expected;
    row.allowed = expected >= 200 && expected < 300;
    row.reason = endpoint.endsWith(" +reason"_L1);
    row.c = m_ctx[row.role];
    row.webinar = row.in ? row.c.inWebinar : row.c.outWebinar;
    row.registration = row.in ? row.c.inRegistration : row.c.outRegistration;
    row.question = row.in ? row.c.inQuestion : row.c.outQuestion;
    row.organisation = row.in ? row.c.inOrganisation : row.c.outOrganisation;
    row.user = row.in ? row.c.inUser : row.c.outUser;
    QVERIFY2(!m_token.value(row.role).isEmpty(), "no session for this role");
    if (endpoint.contains("{id}"_L1) && endpoint.contains("webinars"_L1))
        QVERIFY2(row.webinar > 0, "the demo data lacks a webinar for this case");
    const QString key = row.reason ? endpoint.chopped(int(qstrlen(" +reason"))) : endpoint;
    const Executor executor = executors().value(key);
    QVERIFY2(executor, qPrintable(u"no executor for %1"_s.arg(endpoint)));
    captureRowRequest(key, m_token.value(row.role), row.reason ? accessReason : QByteArray());
    (this->*executor)(row);
    m_capture.active = false;
    if (QTest::currentTestFailed())
        return;
    checkAuditEntry(row, key);
}

void TestAuthorizationMatrix::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestAuthorizationMatrix)
