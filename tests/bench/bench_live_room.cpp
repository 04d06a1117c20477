// regiekamer-bench-live-room: issue 19's live room. 1,000 viewers, each with an event stream (WebSocket on
// /api/v1/events) and its API use, join a live webinar within 60 s, ask 5 questions per second in total and tick
// their presence every 30 s, while a moderator's client made of the desktop's own core classes (ApiClient,
// EventStream, WebinarWorkspace with its QuestionModel; offscreen, no widgets) keeps the question queue current.
//
//   regiekamer-bench-live-room --server BIN --data-dir DIR [--viewers 1000] [--join-seconds 60]
//       [--steady-seconds 60] [--questions-per-second 5] [--api-clients 25] [--max-p99-ms MS]
//
// The viewers (accounts, approved registrations, personal join links, sessions) are seeded with the server stopped
// (BenchRoomSeeding). The server gets --max-connections and --max-connections-per-address large enough for every
// viewer's stream plus the API connections, all from 127.0.0.1 (its defaults, 1,024 in total and 32 per address,
// would refuse them); RLIMIT_NOFILE is raised to its hard limit first (the server inherits it).
// A load thread opens one WebSocket per viewer and POSTs its join (/api/v1/room/join), evenly spread over the join
// seconds; the API requests share --api-clients QNetworkAccessManagers (up to 6 kept-alive connections each). Joined
// viewers tick every 30 s; questions go out at the given rate, round robin over the joined viewers, from the first
// join until the end of the steady phase.
// Figures: question POST → the moderator's QuestionModel holds that question (p50/p99/max, while joining and steady);
// the server's CPU (utime+stime of /proc/PID/stat) as % of one core per phase; its VmRSS and VmHWM; the viewers'
// frames, ticks and failures. With --max-p99-ms the exit code says whether p99 stayed below it (the smoke test).
#include "BenchRoomSeeding.h"
#include "BenchServer.h"
#include "LiveRoomSwarm.h"
#include "net/ApiClient.h"
#include "net/EventStream.h"
#include "protocol/ApiPaths.h"
#include "protocol/Rights.h"
#include "session/WebinarWorkspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>
#include <QtCrypto>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::bench;

namespace {

void runFor(qint64 ms, const std::function<bool()> &done = {})
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms && !(done && done()))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
}

template<typename T> T await(const std::function<void(client::ApiClient::Callback<T>)> &call)
{
    std::optional<Result<T>> result;
    call([&result](Result<T> value) { result = std::move(value); });
    runFor(60000, [&result] { return result.has_value(); });
    if (!result)
        die(u"no answer"_s);
    if (!*result)
        die(result->error().message);
    return **result;
}

// The server's CPU time (utime + stime) in seconds and its memory in KiB, from /proc.
struct ServerSample
{
    double cpuSeconds = 0;
    qint64 rssKib = 0, hwmKib = 0;
    Clock::time_point at;

    static ServerSample of(qint64 pid)
    {
        ServerSample sample;
        sample.at = Clock::now();
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray text = stat.readAll();
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 12) // after the name: state is field 3, utime 14, stime 15
                sample.cpuSeconds = static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
                    static_cast<double>(::sysconf(_SC_CLK_TCK));
        }
        QFile status(u"/proc/%1/status"_s.arg(pid));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                const QList<QByteArray> parts = line.simplified().split(' ');
                if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
                    sample.rssKib = parts.at(1).toLongLong();
                else if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
                    sample.hwmKib = parts.at(1).toLongLong();
            }
        }
        return sample;
    }
    // Percent of one core between `from` and this sample.
    double cpuPercentSince(const ServerSample &from) const
    {
        const double wall = std::chrono::duration<double>(at - from.at).count();
        return wall > 0 ? 100.0 * (cpuSeconds - from.cpuSeconds) / wall : 0;
    }
};

QByteArray loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

double ownCpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The moderator's client: the desktop's core classes, signed in, the webinar open, the event stream connected. It
// notes when each question first appears in the QuestionModel (whatever way the workspace keeps it current).
struct Moderator
{
    client::ApiClient api;
    client::WebinarWorkspace workspace {&api};
    client::EventStream *stream = nullptr;
    QHash<qint64, Clock::time_point> seen;

