// The web portal's rows (docs/portal.md): every page as each role, signed in by the session cookie that carries the
// role's session token, forms posted with their CSRF token.
#include "WebPageClient.h"
#include "tst_authorization_matrix.h"

#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

ApiReply TestAuthorizationMatrix::portalRequest(const MatrixRow &row, const QByteArray &verb, const QString &path,
                                                const QList<std::pair<QString, QString>> &form)
{
    WebPageClient web(m_api.tls(), m_server.port());
    web.cookies().insert("__Host-regiekamer_session", m_token.value(row.role).toLatin1());
    WebAnswer answer;
    if (verb == "POST") {
        QList<std::pair<QString, QString>> fields {{u"csrf"_s, web.get(path).csrfToken()}};
        answer = web.post(path, fields + form);
    } else {
        answer = web.get(path);
    }
    ApiReply reply;
    reply.status = answer.status;
    reply.body = answer.body;
    reply.contentType = answer.header("content-type");
    reply.cacheControl = answer.header("cache-control");
    reply.requestId = answer.header("x-request-id");
    m_capture.taken = true;
    m_capture.reply = reply;
    m_capture.sentPath = path;
    return reply;
}

void TestAuthorizationMatrix::portalPage(const MatrixRow &row)
{
    const QString path = row.endpoint.section(u' ', 1);
    const ApiReply reply = portalRequest(row, "GET", path);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QCOMPARE(reply.cacheControl, "no-store"_ba);
    if (path.endsWith("/export"_L1))
        QCOMPARE(reply.json().value("account"_L1).toObject().value("id"_L1).toInteger(), m_ctx.value(row.role).userId);
}

void TestAuthorizationMatrix::portalProfileChange(const MatrixRow &row)
{
    const QByteArray before = as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).body;
    const qint64 version = QJsonDocument::fromJson(before).object().value("version"_L1).toInteger();
    const QString company = u"Matrix %1"_s.arg(++m_counter);
    const ApiReply reply = portalRequest(
        row, "POST", u"/portal/profile"_s,
        {{u"version"_s, QString::number(version)}, {u"fullName"_s, u"Matrix Viewer"_s}, {u"company"_s, company}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    const QJsonObject after = as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).json();
    if (row.allowed)
        QCOMPARE(after.value("company"_L1).toString(), company);
    else
        QCOMPARE(as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).body, before);
}

void TestAuthorizationMatrix::portalDeleteRefused(const MatrixRow &row)
{
    const ApiReply reply = portalRequest(row, "POST", u"/portal/delete"_s, {{u"password"_s, u"not the password"_s}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QCOMPARE(as(row.role, "GET", u"/api/v1/me"_s).status, 200);
}
