#include "net/ApiClient.h"

#include "base/ApiError.h"
#include "net/NetLogging.h"
#include "net/ReplyDecoding.h"
#include "net/ReplyGuard.h"
#include "protocol/ApiPaths.h"
#include "settings/DeviceIdentity.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

template<typename T> Result<QList<T>> parseListAs(const Result<QJsonObject> &object, const QUrl &server)
{
    if (!object)
        return std::unexpected(object.error());
    auto parsed = api::listFromJson<T>(*object);
    if (!parsed)
        return fail(QString::fromLatin1(errc::badResponse), errc::badResponseMessage(server));
    return parsed;
}

bool endsSession(const Error &error)
{
    return error.code == QLatin1StringView(api::errc::sessionExpired) ||
        error.code == QLatin1StringView(api::errc::unauthenticated);
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_certificateCheck(std::make_shared<CertificateCheck>())
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void ApiClient::login(const QUrl &server, const QString &email, const QString &password,
                      Callback<api::SessionGrant> done)
{
    m_server = server;
    m_token.clear();
    // A cached connection keeps the TLS configuration it was opened with; trust may have changed since.
    m_network->clearConnectionCache();
    const QByteArray body = QJsonDocument(api::LoginRequest {email, password, deviceidentity::thisDevice()}.toJson())
                                .toJson(QJsonDocument::Compact);
    send("POST", endpoint(QString::fromLatin1(api::path::session)), body, false,
         [this, done = std::move(done)](Result<QJsonObject> reply) {
             auto grant = parsed<api::SessionGrant>(reply);
             if (grant)
                 m_token = grant->token;
             done(std::move(grant));
         });
}

void ApiClient::logout(StatusCallback done)
{
    if (m_token.isEmpty()) {
        done({});
        return;
    }
    send("DELETE", endpoint(QString::fromLatin1(api::path::session)), {}, true,
         [this, done = std::move(done)](Result<QJsonObject> reply) {
             clearSession();
             done(reply ? Status() : Status(std::unexpected(reply.error())));
         });
}

void ApiClient::fetchMe(Callback<api::UserInfo> done)
{
    send("GET", endpoint(QString::fromLatin1(api::path::me)), {}, true,
         [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::UserInfo>(reply)); });
}

void ApiClient::fetchWebinars(Callback<QList<api::WebinarSummary>> done)
{
    send("GET", endpoint(QString::fromLatin1(api::path::webinars)), {}, true,
         [this, done = std::move(done)](Result<QJsonObject> reply) {
             done(parseListAs<api::WebinarSummary>(reply, m_server));
         });
}

void ApiClient::fetchStaffAccounts(Callback<QList<api::StaffAccount>> done)
{
    send("GET", endpoint(QString::fromLatin1(api::path::users), QUrlQuery {{u"staffOnly"_s, u"true"_s}}), {}, true,
         [this, done = std::move(done)](Result<QJsonObject> reply) {
             done(parseListAs<api::StaffAccount>(reply, m_server));
         });
}

QUrl ApiClient::server() const
{
    return m_server;
}

bool ApiClient::hasSession() const
{
    return !m_token.isEmpty();
}

void ApiClient::clearSession()
{
    m_token.clear();
}

std::shared_ptr<CertificateCheck> ApiClient::certificateCheck() const
{
    return m_certificateCheck;
}

std::optional<CertificateProblem> ApiClient::lastCertificateProblem() const
{
    return m_certificateCheck->lastProblem();
}

TrustStore &ApiClient::trustStore()
{
    return m_certificateCheck->trustStore();
}

QUrl ApiClient::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString ApiClient::badResponseText() const
{
    return errc::badResponseMessage(m_server);
}

void ApiClient::sendJson(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QJsonObject &body,
                         JsonCallback done)
{
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    send(verb, endpoint(path, query), bytes, true, std::move(done));
}

QNetworkReply *ApiClient::download(const QString &path, JsonCallback done)
{
    return start("GET", endpoint(path), {}, true, true, std::move(done));
}

QNetworkReply *ApiClient::download(const QString &path, const QUrlQuery &query, JsonCallback done)
{
    return start("GET", endpoint(path, query), {}, true, true, std::move(done));
}

QNetworkRequest ApiClient::baseRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_certificateCheck->configurationFor(url));
    request.setTransferTimeout(transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Regiekamer/" REGIEKAMER_VERSION));
    return request;
}

QNetworkRequest ApiClient::authorizedRequest(const QUrl &url) const
{
    QNetworkRequest request = baseRequest(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return request;
}

void ApiClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool authorized,
                     JsonCallback done, bool raw)
{
    start(verb, url, body, authorized, raw, std::move(done));
}

QNetworkReply *ApiClient::start(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool authorized,
                                bool raw, JsonCallback done)
{
    QNetworkRequest request = authorized ? authorizedRequest(url) : baseRequest(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    const auto problem = guardReply(*reply, m_certificateCheck);
    connect(reply, &QNetworkReply::finished, this, [this, reply, problem, authorized, raw, done = std::move(done)] {
        reply->deleteLater();
        finish(reply, *problem, authorized, raw, done);
    });
    return reply;
}

void ApiClient::finish(QNetworkReply *reply, const std::optional<CertificateProblem> &problem, bool authorized,
                       bool raw, const JsonCallback &done)
{
    if (problem) {
        m_certificateCheck->record(*problem);
        done(std::unexpected(certificateError(*problem)));
        return;
    }
    const int status = httpStatus(*reply);
    const bool rawSuccess = raw && status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError;
    Result<QJsonObject> result = rawSuccess ? Result<QJsonObject>(QJsonObject()) : decodeReply(*reply, m_server);
    if (!result)
        qCInfo(lcNet, "%s request failed (HTTP status %d): %s",
               reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray().constData(), status,
               qUtf8Printable(result.error().code));
    if (!result && authorized && status == 401 && endsSession(result.error()) && !m_token.isEmpty()) {
        qCInfo(lcNet, "The server ended the session (%s)", qUtf8Printable(result.error().code));
        clearSession();
        Q_EMIT sessionEnded(result.error().message);
    }
    done(std::move(result));
}

} // namespace regiekamer::client
