// regiekamer-bench-domain: the attendee list of one webinar with 100,000 registrations, over TLS 1.3.
//
//   regiekamer-bench-domain --server BIN --data-dir DIR [--port P] [--count N] [--role director]
//
// 1. If DIR has no database, starts BIN --demo once to create it (schema, demo accounts), then stops it.
// 2. With the server stopped, opens DIR/regiekamer.sqlite with the server's Database, KeyStore (DIR/master.key) and
//    RegistrationRepository and adds one live webinar of the first organisation with N registrations, sealed as the
//    server stores them (one transaction), assigned to the demo director and moderator.
// 3. Starts the server again, signs in as --role (demo account) and measures, printing one line per figure:
//    the first page (limit=100) on a kept-alive connection (50 requests: median, p99) and on a fresh connection;
//    paging through all N with limit=500 (seconds, rows/s); a search on the full set.
#include "BenchSeeding.h"
#include "BenchServer.h"
#include "crypto/TlsPolicy.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"
#include "storage/RegistrationRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

using regiekamer::bench::demoAccount;
using regiekamer::bench::die;
using regiekamer::bench::freePort;
using regiekamer::bench::Server;

using regiekamer::bench::Client;

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCA::Initializer crypto; // the sealing of the seeded registrations
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"server"_s, u"regiekamer-server executable"_s, u"BIN"_s});
    parser.addOption({u"data-dir"_s, u"data directory (created with --demo when empty)"_s, u"DIR"_s});
    parser.addOption({u"port"_s, u"loopback port (default: a free one)"_s, u"PORT"_s});
    parser.addOption({u"count"_s, u"registrations to seed (default 100000)"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"role"_s, u"demo account that reads the list (default director)"_s, u"ROLE"_s, u"director"_s});
    parser.addOption({u"search"_s, u"search text (default Jansen)"_s, u"TEXT"_s, u"Jansen"_s});
    parser.process(app);
    const QString dataDir = parser.value(u"data-dir"_s), binary = parser.value(u"server"_s);
    if (dataDir.isEmpty() || binary.isEmpty())
        die(u"needs --server and --data-dir"_s);
    const int port = parser.isSet(u"port"_s) ? parser.value(u"port"_s).toInt() : freePort();
    const int count = parser.value(u"count"_s).toInt();

    Server server(binary, dataDir, port);
    if (!QFile::exists(QDir(dataDir).filePath(regiekamer::server::Database::fileName))) {
        server.start({u"--demo"_s});
        server.stop();
    }
    const qint64 webinarId = regiekamer::bench::seedRegistrations(dataDir, count);
    server.start();

    Client client;
    const auto certificates = QSslCertificate::fromPath(QDir(dataDir).filePath(u"server-certificate.pem"_s));
    if (certificates.size() != 1)
        die(u"no server-certificate.pem in "_s + dataDir);
    client.tls = QSslConfiguration::defaultConfiguration();
    client.tls.setCaCertificates(certificates);
    regiekamer::tls::applyModernPolicy(client.tls);
    client.tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    client.base = QUrl(u"https://127.0.0.1:%1"_s.arg(port));
    QString password;
    const QString email = demoAccount(dataDir, parser.value(u"role"_s), &password);
    QNetworkAccessManager network;
    const QByteArray login = client.request(
        network, u"/api/v1/session"_s, {}, nullptr, "POST",
        QJsonDocument(QJsonObject {{"email"_L1, email}, {"password"_L1, password}}).toJson(QJsonDocument::Compact));
    client.token = QJsonDocument::fromJson(login).object().value("token"_L1).toString();
    const QString path = u"/api/v1/webinars/%1/registrations"_s.arg(webinarId);
    std::printf("webinar %lld, %d registrations, read as %s over TLS 1.3 (HTTP/1.1)\n",
                static_cast<long long>(webinarId), count, qPrintable(parser.value(u"role"_s)));

    // First page, kept-alive connection (one warm-up request, then 50 measured).
    const QUrlQuery firstPage(u"limit=100"_s);
    double ms = 0;
    const QByteArray page = client.request(network, path, firstPage, &ms);
    const qint64 total = QJsonDocument::fromJson(page).object().value("total"_L1).toInteger();
    if (total != count)
        die(u"total %1, expected %2"_s.arg(total).arg(count));
    QList<double> times;
    for (int i = 0; i < 50; ++i) {
        client.request(network, path, firstPage, &ms);
        times += ms;
    }
    std::printf("first-page-ms (limit=100, kept-alive, 50 requests) median=%.1f p99=%.1f bytes=%lld\n",
                percentile(times, 0.5), percentile(times, 0.99), static_cast<long long>(page.size()));
    {
        QNetworkAccessManager fresh;
        client.request(fresh, path, firstPage, &ms);
        std::printf("first-page-ms (limit=100, fresh connection incl. TLS 1.3 handshake) %.1f\n", ms);
    }

    // Every page of 500.
    QElapsedTimer all;
    all.start();
    qint64 rows = 0;
    QList<double> pageTimes;
    for (qint64 offset = 0; offset < total; offset += 500) {
        const QByteArray data = client.request(network, path, QUrlQuery(u"limit=500&offset=%1"_s.arg(offset)), &ms);
        rows += QJsonDocument::fromJson(data).object().value("items"_L1).toArray().size();
        pageTimes += ms;
    }
    const double seconds = static_cast<double>(all.nsecsElapsed()) / 1e9;
    if (rows != total)
        die(u"paged %1 rows of %2"_s.arg(rows).arg(total));
    std::printf("page-through-all (limit=500, %lld pages) %.2f s, %.0f rows/s, page-ms median=%.1f last=%.1f\n",
                static_cast<long long>(pageTimes.size()), seconds, static_cast<double>(rows) / seconds,
                percentile(pageTimes, 0.5), pageTimes.last());

    // A search on the full set (substring of the readable fields), 5 times.
    QList<double> searchTimes;
    qint64 found = 0;
    for (int i = 0; i < 5; ++i) {
        QUrlQuery query;
        query.addQueryItem(u"search"_s, parser.value(u"search"_s));
        query.addQueryItem(u"limit"_s, u"100"_s);
        const QByteArray data = client.request(network, path, query, &ms);
        found = QJsonDocument::fromJson(data).object().value("total"_L1).toInteger();
        searchTimes += ms;
    }
    std::printf("search-ms (\"%s\", %lld matches, limit=100, 5 requests) median=%.1f max=%.1f\n",
                qPrintable(parser.value(u"search"_s)), static_cast<long long>(found), percentile(searchTimes, 0.5),
                percentile(searchTimes, 1.0));
    // The last page by name (deep OFFSET).
    times.clear();
    for (int i = 0; i < 5; ++i) {
        client.request(network, path, QUrlQuery(u"limit=100&offset=%1"_s.arg(total - 100)), &ms);
        times += ms;
    }
    std::printf("last-page-ms (limit=100, offset=%lld, 5 requests) median=%.1f\n", static_cast<long long>(total - 100),
                percentile(times, 0.5));
    server.stop();
    return 0;
}
