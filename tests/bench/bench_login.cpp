// Sign-in round trip (fresh TLS 1.3 connection + Argon2id on the server) against the Argon2id verification
// alone, both measured in this process. Usage:
//   regiekamer-bench-login --url https://127.0.0.1:PORT --ca CERT.pem --email E --count N  (password on stdin)
#include "auth/PasswordHasher.h"
#include "crypto/TlsPolicy.h"
#include "protocol/ApiPaths.h"
#include "protocol/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {

struct Summary
{
    double median = 0;
    double p99 = 0;
};

Summary summarise(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    const auto at = [&samples](double quantile) {
        const auto index = static_cast<qsizetype>(quantile * static_cast<double>(samples.size() - 1) + 0.5);
        return samples.at(std::min(index, samples.size() - 1));
    };
    return {at(0.5), at(0.99)};
}

// One sign-in over a new connection; returns milliseconds, or a negative value on failure.
double timedLogin(const QUrl &url, const QSslConfiguration &tls, const QByteArray &body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url.resolved(QUrl(QString::fromLatin1(regiekamer::api::path::session))));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const bool ok = reply->error() == QNetworkReply::NoError;
    if (!ok)
        std::fprintf(stderr, "login failed: %s\n", qPrintable(reply->errorString()));
    reply->deleteLater();
    return ok ? elapsed : -1;
}

QList<double> argon2Samples(const QCA::SecureArray &password, int count)
{
    auto hasher = regiekamer::server::PasswordHasher::create();
    const auto stored = hasher->hash(password);
    QList<double> samples;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!hasher->verify(password, *stored))
            return {};
        samples.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024); // the same allocation behaviour as regiekamer-server
#endif
    QCoreApplication application(argc, argv);
    QCA::Initializer crypto;
    QCommandLineParser parser;
    parser.addOptions({{u"url"_s, u"Server"_s, u"url"_s},
                       {u"ca"_s, u"Server certificate"_s, u"file"_s},
                       {u"email"_s, u"Account"_s, u"email"_s},
                       {u"count"_s, u"Sign-ins"_s, u"n"_s, u"100"_s}});
    parser.process(application);
    const QString password = QTextStream(stdin).readLine();
    const int count = parser.value(u"count"_s).toInt();

    QFile caFile(parser.value(u"ca"_s));
    if (!caFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(caFile.fileName()));
        return 1;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    regiekamer::tls::applyModernPolicy(tls);
    tls.setCaCertificates(QSslCertificate::fromData(caFile.readAll(), QSsl::Pem));
    const QByteArray body =
        QJsonDocument(regiekamer::api::LoginRequest {parser.value(u"email"_s), password, std::nullopt}.toJson())
            .toJson(QJsonDocument::Compact);

    QList<double> logins;
    for (int i = 0; i < count; ++i) {
        const double elapsed = timedLogin(QUrl(parser.value(u"url"_s)), tls, body);
        if (elapsed < 0)
            return 1;
        logins.append(elapsed);
    }
    const QList<double> argon2 = argon2Samples(QCA::SecureArray(password.toUtf8()), count);
    if (argon2.isEmpty())
        return 1;
    const Summary login = summarise(logins);
    const Summary kdf = summarise(argon2);
    std::printf("login-roundtrip-ms median=%.1f p99=%.1f n=%d\n", login.median, login.p99, count);
    std::printf("argon2id-verify-ms median=%.1f p99=%.1f n=%d\n", kdf.median, kdf.p99, count);
    std::printf("argon2id-share-of-login median=%.0f%%\n", 100.0 * kdf.median / login.median);
    return 0;
}
