// What one approval costs a connected director's desktop (issue 19, docs/benchmarks.md "Change events"): director B
// has a webinar with --registrations registrations open in the desktop's core (SessionController, the real server over
// TLS 1.3); director A approves --approvals of them one after the other through the API; for each, the requests B's
// app sent and the bytes of their answers until it is quiet again. Run once with this build's server and once with
// REGIEKAMER_BENCH_SERVER_BIN=<main's regiekamer-server>: main's events carry {webinarId} only, so this client
// reloads every page and the webinar list, as main's client does.
#include "ApiRequests.h"
#include "ChangedRowsFixture.h"
#include "ServerProcess.h"
#include "models/RegistrationModel.h"
#include "protocol/ApiPaths.h"
#include "protocol/Registration.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace regiekamer;

namespace {

int stop(const char *what)
{
    std::fprintf(stderr, "bench-changed-rows: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCA::Initializer crypto;
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({u"registrations"_s, u"Registrations of the open webinar."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"approvals"_s, u"Approvals to measure."_s, u"N"_s, u"10"_s});
    parser.process(app);
    const int registrations = parser.value(u"registrations"_s).toInt();
    const int approvals = parser.value(u"approvals"_s).toInt();

    ServerProcess server;
    const qint64 webinar = changedrows::startWithSeededWebinar(server, registrations);
    if (webinar <= 0)
        return stop("the server did not start");
    ApiRequests api;
    api.connectTo(server);
    const auto director = server.demoAccounts().value(Role::Director);
    const QString tokenA = api.login(director.email, director.password);
    QTemporaryDir cacheDir;
    client::SessionController session;
    session.setCacheConfig({cacheDir.path(), crypto::Argon2Parameters {8192, 1, 1}});
    if (!changedrows::signInLive(session, server, director))
        return stop("director B did not sign in");
    if (!changedrows::openWebinar(session, webinar, registrations))
        return stop("the webinar did not load");
    changedrows::RequestCounter counter(session.api());
    if (!counter.waitQuiet(1500))
        return stop("director B's app did not become quiet");

    QList<qint64> pending;
    for (const client::RegistrationRow &row : session.workspace()->registrations()->rows()) {
        if (row.data.registration->approvalState == api::ApprovalState::Pending && pending.size() < approvals)
            pending.append(row.id);
    }
    qint64 requests = 0, bytes = 0, millis = 0;
    for (const qint64 id : std::as_const(pending)) {
        const QString path = api::path::expand(api::path::registration, {id});
        const qint64 version = api.sendJson("GET", api.url(path), tokenA, {}).json().value("version"_L1).toInteger();
        counter.reset();
        QElapsedTimer shown;
        shown.start();
        api.sendJson("PATCH", api.url(path), tokenA,
                     api::RegistrationUpdate {api::ApprovalState::Approved, version, {}}.toJson());
        client::RegistrationModel *model = session.workspace()->registrations();
        const bool shownInTime = QTest::qWaitFor(
            [&] {
                const int row = model->rowOfId(id);
                return row >= 0 && model->rowAt(row).data.registration->approvalState == api::ApprovalState::Approved;
            },
            30000);
        if (!shownInTime)
            return stop("an approval did not reach director B's model");
        millis += shown.elapsed();
        if (!counter.waitQuiet(1000))
            return stop("director B's app did not become quiet");
        requests += counter.requests().size();
        bytes += counter.bytes();
    }
    const qsizetype n = qMax<qsizetype>(pending.size(), 1);
    std::printf("changed-rows server=%s registrations=%d approvals=%lld requests-per-approval=%.1f "
                "answer-bytes-per-approval=%lld approval-to-row-ms=%lld\n",
                qPrintable(ServerProcess::serverBinary()), registrations, static_cast<long long>(pending.size()),
                double(requests) / double(n), static_cast<long long>(bytes / n), static_cast<long long>(millis / n));
    session.signOut();
    server.terminate();
    return 0;
}
