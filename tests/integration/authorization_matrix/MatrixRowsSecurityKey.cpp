// Matrix rows of the FIDO2 security keys (issue 18), written from docs/rights.md (second_factor) and docs/api.md
// "Security keys". The matrix's server runs with --mfa-roles none and nobody has a factor or a key:
// - the caller's own keys are every role's: the list (200), a registration challenge (200), a registration over a
//   challenge never issued (401 challenge_invalid), the removal of a key the account does not have (404);
// - a step-up's challenge without a key: 409 for everyone.
#include "tst_authorization_matrix.h"

#include "MatrixSpec.h"

#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace matrix {

// clang-format off
void addSecurityKeyRows()
{
    // Statuses per role: {admin, director, moderator, client_staff, viewer}.
    addCollectionRows("GET /me/second-factor/security-keys",             {200, 200, 200, 200, 200});
    addCollectionRows("POST /me/second-factor/security-keys/challenge",   {200, 200, 200, 200, 200});
    addCollectionRows("POST /me/second-factor/security-keys",             {401, 401, 401, 401, 401});
    addCollectionRows("DELETE /me/second-factor/security-keys/{id}",      {404, 404, 404, 404, 404});
    addCollectionRows("POST /session/step-up/challenge",                  {409, 409, 409, 409, 409});
}

std::optional<AuditExpectation> securityKeyAuditExpectation(const QString &endpoint)
{
    static const QMap<QString, AuditExpectation> table {
        {u"GET /me/second-factor/security-keys"_s,           {u"read"_s,                  u"second_factor"_s, false}},
        {u"POST /me/second-factor/security-keys/challenge"_s, {u"security_key_register"_s, u"second_factor"_s, false}},
        {u"POST /me/second-factor/security-keys"_s,           {u"security_key_register"_s, u"second_factor"_s, false}},
        {u"DELETE /me/second-factor/security-keys/{id}"_s,    {u"security_key_remove"_s,   u"second_factor"_s, true}},
        {u"POST /session/step-up/challenge"_s,                {u"step_up"_s,               u"session"_s,       false}},
    };
    if (!table.contains(endpoint))
        return std::nullopt;
    return table.value(endpoint);
}
// clang-format on

} // namespace matrix

// The row's request as its role, with bodies that register nothing; the account has no key afterwards.
void TestAuthorizationMatrix::securityKeyRow(const MatrixRow &row)
{
    const QByteArray verb = row.endpoint.section(u' ', 0, 0).toLatin1();
    QString path = u"/api/v1"_s + row.endpoint.section(u' ', 1);
    path.replace(u"{id}"_s, QString::number(unknownId));
    QJsonObject body;
    if (verb == "POST" && path.endsWith("/security-keys"_L1))
        body = {{"challenge"_L1, QString(43, u'A')},
                {"name"_L1, u"Sleutel"_s},
                {"format"_L1, u"packed"_s},
                {"authenticatorData"_L1, u"AAAA"_s},
                {"attestationStatement"_L1, u"oA"_s}};
    const ApiReply reply = as(row.role, verb, path, body);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QCOMPARE(as(row.role, "GET", u"/api/v1/me/second-factor"_s).json().value("securityKeys"_L1).toInt(-1), 0);
}
