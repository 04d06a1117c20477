// regiekamer-bench-seed: a data directory for tools that measure from outside (tools/bench/compare-nginx.sh).
//
//   regiekamer-bench-seed --server BIN --data-dir DIR [--registrations N]
//
// Creates DIR with BIN --demo when it holds no database yet (schema, demo accounts, certificate), then, with the
// server stopped, adds one live webinar of the first organisation with N registrations (default 100; sealed as the
// server stores them, assigned to the demo director and moderator) and prints `webinar ID` on standard output.
#include "BenchSeeding.h"
#include "BenchServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QtCrypto>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCA::Initializer crypto; // the sealing of the seeded registrations
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"server"_s, u"regiekamer-server executable (to create DIR with --demo)"_s, u"BIN"_s});
    parser.addOption({u"data-dir"_s, u"data directory (created with --demo when empty)"_s, u"DIR"_s});
    parser.addOption({u"registrations"_s, u"registrations of the seeded webinar (default 100)"_s, u"N"_s, u"100"_s});
    parser.process(app);
    const QString dataDir = parser.value(u"data-dir"_s), binary = parser.value(u"server"_s);
    if (dataDir.isEmpty() || binary.isEmpty())
        regiekamer::bench::die(u"needs --server and --data-dir"_s);
    regiekamer::bench::Server(binary, dataDir, regiekamer::bench::freePort()).createDemoDataOnce();
    const qint64 webinarId = regiekamer::bench::seedRegistrations(dataDir, parser.value(u"registrations"_s).toInt());
    std::printf("webinar %lld\n", static_cast<long long>(webinarId));
    return 0;
}
