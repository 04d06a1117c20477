// Request to mail accepted (issue 15): an administrator's invitation through the API of the real regiekamer-server
// (POST /api/v1/invitations over TLS) until the real SMTP server (aiosmtpd, STARTTLS required) has accepted its mail;
// one invitation at a time, p50/p99. The request's own round trip is measured beside it, in the same run.
//   regiekamer-bench-account-mail [--count N]
#include "ApiRequests.h"
#include "ServerProcess.h"
#include "SmtpTestServer.h"
#include "protocol/ApiPaths.h"
#include "protocol/Roles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"count"_s, u"Invitations, one at a time."_s, u"N"_s}});
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
    std::vector<double> toMail, roundTrip;
    QElapsedTimer clock;
    for (int i = 0; i < count; ++i) {
        const qsizetype before = accepted(smtp);
        clock.start();
        const ApiReply reply = api.sendJson("POST", api.url(QString::fromLatin1(api::path::invitations)), token,
                                            {{"email"_L1, u"bench.%1@example.org"_s.arg(i)},
                                             {"displayName"_L1, u"Bench %1"_s.arg(i)},
                                             {"role"_L1, u"moderator"_s}});
        roundTrip.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        if (reply.status != 201) {
            std::fprintf(stderr, "%s\n", qPrintable(reply.describe()));
            return 1;
        }
        while (accepted(smtp) <= before && clock.elapsed() < 30'000)
            QThread::usleep(500);
        toMail.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("invitation request to mail accepted by the SMTP server (STARTTLS), %d one at a time: p50 %.1f ms, "
                "p99 %.1f ms; the request's own round trip p50 %.1f ms, p99 %.1f ms\n",
                count, percentile(toMail, 0.5), percentile(toMail, 0.99), percentile(roundTrip, 0.5),
                percentile(roundTrip, 0.99));
    return 0;
}
