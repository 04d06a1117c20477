// Matrix rows of the sealed server's endpoints on a serving server (issue 18, docs/rights.md "seal"; docs/api.md
// "Sealed server"): POST /seal is the admin's alone (action change on the resource seal); every other role has no
// scope on it (403 on the collection). The matrix's server runs in development mode, which has no shares to unseal
// with, so even the admin's seal is refused (409 not_sealable) and the server keeps serving for the other rows.
// POST /unseal needs no session (the share is the credential): on a serving server every caller gets 409
// not_sealed, logged without an actor. Sealing for real, and everything while sealed, is tst_sealed_server.
#include "tst_authorization_matrix.h"

#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace matrix {

// clang-format off
void addSealRows()
{
    addCollectionRows("POST /seal",                                  {409, 403, 403, 403, 403});
    addCollectionRows("POST /unseal",                                {409, 409, 409, 409, 409});
}

std::optional<AuditExpectation> sealAuditExpectation(const QString &endpoint)
{
    static const QMap<QString, AuditExpectation> table {
        {u"POST /seal"_s,                              {u"seal"_s,           u"seal"_s,          false}},
        {u"POST /unseal"_s,                            {u"unseal"_s,         u"seal"_s,          false, true}},
    };
    return table.contains(endpoint) ? std::optional(table.value(endpoint)) : std::nullopt;
}
// clang-format on

} // namespace matrix

void TestAuthorizationMatrix::sealServer(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "POST", u"/api/v1/seal"_s);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    const QString code = reply.errorCode();
    QVERIFY2(code == (row.role == Role::Admin ? "not_sealable"_L1 : "forbidden"_L1), qPrintable(reply.describe()));
    // Still serving: the refused seal changed nothing.
    QCOMPARE(asAdmin("GET", u"/api/v1/health"_s).status, 200);
}

void TestAuthorizationMatrix::unsealServing(const MatrixRow &row)
{
    // A well-formed share of no set of this server's: refused before it is looked at, as the server is not sealed.
    const QJsonObject body {{"shareSet"_L1, u"00000000-0000-4000-8000-000000000000"_s},
                            {"index"_L1, 1},
                            {"share"_L1, QString::fromLatin1(QByteArray(33, '\x01').toBase64())}};
    const ApiReply reply = as(row.role, "POST", u"/api/v1/unseal"_s, body);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QCOMPARE(reply.errorCode(), u"not_sealed"_s);
    QCOMPARE(asAdmin("GET", u"/api/v1/health"_s).status, 200);
}
