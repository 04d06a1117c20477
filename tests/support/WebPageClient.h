#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSslConfiguration>
#include <QString>

#include <utility>

// One answer of a web page, as the tests look at it: status, every header (names in lower case, in order, Set-Cookie
// repeated), body.
struct WebAnswer
{
    int status = 0; // 0: no answer
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const; // the first, or empty
    QList<QByteArray> headerValues(const QByteArray &lowerCaseName) const;
    QString text() const { return QString::fromUtf8(body); }
    // The value of the hidden CSRF field of the page's first form (server/web/Csrf.h), or empty.
    QString csrfToken() const;
    QByteArray describe() const; // status and the start of the body, for failure messages
};

// A browser without a browser: raw HTTP/1.1 requests over TLS (RawHttpsClient, one connection per request) to the
// web pages of a test server, with a cookie jar that keeps exactly what the server set (name=value; Max-Age=0
// removes). Forms are posted application/x-www-form-urlencoded.
class WebPageClient
{
public:
    WebPageClient(const QSslConfiguration &tls, int port);

    WebAnswer get(const QString &pathAndQuery, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    WebAnswer post(const QString &path, const QList<std::pair<QString, QString>> &fields,
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // Sends the request as given (method, path, extra headers, body) with the jar's cookies.
    WebAnswer send(const QByteArray &method, const QString &pathAndQuery,
                   const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body);

    QMap<QByteArray, QByteArray> &cookies() { return m_cookies; }
    // GET the sign-in page, then POST the form with its CSRF token; the answer of the POST (303 on success).
    WebAnswer signIn(const QString &email, const QString &password);

    static QByteArray formBody(const QList<std::pair<QString, QString>> &fields);

private:
    QSslConfiguration m_tls;
    int m_port;
    QMap<QByteArray, QByteArray> m_cookies;
};