    void open(const QUrl &server, const QString &dataDir, qint64 webinarId, int registrations)
    {
        QString password;
        const QString email = demoAccount(dataDir, u"moderator"_s, &password);
        api.login(server, email, password, [](Result<api::SessionGrant>) { });
        runFor(60000, [this] { return api.lastCertificateProblem().has_value(); });
        const auto problem = api.lastCertificateProblem();
        if (!problem || !api.trustStore().trust(problem->server, problem->presented.certificate))
            die(u"cannot trust the server's certificate"_s);
        await<api::SessionGrant>([&](auto done) { api.login(server, email, password, std::move(done)); });
        workspace.setRole(Role::Moderator);
        const auto note = [this] { noteQuestions(); };
        client::QuestionModel *questions = workspace.questions();
        QObject::connect(questions, &QAbstractItemModel::rowsInserted, &workspace, note);
        QObject::connect(questions, &QAbstractItemModel::modelReset, &workspace, note);
        QObject::connect(questions, &QAbstractItemModel::dataChanged, &workspace, note);
        QObject::connect(questions, &QAbstractItemModel::layoutChanged, &workspace, note);
        workspace.setWebinar(webinarId);
        if (rights::permits(Role::Moderator, rights::Resource::Registration, rights::Action::Read))
            runFor(120000, [&] { return workspace.registrations()->rowCount() >= registrations; });
        QUrl events = server;
        events.setScheme(u"wss"_s);
        events.setPath(QString::fromLatin1(api::path::events));
        stream = new client::EventStream(api.certificateCheck(), &api);
        bool hello = false;
        QObject::connect(stream, &client::EventStream::helloReceived, stream, [&hello] { hello = true; });
        QObject::connect(stream, &client::EventStream::eventReceived, &workspace, &client::WebinarWorkspace::onEvent);
        stream->start(api.authorizedRequest(events));
        runFor(30000, [&hello] { return hello; });
        if (!hello)
            die(u"the moderator's event stream did not open"_s);
    }

    void noteQuestions()
    {
        const auto now = Clock::now();
        for (const api::Question &question : workspace.questions()->rows()) {
            if (!seen.contains(question.id))
                seen.insert(question.id, now);
        }
    }
};

struct Options : ServerOptions
{
    int viewers = 1000, apiClients = 25;
    double joinSeconds = 60, steadySeconds = 60, questionsPerSecond = 5, maxP99Ms = 0;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addServerOptions(parser);
    parser.addOption({u"viewers"_s, u"viewers (default 1000)"_s, u"N"_s, u"1000"_s});
    parser.addOption({u"join-seconds"_s, u"the seconds they join within (default 60)"_s, u"S"_s, u"60"_s});
    parser.addOption({u"steady-seconds"_s, u"seconds with every viewer in (default 60)"_s, u"S"_s, u"60"_s});
    parser.addOption({u"questions-per-second"_s, u"questions per second, all viewers (default 5)"_s, u"R"_s, u"5"_s});
    parser.addOption({u"api-clients"_s, u"network managers the API requests share (default 25)"_s, u"N"_s, u"25"_s});
    parser.addOption({u"max-p99-ms"_s, u"fail unless question p99 stays below (default: report)"_s, u"MS"_s, u"0"_s});
    parser.process(app);
    Options options;
    static_cast<ServerOptions &>(options) = serverOptions(parser);
    options.viewers = std::max(1, parser.value(u"viewers"_s).toInt());
    options.apiClients = std::max(1, parser.value(u"api-clients"_s).toInt());
    options.joinSeconds = parser.value(u"join-seconds"_s).toDouble();
    options.steadySeconds = parser.value(u"steady-seconds"_s).toDouble();
    options.questionsPerSecond = parser.value(u"questions-per-second"_s).toDouble();
    options.maxP99Ms = parser.value(u"max-p99-ms"_s).toDouble();
    return options;
}

void raiseFileLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    ::getrlimit(RLIMIT_NOFILE, &limit);
    std::printf("open files allowed (RLIMIT_NOFILE, inherited by the server): %llu\n",
                static_cast<unsigned long long>(limit.rlim_cur));
}

// Question latencies by phase: POST sent → first seen in the moderator's model.
struct Latencies
{
    QList<double> joining, steady, all;
    int unseen = 0;
};

