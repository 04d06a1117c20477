#pragma once

#include "CertificateProblem.h"
#include "Protocol.h"
#include "Result.h"
#include "TrustStore.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>
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

    static constexpr int transferTimeoutMs = 15000;

    explicit ApiClient(QObject *parent = nullptr);

    void login(const QUrl &server, const QString &email, const QString &password, Callback<api::SessionGrant> done);
    void logout(StatusCallback done);
    void fetchMe(Callback<api::UserInfo> done);
    void fetchWebinars(Callback<QList<api::WebinarSummary>> done);
    void fetchStaffAccounts(Callback<QList<api::StaffAccount>> done);

    QUrl server() const;
    bool hasSession() const;
    void clearSession();
    // A request to path on the current server with the bearer token and the client TLS configuration.
    QNetworkRequest authorizedRequest(const QUrl &url) const;
    // The certificate problem of the most recent call that failed on one (kept until the next such failure).
    std::optional<CertificateProblem> lastCertificateProblem() const;
    TrustStore &trustStore();

Q_SIGNALS:
    // The server no longer accepts the session (expired, revoked, unknown). The message is translated.
    void sessionEnded(const QString &message);

private:
    using JsonCallback = std::function<void(Result<QJsonObject>)>;
    void send(const QByteArray &verb, const char *path, const QByteArray &body, bool authorized, JsonCallback done);
    QNetworkRequest baseRequest(const QUrl &url) const;
    void finish(QNetworkReply *reply, const std::optional<CertificateProblem> &problem, bool authorized,
                const JsonCallback &done);
    QUrl endpoint(const char *path) const;

    QNetworkAccessManager *m_network;
    TrustStore m_trustStore;
    QUrl m_server;
    QString m_token;
    std::optional<CertificateProblem> m_lastCertificateProblem;
};

} // namespace regiekamer::client
