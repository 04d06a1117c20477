#include "ApiClient.h"

#include "ApiError.h"
#include "CertificateCheck.h"
#include "ClientTls.h"
#include "ReplyDecoding.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

template<typename T> Result<T> parseAs(const Result<QJsonObject> &object, const QUrl &server)
{
    if (!object)
        return std::unexpected(object.error());
    auto parsed = T::fromJson(*object);
    if (!parsed)
        return fail(QString::fromLatin1(errc::badResponse), errc::badResponseMessage(server));
    return parsed;
}

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
    const QByteArray body = QJsonDocument(api::LoginRequest {email, password}.toJson()).toJson(QJsonDocument::Compact);
    send("POST", api::path::session, body, false, [this, done = std::move(done)](Result<QJsonObject> reply) {
        auto grant = parseAs<api::SessionGrant>(reply, m_server);
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
    send("DELETE", api::path::session, {}, true, [this, done = std::move(done)](Result<QJsonObject> reply) {
        clearSession();
        done(reply ? Status() : Status(std::unexpected(reply.error())));
    });
}

void ApiClient::fetchMe(Callback<api::UserInfo> done)
{
    send("GET", api::path::me, {}, true,
         [this, done = std::move(done)](Result<QJsonObject> reply) { done(parseAs<api::UserInfo>(reply, m_server)); });
}

void ApiClient::fetchWebinars(Callback<QList<api::WebinarSummary>> done)
{
    send("GET", api::path::webinars, {}, true, [this, done = std::move(done)](Result<QJsonObject> reply) {
        done(parseListAs<api::WebinarSummary>(reply, m_server));
    });
}

void ApiClient::fetchStaffAccounts(Callback<QList<api::StaffAccount>> done)
{
    send("GET", api::path::users, {}, true, [this, done = std::move(done)](Result<QJsonObject> reply) {
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

std::optional<CertificateProblem> ApiClient::lastCertificateProblem() const
{
    return m_lastCertificateProblem;
}

TrustStore &ApiClient::trustStore()
{
    return m_trustStore;
}

QUrl ApiClient::endpoint(const char *path) const
{
    QUrl url = m_server;
    url.setPath(QString::fromLatin1(path));
    return url;
}

QNetworkRequest ApiClient::baseRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    const auto pinned = m_trustStore.lookup(TrustStore::serverKey(url));
    request.setSslConfiguration(
        clientTlsConfiguration(pinned ? QList<QSslCertificate> {*pinned} : QList<QSslCertificate> {}));
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

void ApiClient::send(const QByteArray &verb, const char *path, const QByteArray &body, bool authorized,
                     JsonCallback done)
{
    const QUrl url = endpoint(path);
    QNetworkRequest request = authorized ? authorizedRequest(url) : baseRequest(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    const QString server = TrustStore::serverKey(url);
    auto problem = std::make_shared<std::optional<CertificateProblem>>();

    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, problem, server](const QList<QSslError> &errors) {
        *problem = classifySslErrors(errors, reply->sslConfiguration().peerCertificate(), m_trustStore, server);
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, problem, server] {
        // Emitted before any request data is written: aborting here sends nothing to a changed server.
        if (auto changed = checkPinnedCertificate(reply->sslConfiguration().peerCertificate(), m_trustStore, server)) {
            *problem = std::move(changed);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, problem, authorized, done = std::move(done)] {
        reply->deleteLater();
        finish(reply, *problem, authorized, done);
    });
}

void ApiClient::finish(QNetworkReply *reply, const std::optional<CertificateProblem> &problem, bool authorized,
                       const JsonCallback &done)
{
    if (problem) {
        m_lastCertificateProblem = problem;
        done(std::unexpected(certificateError(*problem)));
        return;
    }
    Result<QJsonObject> result = decodeReply(*reply, m_server);
    if (!result && authorized && httpStatus(*reply) == 401 && endsSession(result.error()) && !m_token.isEmpty()) {
        clearSession();
        Q_EMIT sessionEnded(result.error().message);
    }
    done(std::move(result));
}

} // namespace regiekamer::client
