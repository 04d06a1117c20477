#include "net/ApiClient.h"

#include "base/ApiError.h"
#include "net/NetLogging.h"
#include "net/ReplyDecoding.h"
#include "net/ReplyGuard.h"
#include "net/SecondFactorErrors.h"
#include "protocol/ApiPaths.h"
#include "protocol/SecondFactor.h"
#include "settings/DeviceIdentity.h"

#include <QPointer>

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
    m_challenge.clear();
    m_enrolmentRequired = false;
    // A cached connection keeps the TLS configuration it was opened with; trust may have changed since.
    m_network->clearConnectionCache();
    const QByteArray body = QJsonDocument(api::LoginRequest {email, password, deviceidentity::thisDevice()}.toJson())
                                .toJson(QJsonDocument::Compact);
    send("POST", endpoint(QString::fromLatin1(api::path::session)), body, false,
         [this, done = std::move(done)](Result<QJsonObject> reply) { onLoginReply(reply, done); });
}

void ApiClient::answerSecondFactor(const QJsonObject &answer, Callback<api::SessionGrant> done)
{
    QJsonObject body = answer;
    body.insert(u"challenge"_s, m_challenge);
    send("POST", endpoint(QString::fromLatin1(api::path::sessionSecondFactor)),
         QJsonDocument(body).toJson(QJsonDocument::Compact), false,
         [this, done = std::move(done)](Result<QJsonObject> reply) { onLoginReply(reply, done); });
}

void ApiClient::onLoginReply(const Result<QJsonObject> &reply, const Callback<api::SessionGrant> &done)
{
    const QString secondFactor = reply ? reply->value("secondFactor"_L1).toString() : QString();
    if (secondFactor == "required"_L1) {
        m_challenge = reply->value("challenge"_L1).toString();
        const auto challenge = api::SecondFactorChallenge::fromJson(*reply);
        m_challengeKeys = challenge ? challenge->credentialIds : QList<QByteArray>();
        done(fail(QString::fromLatin1(errc::secondFactorRequired),
                  tr("Type the code of your authenticator app to finish signing in.")));
        return;
    }
    auto grant = parsed<api::SessionGrant>(reply);
    if (grant) {
        m_token = grant->token;
        m_challenge.clear();
        m_enrolmentRequired = secondFactor == "enrolment_required"_L1;
    }
    done(std::move(grant));
}

bool ApiClient::enrolmentRequired() const
{
    return m_enrolmentRequired;
}

void ApiClient::setEnrolmentDone()
{
    m_enrolmentRequired = false;
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
    m_challenge.clear();
    m_enrolmentRequired = false;
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
    return start("GET", endpoint(path), {}, true, Mode::Raw, std::move(done));
}

QNetworkReply *ApiClient::download(const QString &path, const QUrlQuery &query, JsonCallback done)
{
    return start("GET", endpoint(path, query), {}, true, Mode::Raw, std::move(done));
}

void ApiClient::sendPublicJson(const QByteArray &verb, const QString &path, const QJsonObject &body, JsonCallback done)
{
    send(verb, endpoint(path), QJsonDocument(body).toJson(QJsonDocument::Compact), false, std::move(done), Mode::Once);
}

void ApiClient::fetchHealth(const QUrl &server, JsonCallback done)
{
    m_server = server;
    m_network->clearConnectionCache();
    send("GET", endpoint(QString::fromLatin1(api::path::health)), {}, false, std::move(done), Mode::Health);
}

void ApiClient::sendStepUp(const QString &path, const QJsonObject &body, JsonCallback done)
{
    send("POST", endpoint(path), QJsonDocument(body).toJson(QJsonDocument::Compact), true, std::move(done), Mode::Once);
}

void ApiClient::setStepUpHandler(StepUpHandler handler)
{
    m_stepUpHandler = std::move(handler);
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
                     JsonCallback done, Mode mode)
{
    start(verb, url, body, authorized, mode, std::move(done));
}

QNetworkReply *ApiClient::start(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool authorized,
                                Mode mode, JsonCallback done)
{
    QNetworkRequest request = authorized ? authorizedRequest(url) : baseRequest(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    const auto problem = guardReply(*reply, m_certificateCheck);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, problem, verb, url, body, authorized, mode, done = std::move(done)] {
                reply->deleteLater();
                finish(reply, *problem, authorized, mode, done, [this, verb, url, body, authorized, done] {
                    start(verb, url, body, authorized, Mode::Once, done);
                });
            });
    return reply;
}

void ApiClient::finish(QNetworkReply *reply, const std::optional<CertificateProblem> &problem, bool authorized,
                       Mode mode, const JsonCallback &done, const std::function<void()> &again)
{
    if (problem) {
        m_certificateCheck->record(*problem);
        done(std::unexpected(certificateError(*problem)));
        return;
    }
    const int status = httpStatus(*reply);
    const bool success = status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError;
    Result<QJsonObject> result = mode == Mode::Raw && success ? Result<QJsonObject>(QJsonObject())
        : mode == Mode::Health && status >= 500               ? decodeBody(*reply, m_server)
                                                              : decodeReply(*reply, m_server);
    if (!result)
        qCInfo(lcNet, "%s request failed (HTTP status %d): %s",
               reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray().constData(), status,
               qUtf8Printable(result.error().code));
    if (!result && authorized && status == 401 && endsSession(result.error()) && !m_token.isEmpty()) {
        qCInfo(lcNet, "The server ended the session (%s)", qUtf8Printable(result.error().code));
        clearSession();
        Q_EMIT sessionEnded(result.error().message);
    }
    if (askStepUp(result, status, mode, done, again))
        return;
    done(std::move(result));
}

// A request refused for want of a recent second factor: the handler asks for a code; once the server accepted it,
// the request is sent again (once). A download's reply belongs to its caller: it is told to start again instead.
bool ApiClient::askStepUp(const Result<QJsonObject> &result, int status, Mode mode, const JsonCallback &done,
                          const std::function<void()> &again)
{
    if (result || status != 403 || result.error().code != QLatin1StringView(api::errc::stepUpRequired) ||
        !m_stepUpHandler || mode == Mode::Once || mode == Mode::Health)
        return false;
    QPointer<ApiClient> self(this);
    m_stepUpHandler([self, mode, result, done, again](bool confirmed) {
        if (!self)
            return;
        if (!confirmed)
            done(result);
        else if (mode == Mode::Raw)
            done(fail(QString::fromLatin1(errc::stepUpConfirmed),
                      tr("Your second factor is confirmed for 15 minutes: start it again.")));
        else
            again();
    });
    return true;
}

} // namespace regiekamer::client
