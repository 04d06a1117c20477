#include "ApiRequests.h"

#include "ServerProcess.h"
#include "crypto/TlsPolicy.h"
#include "protocol/ApiPaths.h"
#include "protocol/Session.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTimer>

using namespace Qt::StringLiterals;

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray ApiReply::items() const
{
    return json().value("items"_L1).toArray();
}

qsizetype ApiReply::total() const
{
    return qsizetype(json().value("total"_L1).toInteger(-1));
}

QString ApiReply::errorCode() const
{
    return json().value("error"_L1).toString();
}

QString ApiReply::describe() const
{
    return u"%1 %2"_s.arg(status).arg(QString::fromUtf8(body.left(400)));
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool ApiRequests::connectTo(const ServerProcess &server)
{
    m_server = &server;
    const auto certificates = QSslCertificate::fromPath(server.dataDir() + u"/server-certificate.pem"_s);
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(certificates);
    regiekamer::tls::applyModernPolicy(m_tls);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return certificates.size() == 1;
}

QUrl ApiRequests::url(const QString &path, const ApiParams &params) const
{
    QUrl target = m_server ? m_server->baseUrl() : QUrl();
    target.setPath(path);
    QStringList query;
    for (const auto &[key, value] : params)
        query += key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (!query.isEmpty())
        target.setQuery(query.join(u'&'));
    return target;
}

QUrl ApiRequests::urlWithQuery(const QString &pathAndQuery) const
{
    QUrl target = m_server ? m_server->baseUrl() : QUrl();
    const qsizetype question = pathAndQuery.indexOf(u'?');
    target.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question));
    if (question >= 0)
        target.setQuery(pathAndQuery.mid(question + 1));
    return target;
}

QUrl ApiRequests::webSocketUrl(const QString &path) const
{
    QUrl target = url(path);
    target.setScheme(u"wss"_s);
    return target;
}

QNetworkRequest ApiRequests::request(const QUrl &target, const QString &token) const
{
    QNetworkRequest request(target);
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}

ApiReply ApiRequests::send(const QByteArray &verb, const QUrl &target, const QString &token, const QByteArray &body,
                           const ApiHeaders &headers)
{
    QNetworkRequest request = this->request(target, token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(m_timeoutMs);
        loop.exec();
        if (!reply->isFinished())
            qWarning("%s %s timed out", verb.constData(), qPrintable(target.toString()));
    }
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.contentType = reply->rawHeader("Content-Type");
    result.contentDisposition = reply->rawHeader("Content-Disposition");
    result.cacheControl = reply->rawHeader("Cache-Control");
    result.retryAfter = reply->rawHeader("Retry-After");
    result.requestId = reply->rawHeader("X-Request-Id");
    if (result.error != QNetworkReply::NoError && result.status == 0)
        qWarning("%s %s: %s", verb.constData(), qPrintable(target.toString()), qPrintable(reply->errorString()));
    reply->abort();
    reply->deleteLater();
    return result;
}

ApiReply ApiRequests::sendJson(const QByteArray &verb, const QUrl &target, const QString &token,
                               const QJsonObject &body, const ApiHeaders &headers)
{
    return send(verb, target, token, compactJson(body), headers);
}

QString ApiRequests::login(const QString &email, const QString &password, qint64 *userId)
{
    const ApiReply reply = sendJson("POST", url(QString::fromLatin1(regiekamer::api::path::session)), {},
                                    regiekamer::api::LoginRequest {email, password, std::nullopt}.toJson());
    if (reply.status != 200)
        qWarning("login %s: %s", qPrintable(email), qPrintable(reply.describe()));
    if (userId)
        *userId = reply.json().value("user"_L1).toObject().value("id"_L1).toInteger();
    return reply.json().value("token"_L1).toString();
}
