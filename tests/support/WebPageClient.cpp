#include "WebPageClient.h"

#include "RawHttpsClient.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

QByteArray WebAnswer::header(const QByteArray &lowerCaseName) const
{
    const QList<QByteArray> values = headerValues(lowerCaseName);
    return values.isEmpty() ? QByteArray() : values.first();
}

QList<QByteArray> WebAnswer::headerValues(const QByteArray &lowerCaseName) const
{
    QList<QByteArray> values;
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            values.append(value);
    return values;
}

QString WebAnswer::csrfToken() const
{
    static const QRegularExpression field(uR"re(name="csrf" value="([^"]*)")re"_s);
    return field.match(text()).captured(1);
}

QByteArray WebAnswer::describe() const
{
    return QByteArray::number(status) + ' ' + body.left(400);
}

WebPageClient::WebPageClient(const QSslConfiguration &tls, int port)
    : m_tls(tls)
    , m_port(port)
{
}

QByteArray WebPageClient::formBody(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

WebAnswer WebPageClient::get(const QString &pathAndQuery, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return send("GET", pathAndQuery, headers, {});
}

WebAnswer WebPageClient::post(const QString &path, const QList<std::pair<QString, QString>> &fields,
                              const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    all.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/x-www-form-urlencoded"));
    return send("POST", path, all, formBody(fields));
}

WebAnswer WebPageClient::send(const QByteArray &method, const QString &pathAndQuery,
                              const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    RawHttpsClient client(m_tls, m_port);
    WebAnswer answer;
    if (!client.open())
        return answer;
    QByteArray request = method + ' ' + pathAndQuery.toUtf8() +
        " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
        "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    QByteArray cookieLine;
    for (auto it = m_cookies.cbegin(); it != m_cookies.cend(); ++it)
        cookieLine += (cookieLine.isEmpty() ? "" : "; ") + it.key() + '=' + it.value();
    if (!cookieLine.isEmpty())
        request += "Cookie: " + cookieLine + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    client.send(request + "\r\n" + body);
    QByteArray head;
    answer.status = client.readAnswer(&head, &answer.body, std::chrono::seconds(30));
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            answer.headers.append(
                {lines.at(i).first(colon).trimmed().toLower(), lines.at(i).sliced(colon + 1).trimmed()});
    }
    for (const QByteArray &setCookie : answer.headerValues("set-cookie")) {
        const QByteArray pair = setCookie.split(';').first();
        const qsizetype equals = pair.indexOf('=');
        if (setCookie.contains("Max-Age=0"))
            m_cookies.remove(pair.first(equals));
        else
            m_cookies.insert(pair.first(equals), pair.sliced(equals + 1));
    }
    return answer;
}

WebAnswer WebPageClient::signIn(const QString &email, const QString &password)
{
    const WebAnswer page = get(u"/portal/sign-in"_s);
    return post(u"/portal/sign-in"_s, {{u"csrf"_s, page.csrfToken()}, {u"email"_s, email}, {u"password"_s, password}});
}