Latencies latencies(const QList<AskedQuestion> &asked, const QHash<qint64, Clock::time_point> &seen)
{
    Latencies result;
    for (const AskedQuestion &question : asked) {
        const auto found = seen.constFind(question.id);
        if (found == seen.cend()) {
            ++result.unseen;
            continue;
        }
        const double ms = std::chrono::duration<double, std::milli>(*found - question.sent).count();
        (question.steady ? result.steady : result.joining).append(ms);
        result.all.append(ms);
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress lines as they happen, also into a file or pipe
    QCA::Initializer crypto;
    QStandardPaths::setTestModeEnabled(true); // the moderator's trust store and settings stay out of the user's
    const Options options = parseOptions(app);
    raiseFileLimit();
    Server server(options.binary, options.dataDir, options.port);
    server.createDemoDataOnce();
    const SeededRoom room = seedRoom(options.dataDir, options.viewers);
    const QString connections = QString::number(std::min(1'000'000, 2 * options.viewers + 200));
    server.start({u"--max-connections"_s, connections, u"--max-connections-per-address"_s, connections});
    const QUrl base(u"https://127.0.0.1:%1"_s.arg(options.port));
    Moderator moderator;
    moderator.open(base, options.dataDir, room.webinarId, options.viewers);
    std::printf("server: pid %lld, --max-connections %s\n", static_cast<long long>(server.processId()),
                qPrintable(connections));
    std::printf("moderator: webinar %lld open, %d registrations and %d questions in the models, event stream open\n",
                static_cast<long long>(room.webinarId), moderator.workspace.registrations()->rowCount(),
                moderator.workspace.questions()->rowCount());

    QThread thread;
    LiveRoomSwarm swarm(loopbackTls(options.dataDir), base, room, options.apiClients);
    swarm.moveToThread(&thread);
    thread.start();
    const ServerSample start = ServerSample::of(server.processId());
    const QByteArray loadAtStart = loadAverage();
    const double ownStart = ownCpuSeconds();
    QMetaObject::invokeMethod(
        &swarm, [&] { swarm.start(options.joinSeconds * 1000.0 / options.viewers, options.questionsPerSecond); },
        Qt::BlockingQueuedConnection);
    runFor(static_cast<qint64>(options.joinSeconds * 1000));
    QMetaObject::invokeMethod(&swarm, &LiveRoomSwarm::markSteady, Qt::BlockingQueuedConnection);
    const ServerSample joined = ServerSample::of(server.processId());
    runFor(static_cast<qint64>(options.steadySeconds * 1000));
    const ServerSample end = ServerSample::of(server.processId());
    const double ownSeconds = ownCpuSeconds() - ownStart;
    SwarmFigures figures;
    QMetaObject::invokeMethod(&swarm, [&] { figures = swarm.stop(); }, Qt::BlockingQueuedConnection);
    // The last questions' events may still be on their way: up to 30 s for the moderator to see them.
    runFor(30000, [&] {
        return std::all_of(figures.asked.cbegin(), figures.asked.cend(),
                           [&](const AskedQuestion &question) { return moderator.seen.contains(question.id); });
    });
    const Latencies measured = latencies(figures.asked, moderator.seen);

    std::printf("viewers: %d, %d joined (%.1f joins/s sent), join round trip p50 %.1f ms, p99 %.1f ms; %d event "
                "streams said hello, %d open at the end, %d closed early; %lld frames received; %d presence ticks\n",
                options.viewers, figures.joined, options.viewers / std::max(0.001, options.joinSeconds),
                percentile(figures.joinRoundTrips, 0.5), percentile(figures.joinRoundTrips, 0.99), figures.hellos,
                figures.openStreams, figures.closedEarly, static_cast<long long>(figures.frames), figures.ticks);
    std::printf("failed requests: %d joins, %d questions, %d presence ticks\n", figures.failedJoins,
                figures.failedQuestions, figures.failedTicks);
    std::printf("questions: %lld asked (%.1f/s), %d not seen by the moderator 30 s after the last\n",
                static_cast<long long>(figures.asked.size()), options.questionsPerSecond, measured.unseen);
    std::printf("question POST → in the moderator's queue: p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%lld); while "
                "joining p50 %.1f ms, p99 %.1f ms (n=%lld); all %d in p50 %.1f ms, p99 %.1f ms (n=%lld)\n",
                percentile(measured.all, 0.5), percentile(measured.all, 0.99), percentile(measured.all, 1.0),
                static_cast<long long>(measured.all.size()), percentile(measured.joining, 0.5),
                percentile(measured.joining, 0.99), static_cast<long long>(measured.joining.size()), options.viewers,
                percentile(measured.steady, 0.5), percentile(measured.steady, 0.99),
                static_cast<long long>(measured.steady.size()));
    std::printf("server CPU: %.1f %% of one core while joining, %.1f %% with all in; memory VmRSS %.1f MiB after the "
                "joins, %.1f MiB at the end, VmHWM %.1f MiB\n",
                joined.cpuPercentSince(start), end.cpuPercentSince(joined), joined.rssKib / 1024.0, end.rssKib / 1024.0,
                end.hwmKib / 1024.0);
    std::printf("server CPU time over the run %.1f s; this bench process (viewers and moderator, on the same cores) "
                "%.1f %% of one core; load average %s at the start, %s at the end\n",
                end.cpuSeconds - start.cpuSeconds,
                100.0 * ownSeconds / std::max(0.001, std::chrono::duration<double>(end.at - start.at).count()),
                loadAtStart.constData(), loadAverage().constData());
    thread.quit();
    thread.wait();
    server.stop();
    const bool failed = figures.failures > 0 || measured.unseen > 0 || figures.joined < options.viewers ||
        (options.maxP99Ms > 0 && percentile(measured.all, 0.99) >= options.maxP99Ms);
    return failed ? 1 : 0;
}
