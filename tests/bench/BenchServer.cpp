#include "BenchServer.h"

#include "crypto/TlsPolicy.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTcpServer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace regiekamer::bench {

using namespace Qt::StringLiterals;

void die(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(QFileInfo(QCoreApplication::applicationFilePath()).fileName()),
                 qUtf8Printable(message));
    std::exit(1);
}

QString demoAccount(const QString &dataDir, const QString &role, QString *password)
{
    QFile file(QDir(dataDir).filePath(u"demo-accounts.txt"_s));
    if (!file.open(QIODevice::ReadOnly))
        die(u"no demo-accounts.txt in "_s + dataDir);
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u' ', Qt::SkipEmptyParts);
        if (fields.size() == 3 && fields.at(0) == role) {
            *password = fields.at(2);
            return fields.at(1);
        }
    }
    die(u"no demo account for role "_s + role);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(p * values.size())));
}

QSslConfiguration loopbackTls(const QString &dataDir)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(QDir(dataDir).filePath(u"server-certificate.pem"_s)));
    tls::applyModernPolicy(tls);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

void addServerOptions(QCommandLineParser &parser)
{
    parser.addOption({u"server"_s, u"regiekamer-server executable"_s, u"BIN"_s});
    parser.addOption({u"data-dir"_s, u"data directory (created with --demo when empty)"_s, u"DIR"_s});
    parser.addOption({u"port"_s, u"loopback port (default: a free one)"_s, u"PORT"_s});
}

ServerOptions serverOptions(const QCommandLineParser &parser)
{
    ServerOptions options {parser.value(u"server"_s), parser.value(u"data-dir"_s), 0};
    if (options.dataDir.isEmpty() || options.binary.isEmpty())
        die(u"needs --server and --data-dir"_s);
    options.port = parser.isSet(u"port"_s) ? parser.value(u"port"_s).toInt() : freePort();
    return options;
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

Server::Server(QString binary, QString dataDir, int port)
    : m_binary(std::move(binary))
    , m_dataDir(std::move(dataDir))
    , m_port(port)
{
}

Server::~Server()
{
    stop();
}

// The server's output goes to DATA_DIR.log, never into a pipe: a tool busy measuring does not read a pipe, and a
// server whose log fills it stops in the middle of a request.
void Server::start(const QStringList &extra)
{
    const QString logPath = m_dataDir + u".log"_s;
    QFile::remove(logPath);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(logPath);
    // Password-only sign-ins unless a bench measures the second factor (it passes --mfa-roles itself).
    const QStringList policy =
        extra.contains(u"--mfa-roles"_s) ? QStringList() : QStringList {u"--mfa-roles"_s, u"none"_s};
    m_process.start(m_binary,
                    QStringList {u"--data-dir"_s, m_dataDir, u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)} + extra +
                        policy);
    if (!m_process.waitForStarted(10000))
        die(u"cannot start "_s + m_binary);
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000 && m_process.state() == QProcess::Running) {
        m_process.waitForFinished(200);
        QFile log(logPath);
        output = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
        if (output.contains("listening on https://"))
            return;
    }
    die(u"the server did not come up:\n"_s + QString::fromUtf8(output));
}

void Server::stop()
{
    if (m_process.state() != QProcess::Running)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

void Server::createDemoDataOnce()
{
    if (QFile::exists(QDir(m_dataDir).filePath(server::Database::fileName)))
        return;
    start({u"--demo"_s});
    stop();
}

QByteArray Client::request(QNetworkAccessManager &network, const QString &path, const QUrlQuery &query, double *ms,
                           const QByteArray &verb, const QByteArray &body)
{
    QUrl url = base;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray data = reply->readAll();
    if (ms)
        *ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 201)
        die(u"%1 %2: %3 %4 %5"_s.arg(QString::fromLatin1(verb), url.toString())
                .arg(status)
                .arg(reply->errorString(), QString::fromUtf8(data.left(300))));
    reply->deleteLater();
    return data;
}

Client signIn(QNetworkAccessManager &network, const QString &dataDir, int port, const QString &role)
{
    Client client;
    const auto certificates = QSslCertificate::fromPath(QDir(dataDir).filePath(u"server-certificate.pem"_s));
    if (certificates.size() != 1)
        die(u"no server-certificate.pem in "_s + dataDir);
    client.tls = QSslConfiguration::defaultConfiguration();
    client.tls.setCaCertificates(certificates);
    tls::applyModernPolicy(client.tls);
    client.base = QUrl(u"https://127.0.0.1:%1"_s.arg(port));
    QString password;
    const QString email = demoAccount(dataDir, role, &password);
    const QByteArray body =
        QJsonDocument(QJsonObject {{"email"_L1, email}, {"password"_L1, password}}).toJson(QJsonDocument::Compact);
    const QByteArray answer = client.request(network, u"/api/v1/session"_s, {}, nullptr, "POST", body);
    client.token = QJsonDocument::fromJson(answer).object().value("token"_L1).toString();
    if (client.token.isEmpty())
        die(u"sign-in as "_s + role + u" failed"_s);
    return client;
}

} // namespace regiekamer::bench
