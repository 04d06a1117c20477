#pragma once

#include "base/Result.h"
#include "net/CertificateCheck.h"
#include "net/CertificateProblem.h"
#include "net/TrustStore.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditEntry.h"
#include "protocol/Lists.h"
#include "protocol/Session.h"
#include "protocol/StaffAccount.h"
#include "protocol/Webinar.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace regiekamer::client {

// The HTTPS API of one Regiekamer server. Every call delivers a Result through its callback (run on the
// client's thread, never when the client is gone). The bearer token lives only in memory.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;
    using StatusCallback = std::function<void(Status)>;
    using JsonCallback = std::function<void(Result<QJsonObject>)>;

    static constexpr int transferTimeoutMs = 15000;

    explicit ApiClient(QObject *parent = nullptr);

    // Asks for a second factor (a code) for a request the server answered 403 step_up_required; confirmed(true)
    // once the server accepted one (the request is then sent again, once), confirmed(false) when the person gave up.
    using StepUpHandler = std::function<void(std::function<void(bool confirmed)> confirmed)>;

    // Signs in as this installation's device (deviceidentity::thisDevice()). An account with a second factor gets
    // the error second_factor_required instead of a grant: answerSecondFactor then completes the sign-in.
    void login(const QUrl &server, const QString &email, const QString &password, Callback<api::SessionGrant> done);
    // The security keys the last login's challenge named (empty: the account has none), and the challenge itself.
    const QList<QByteArray> &challengeSecurityKeys() const { return m_challengeKeys; }
    const QString &secondFactorChallenge() const { return m_challenge; }
    // The sign-in's second step for the challenge of the last login: {"code":..} or {"recoveryCode":..}.
    void answerSecondFactor(const QJsonObject &answer, Callback<api::SessionGrant> done);
    // The session was granted only for enrolling a second factor (docs/api.md "Second factor").
    bool enrolmentRequired() const;
    void setEnrolmentDone();
    void logout(StatusCallback done);
    void fetchMe(Callback<api::UserInfo> done);
    void fetchWebinars(Callback<QList<api::WebinarSummary>> done);
    void fetchStaffAccounts(Callback<QList<api::StaffAccount>> done);

    // One page of a list endpoint (docs/api.md "Paging"), path already expanded. The domain endpoints are
    // DomainClient's.
    template<typename T>
    void fetchPage(const QString &path, QUrlQuery query, qint64 offset, qint64 limit, Callback<api::Page<T>> done);
    // A raw (non-JSON) GET, e.g. the CSV export: the caller reads the reply's data as it arrives; done runs once
    // it finished, with {} on 2xx (the body is left to the caller) or the translated error.
    QNetworkReply *download(const QString &path, JsonCallback done);
    QNetworkReply *download(const QString &path, const QUrlQuery &query, JsonCallback done);
    // Any JSON call: verb, path (already expanded), query and body (empty: none).
    void sendJson(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QJsonObject &body,
                  JsonCallback done);
    // A JSON call without the session (e.g. unsealing: the share is the credential).
    void sendPublicJson(const QByteArray &verb, const QString &path, const QJsonObject &body, JsonCallback done);
    // GET /api/v1/health: the answer's object also when the server answers 503 with a JSON body (sealed).
    void fetchHealth(const QUrl &server, JsonCallback done);
    // The step-up itself (never asks for a step-up).
    void sendStepUp(const QString &path, const QJsonObject &body, JsonCallback done);
    void setStepUpHandler(StepUpHandler handler);
    // A JSON answer as T, or the translated bad_response error.
    template<typename T> Result<T> parsed(const Result<QJsonObject> &object) const;

    QUrl server() const;
    bool hasSession() const;
    void clearSession();
    // A request to path on the current server with the bearer token and the client TLS configuration.
    QNetworkRequest authorizedRequest(const QUrl &url) const;
    // The certificate check of every connection to the server: these requests and the event stream (shared with
    // EventStream, so a refusal of either is the one lastCertificateProblem() reports).
    std::shared_ptr<CertificateCheck> certificateCheck() const;
    // The certificate problem of the most recent connection refused for one (kept until the next such refusal).
    std::optional<CertificateProblem> lastCertificateProblem() const;
    TrustStore &trustStore();

Q_SIGNALS:
    // The server no longer accepts the session (expired, revoked, unknown). The message is translated.
    void sessionEnded(const QString &message);

private:
    // Json: a JSON answer; Raw: the body is the caller's; Health: a 5xx JSON body is the answer too; Once: a JSON
    // answer, no step-up asked (the step-up itself, or a request sent again after one).
    enum class Mode { Json, Raw, Health, Once };
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool authorized, JsonCallback done,
              Mode mode = Mode::Json);
    QNetworkReply *start(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool authorized, Mode mode,
                         JsonCallback done);
    QNetworkRequest baseRequest(const QUrl &url) const;
    void finish(QNetworkReply *reply, const std::optional<CertificateProblem> &problem, bool authorized, Mode mode,
                const JsonCallback &done, const std::function<void()> &again);
    bool askStepUp(const Result<QJsonObject> &result, int status, Mode mode, const JsonCallback &done,
                   const std::function<void()> &again);
    void onLoginReply(const Result<QJsonObject> &reply, const Callback<api::SessionGrant> &done);
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    QString badResponseText() const;

    QNetworkAccessManager *m_network;
    std::shared_ptr<CertificateCheck> m_certificateCheck;
    QUrl m_server;
    QString m_token;
    QString m_challenge; // the second factor's challenge of the last login, until answered
    QList<QByteArray> m_challengeKeys;
    bool m_enrolmentRequired = false;
    StepUpHandler m_stepUpHandler;
};

template<typename T> Result<T> ApiClient::parsed(const Result<QJsonObject> &object) const
{
    if (!object)
        return std::unexpected(object.error());
    auto value = T::fromJson(*object);
    if (!value)
        return fail(QStringLiteral("bad_response"), badResponseText());
    return value;
}

template<typename T>
void ApiClient::fetchPage(const QString &path, QUrlQuery query, qint64 offset, qint64 limit,
                          Callback<api::Page<T>> done)
{
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    sendJson("GET", path, query, {}, [this, done = std::move(done)](Result<QJsonObject> reply) {
        if (!reply) {
            done(std::unexpected(reply.error()));
            return;
        }
        auto page = api::pageFromJson<T>(*reply);
        if (!page)
            done(fail(QStringLiteral("bad_response"), badResponseText()));
        else
            done(std::move(page));
    });
}

} // namespace regiekamer::client
