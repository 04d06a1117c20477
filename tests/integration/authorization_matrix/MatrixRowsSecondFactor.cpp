// Matrix rows of the second factor (issue 18), written from docs/rights.md (second_factor) and docs/api.md "Second
// factor". The matrix's server runs with --mfa-roles none and nobody has a factor, so no route asks for a step-up:
// - the caller's own factor (GET, enrolment, new codes, removal) is every role's: 200, or 409 where there is no
//   factor to act on, 400 for a confirmation without a code; the removal takes away the enrolment the rows before
//   began (204); POST /session/step-up without a factor: 409;
// - the sign-in's second step with a challenge never issued: 401 for everyone (no session needed);
// - POST /staff/{id}/second-factor/reset: admin only (in scope = the role's own account: admin 204, others 403;
//   out of scope = another account or an unknown one: 404).
#include "tst_authorization_matrix.h"

#include "MatrixSpec.h"

#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace matrix {

// clang-format off
void addSecondFactorRows()
{
    // Statuses per role: {admin, director, moderator, client_staff, viewer}; addRows: in scope, then out.
    addCollectionRows("GET /me/second-factor",                       {200, 200, 200, 200, 200});
    addCollectionRows("POST /me/second-factor/totp",                 {200, 200, 200, 200, 200});
    addCollectionRows("POST /me/second-factor/totp/confirm",         {400, 400, 400, 400, 400});
    addCollectionRows("POST /me/second-factor/recovery-codes",       {409, 409, 409, 409, 409});
    addCollectionRows("DELETE /me/second-factor",                    {204, 204, 204, 204, 204}); // the pending one
    addCollectionRows("POST /session/step-up",                       {409, 409, 409, 409, 409});
    addCollectionRows("POST /session/second-factor",                 {401, 401, 401, 401, 401});
    addRows(          "POST /staff/{id}/second-factor/reset",        {204, 403, 403, 403, 403}, {404, 404, 404, 404, 404});
}

std::optional<AuditExpectation> secondFactorAuditExpectation(const QString &endpoint)
{
    static const QMap<QString, AuditExpectation> table {
        {u"GET /me/second-factor"_s,                 {u"read"_s,                u"second_factor"_s, false}},
        {u"POST /me/second-factor/totp"_s,           {u"second_factor_enrol"_s, u"second_factor"_s, false}},
        {u"POST /me/second-factor/totp/confirm"_s,   {u"second_factor_enrol"_s, u"second_factor"_s, false}},
        {u"POST /me/second-factor/recovery-codes"_s, {u"second_factor_enrol"_s, u"second_factor"_s, false}},
        {u"DELETE /me/second-factor"_s,              {u"second_factor_reset"_s, u"second_factor"_s, false}},
        {u"POST /session/step-up"_s,                 {u"step_up"_s,             u"session"_s,       false}},
        {u"POST /session/second-factor"_s,           {u"login"_s,               u"session"_s,       false, true}},
        // The account is the entry's data subject (path id 0), there is no object id.
        {u"POST /staff/{id}/second-factor/reset"_s,  {u"second_factor_reset"_s, u"second_factor"_s, false}},
    };
    if (!table.contains(endpoint))
        return std::nullopt;
    return table.value(endpoint);
}
// clang-format on

} // namespace matrix

// The row's request as its role: the own account (in scope) or another one (out), bodies that act on nothing.
void TestAuthorizationMatrix::secondFactorRow(const MatrixRow &row)
{
    const QByteArray verb = row.endpoint.section(u' ', 0, 0).toLatin1();
    QString path = u"/api/v1"_s + row.endpoint.section(u' ', 1);
    const qint64 other = row.role == Role::Admin ? unknownId : m_ctx.value(Role::Admin).userId;
    path.replace(u"{id}"_s, QString::number(row.in ? m_ctx.value(row.role).userId : other));
    QJsonObject body;
    if (path.endsWith("/step-up"_L1))
        body = {{"code"_L1, u"123456"_s}};
    else if (path.endsWith("/session/second-factor"_L1))
        body = {{"challenge"_L1, QString(43, u'A')}, {"code"_L1, u"123456"_s}};
    const ApiReply reply = as(row.role, verb, path, body);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    // Nothing became active: the own factor is still off.
    QCOMPARE(as(row.role, "GET", u"/api/v1/me/second-factor"_s).json().value("totp"_L1).toBool(true), false);
}
