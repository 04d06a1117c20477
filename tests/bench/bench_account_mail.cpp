// Request to mail accepted (issue 15): an administrator's invitation (POST /api/v1/invitations) and a viewer's
// self-registration (POST /api/v1/sign-up, each on a new TLS connection from its own loopback address, as separate
// people) through the API of the real regiekamer-server, until the real SMTP server (aiosmtpd, STARTTLS required) has
// accepted the mail; one at a time, p50/p99. The request's own round trip is measured beside it, in the same run, and
// the time from the answer to the mail (a sign-up's work starts only after its answer has gone). The raw client
// reads in steps of up to 50 ms, so the sign-up's round trip says more about the harness than the server.
//   regiekamer-bench-account-mail [--count N]
#include "ApiRequests.h"
#include "RawHttpsClient.h"
#include "ServerProcess.h"
#include "SmtpTestServer.h"
#include "protocol/ApiPaths.h"
#include "protocol/Roles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

// The messages the SMTP server accepted so far: each is a .json envelope beside its .eml.
qsizetype accepted(const SmtpTestServer &smtp)
{
    return QDir(QDir(smtp.directory()).filePath(u"messages"_s)).entryList({u"*.json"_s}, QDir::Files).size();
}

struct Series
{
    std::vector<double> toMail, roundTrip, afterAnswer;
};

// `count` requests one at a time; `send` makes request i and answers its HTTP status.
bool measure(const SmtpTestServer &smtp, int count, int expectedStatus, const std::function<int(int)> &send,
             Series &series)
{
    QElapsedTimer clock;
    for (int i = 0; i < count; ++i) {
        const qsizetype before = accepted(smtp);
        clock.start();
        const int status = send(i);
        series.roundTrip.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        if (status != expectedStatus) {
            std::fprintf(stderr, "request %d answered %d\n", i, status);
            return false;
        }
        while (accepted(smtp) <= before && clock.elapsed() < 30'000)
            QThread::usleep(500);
        series.toMail.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        series.afterAnswer.push_back(series.toMail.back() - series.roundTrip.back());
    }
    return true;
}

void report(const char *what, int count, const Series &series)
{
    std::printf("%s to mail accepted by the SMTP server (STARTTLS), %d one at a time: p50 %.1f ms, p99 %.1f ms; the "
                "request's own round trip p50 %.1f ms, p99 %.1f ms; from the answer to the mail accepted p50 %.1f ms, "
                "p99 %.1f ms\n",
                what, count, percentile(series.toMail, 0.5), percentile(series.toMail, 0.99),
                percentile(series.roundTrip, 0.5), percentile(series.roundTrip, 0.99),
                percentile(series.afterAnswer, 0.5), percentile(series.afterAnswer, 0.99));
}

// A scheduled webinar whose registrations are approved at once (the demo has one).
qint64 openWebinar(ApiRequests &api, const QString &token)
{
    for (const QJsonValue &item : api.send("GET", api.url(QString::fromLatin1(api::path::webinars)), token).items()) {
        const QJsonObject webinar = item.toObject();
        if (webinar.value("state"_L1).toString() == "scheduled"_L1 && !webinar.value("requiresApproval"_L1).toBool())
            return webinar.value("id"_L1).toInteger();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"count"_s, u"Requests of each kind, one at a time."_s, u"N"_s}});
    parser.process(app);
    const int count = parser.isSet(u"count"_s) ? parser.value(u"count"_s).toInt() : 200;
    SmtpTestServer smtp;
    if (!smtp.start(SmtpTestServer::Mode::StartTlsRequired)) {
        std::fprintf(stderr, "SMTP server: %s\n", qPrintable(smtp.lastError()));
        return 1;
    }
    ServerProcess server;
    if (!server.start({u"--demo"_s, u"--smtp"_s, smtp.url(), u"--smtp-ca-file"_s, smtp.caFile(), u"--public-url"_s,
                       u"https://bench.example.org"_s})) {
        std::fprintf(stderr, "%s\n", server.lastOutput().constData());
        return 1;
    }
    ApiRequests api;
    if (!api.connectTo(server))
        return 1;
    const auto admin = server.demoAccounts().value(Role::Admin);
    const QString token = api.login(admin.email, admin.password);
    Series invitations;
    const bool invited = measure(
        smtp, count, 201,
        [&](int i) {
            return api
                .sendJson("POST", api.url(QString::fromLatin1(api::path::invitations)), token,
                          {{"email"_L1, u"bench.%1@example.org"_s.arg(i)},
                           {"displayName"_L1, u"Bench %1"_s.arg(i)},
                           {"role"_L1, u"moderator"_s}})
                .status;
        },
        invitations);
    const qint64 webinar = openWebinar(api, token);
    Series signUps;
    const bool signedUp =
        webinar > 0 &&
        measure(
            smtp, count, 202,
            [&](int i) {
                const QByteArray body = QJsonDocument(QJsonObject {{"webinarId"_L1, webinar},
                                                                   {"fullName"_L1, u"Kijker %1"_s.arg(i)},
                                                                   {"email"_L1, u"kijker.%1@example.org"_s.arg(i)}})
                                            .toJson(QJsonDocument::Compact);
                RawHttpsClient client(api.tls(), server.port(),
                                      QHostAddress(u"127.0.%1.%2"_s.arg(8 + i / 250).arg(1 + i % 250)));
                if (!client.open())
                    return 0;
                client.send("POST /api/v1/sign-up HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            "Content-Length: "_ba +
                            QByteArray::number(body.size()) + "\r\n\r\n"_ba + body);
                return client.readAnswer(nullptr, std::chrono::seconds(30));
            },
            signUps);
    if (!invited || !signedUp)
        return 1;
    report("invitation request", count, invitations);
    report("self-registration request (its confirmation link)", count, signUps);
    return 0;
}
