#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <utility>

class ServerProcess;

// One answer of the server's HTTPS API, as the tests look at it.
struct ApiReply
{
    int status = 0; // 0 when no HTTP answer came (see error)
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray contentDisposition;
    QByteArray cacheControl;
    QByteArray retryAfter;
    QByteArray requestId; // X-Request-Id: the access log entry of this request

    QJsonObject json() const;
    QJsonArray items() const; // the "items" of a list answer
    qsizetype total() const; // the "total" of a list answer, -1 without one
    QString errorCode() const; // the "error" of an error answer
    QString describe() const; // status and the start of the body, for failure messages
};

// Query parameters, percent-encoded by ApiRequests::url().
using ApiParams = QList<std::pair<QString, QString>>;
// Extra request headers, e.g. {"X-Access-Reason", "..."}.
using ApiHeaders = QList<std::pair<QByteArray, QByteArray>>;

QByteArray compactJson(const QJsonObject &object);

// Synchronous requests to a test server over TLS 1.3, trusting exactly that server's own certificate (pinned as
// the only CA), HTTP/1.1, with an optional bearer token. One instance per test; not thread-safe.
class ApiRequests
{
public:
    // Sends to server.baseUrl() (read on every request, so a restart on another port is followed) and trusts
    // DATA_DIR/server-certificate.pem. False when that file does not hold exactly one certificate. The server must
    // outlive this object or be replaced by another connectTo().
    bool connectTo(const ServerProcess &server);

    QSslConfiguration tls() const { return m_tls; }
    QUrl url(const QString &path, const ApiParams &params = {}) const;
    // "/path?query" with the query taken as written (tests of odd query strings).
    QUrl urlWithQuery(const QString &pathAndQuery) const;
    // The same URL with the wss scheme, for the event stream.
    QUrl webSocketUrl(const QString &path) const;
    QNetworkRequest request(const QUrl &target, const QString &token = {}) const;

    ApiReply send(const QByteArray &verb, const QUrl &target, const QString &token = {}, const QByteArray &body = {},
                  const ApiHeaders &headers = {});
    ApiReply sendJson(const QByteArray &verb, const QUrl &target, const QString &token, const QJsonObject &body,
                      const ApiHeaders &headers = {});
    // POST /api/v1/session; the session token, or an empty string (with a warning) when the login failed.
    QString login(const QString &email, const QString &password, qint64 *userId = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    const ServerProcess *m_server = nullptr;
    int m_timeoutMs = 20000;
};
