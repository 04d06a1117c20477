// regiekamer-bench-room: the figure of issue 17, join → presence update on the director's screen.
//
// N viewers (default 1,000) with accounts, approved registrations of one live webinar, personal join links and
// sessions are seeded into the data directory with the server stopped (BenchRoomSeeding). With the server running,
// a director client made of the desktop's own core classes (ApiClient, EventStream, WebinarWorkspace with its
// RegistrationModel and RoomPresence; offscreen, no widgets) opens the webinar and loads every registration. A load
// generator on its own thread then joins the viewers over TLS 1.3 (POST /api/v1/room/join), evenly spread over the
// given seconds (~17/s for 1,000 in 60 s), each joined viewer ticking every 30 s as the app does. For every join the
// time from just before its POST to the moment the director's model holds that row as present is recorded (the
// event `attendance.changed`, then the GET of that one registration). The baseline in the same run: 10 other viewers
// joining one per second on the quiet webinar, before the load.
#include "BenchRoomSeeding.h"
#include "BenchServer.h"
#include "net/ApiClient.h"
#include "net/EventStream.h"
#include "protocol/ApiPaths.h"
#include "protocol/Room.h"
#include "session/RoomPresence.h"
#include "session/WebinarWorkspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtCrypto>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::bench;

namespace {

using Clock = std::chrono::steady_clock;

// When each join was sent, by registration id; written by the load thread, read by the director's.
struct JoinClock
{
    QMutex mutex;
    QHash<qint64, Clock::time_point> sent;

    void note(qint64 registrationId)
    {
        const QMutexLocker lock(&mutex);
        sent.insert(registrationId, Clock::now());
    }
    std::optional<Clock::time_point> sentAt(qint64 registrationId)
    {
        const QMutexLocker lock(&mutex);
        const auto found = sent.constFind(registrationId);
        return found == sent.cend() ? std::nullopt : std::optional<Clock::time_point>(*found);
    }
};

// The viewers' side: joins on a schedule, then a tick every 30 s per joined viewer, on its own thread.
class LoadGenerator : public QObject
{
public:
    LoadGenerator(QSslConfiguration tls, QUrl base, JoinClock &clock)
        : m_tls(std::move(tls))
        , m_base(std::move(base))
        , m_clock(clock)
    {
    }

    // Joins `viewers` one every `intervalMs` from now; `done` runs on this thread once every answer is in.
    void joinAll(const QList<SeededViewer> &viewers, double intervalMs)
    {
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        m_pending += static_cast<int>(viewers.size());
        QElapsedTimer *started = new QElapsedTimer;
        started->start();
        for (qsizetype i = 0; i < viewers.size(); ++i) {
            const SeededViewer viewer = viewers.at(i);
            QTimer::singleShot(std::chrono::milliseconds(static_cast<qint64>(i * intervalMs)), this,
                               [this, viewer] { join(viewer); });
        }
        QTimer::singleShot(std::chrono::milliseconds(static_cast<qint64>(viewers.size() * intervalMs) + 1000), this,
                           [started] { delete started; });
    }
    void stopTicking() { m_ticking = false; }
    QList<double> roundTrips() const { return m_roundTrips; }
    int failures() const { return m_failures; }
    int pending() const { return m_pending; }
    int ticks() const { return m_ticks; }

private:
    QNetworkRequest request(const QString &path, const QString &token) const
    {
        QUrl url = m_base;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return request;
    }

    void join(const SeededViewer &viewer)
    {
        const QByteArray body = QJsonDocument(api::RoomJoin {viewer.joinToken}.toJson()).toJson(QJsonDocument::Compact);
        m_clock.note(viewer.registrationId);
        const auto sent = Clock::now();
        QNetworkReply *reply =
            m_network->post(request(QString::fromLatin1(api::path::roomJoin), viewer.sessionToken), body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, viewer, sent] {
            reply->deleteLater();
            --m_pending;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                ++m_failures;
                std::fprintf(stderr, "join of %lld: %s\n", static_cast<long long>(viewer.registrationId),
                             reply->readAll().constData());
                return;
            }
            m_roundTrips.append(std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
            QTimer::singleShot(std::chrono::seconds(api::presenceTickSeconds), this, [this, viewer] { tick(viewer); });
        });
    }

    void tick(const SeededViewer &viewer)
    {
        if (!m_ticking)
            return;
        QNetworkReply *reply = m_network->post(
            request(api::path::expand(api::path::registrationPresence, {viewer.registrationId}), viewer.sessionToken),
            QByteArray());
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        ++m_ticks;
        QTimer::singleShot(std::chrono::seconds(api::presenceTickSeconds), this, [this, viewer] { tick(viewer); });
    }

    QSslConfiguration m_tls;
    QUrl m_base;
    JoinClock &m_clock;
    QNetworkAccessManager *m_network = nullptr;
    QList<double> m_roundTrips;
    int m_failures = 0;
    int m_pending = 0;
    int m_ticks = 0;
    bool m_ticking = true;
};

template<typename T> T await(const std::function<void(client::ApiClient::Callback<T>)> &call)
{
    std::optional<Result<T>> result;
    call([&result](Result<T> value) { result = std::move(value); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!result)
        die(u"no answer"_s);
    if (!*result)
        die(result->error().message);
    return **result;
}

void waitFor(const std::function<bool()> &done, int timeoutMs, const QString &what)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            die(u"timed out waiting for "_s + what);
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
}

// The director's client: the desktop's core classes, signed in, the webinar open and every registration loaded.
struct Director
{
    client::ApiClient api;
    client::WebinarWorkspace workspace {&api};
    client::EventStream *stream = nullptr;
    QHash<qint64, double> latency; // registration → ms from its join's POST to the present row in the model
    QHash<qint64, double> fetched; // … to the row holding the server's registration (fetched after the event)

    void open(const QUrl &server, const QString &dataDir, qint64 webinarId, qint64 rows)
    {
        QString password;
        const QString email = demoAccount(dataDir, u"director"_s, &password);
        api.login(server, email, password, [](Result<api::SessionGrant>) { });
        waitFor([this] { return api.lastCertificateProblem().has_value(); }, 60000, u"the certificate"_s);
        const auto problem = api.lastCertificateProblem();
        if (!api.trustStore().trust(problem->server, problem->presented.certificate))
            die(u"cannot trust the server's certificate"_s);
        await<api::SessionGrant>([&](auto done) { api.login(server, email, password, std::move(done)); });
        workspace.setRole(Role::Director);
        workspace.setWebinar(webinarId);
        waitFor([&] { return workspace.registrations()->rowCount() >= rows; }, 120000, u"the registrations"_s);
        QUrl events = server;
        events.setScheme(u"wss"_s);
        events.setPath(QString::fromLatin1(api::path::events));
        stream = new client::EventStream(api.certificateCheck(), &api);
        bool hello = false;
        QObject::connect(stream, &client::EventStream::helloReceived, stream, [&hello] { hello = true; });
        QObject::connect(stream, &client::EventStream::eventReceived, &workspace, &client::WebinarWorkspace::onEvent);
        stream->start(api.authorizedRequest(events));
        waitFor([&hello] { return hello; }, 30000, u"the event stream"_s);
    }

    void measure(JoinClock &clock)
    {
        QObject::connect(workspace.room(), &client::RoomPresence::rowRefreshed, &workspace, [this, &clock](qint64 id) {
            if (latency.contains(id))
                return;
            const client::RegistrationModel *model = workspace.registrations();
            const int row = model->rowOfId(id);
            const auto sent = clock.sentAt(id);
            if (row < 0 || !sent || !model->rowAt(row).data.attendance || !model->rowAt(row).data.attendance->present)
                return;
            latency.insert(id, std::chrono::duration<double, std::milli>(Clock::now() - *sent).count());
        });
        QObject::connect(workspace.room(), &client::RoomPresence::rowFetched, &workspace, [this, &clock](qint64 id) {
            const auto sent = clock.sentAt(id);
            if (!fetched.contains(id) && latency.contains(id) && sent)
                fetched.insert(id, std::chrono::duration<double, std::milli>(Clock::now() - *sent).count());
        });
    }
};

struct Phase
{
    QList<double> latencies;
    QList<double> fetched;
    QList<double> roundTrips;
};

Phase runPhase(Director &director, LoadGenerator &load, const QList<SeededViewer> &viewers, double intervalMs)
{
    const QList<double> before = load.roundTrips();
    QMetaObject::invokeMethod(
        &load, [&load, viewers, intervalMs] { load.joinAll(viewers, intervalMs); }, Qt::BlockingQueuedConnection);
    const int timeout = static_cast<int>(viewers.size() * intervalMs) + 60000;
    waitFor(
        [&] {
            return std::all_of(viewers.cbegin(), viewers.cend(), [&](const SeededViewer &viewer) {
                return director.latency.contains(viewer.registrationId);
            });
        },
        timeout, u"the presence of every joined viewer in the director's model"_s);
    waitFor(
        [&] {
            return std::all_of(viewers.cbegin(), viewers.cend(), [&](const SeededViewer &viewer) {
                return director.fetched.contains(viewer.registrationId);
            });
        },
        timeout, u"the fetch of every joined viewer's row"_s);
    Phase phase;
    for (const SeededViewer &viewer : viewers) {
        phase.latencies.append(director.latency.value(viewer.registrationId));
        phase.fetched.append(director.fetched.value(viewer.registrationId));
    }
    QList<double> trips;
    QMetaObject::invokeMethod(&load, [&load, &trips] { trips = load.roundTrips(); }, Qt::BlockingQueuedConnection);
    phase.roundTrips = trips.mid(before.size());
    return phase;
}

void report(const char *what, const Phase &phase)
{
    std::printf("%s: join → present row in the director's model p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%lld); "
                "→ that row refetched from the server p50 %.1f ms, p99 %.1f ms; the join's own round trip p50 %.1f "
                "ms, p99 %.1f ms\n",
                what, percentile(phase.latencies, 0.5), percentile(phase.latencies, 0.99),
                percentile(phase.latencies, 1.0), static_cast<long long>(phase.latencies.size()),
                percentile(phase.fetched, 0.5), percentile(phase.fetched, 0.99), percentile(phase.roundTrips, 0.5),
                percentile(phase.roundTrips, 0.99));
}

struct Options : ServerOptions
{
    int viewers = 1000, baseline = 10;
    double seconds = 60;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addServerOptions(parser);
    parser.addOption({u"viewers"_s, u"viewers joining under load (default 1000)"_s, u"N"_s, u"1000"_s});
    parser.addOption({u"seconds"_s, u"the seconds they join within (default 60)"_s, u"S"_s, u"60"_s});
    parser.addOption({u"baseline"_s, u"viewers joining one per second first (default 10)"_s, u"N"_s, u"10"_s});
    parser.process(app);
    Options options;
    static_cast<ServerOptions &>(options) = serverOptions(parser);
    options.viewers = parser.value(u"viewers"_s).toInt();
    options.baseline = parser.value(u"baseline"_s).toInt();
    options.seconds = parser.value(u"seconds"_s).toDouble();
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCA::Initializer crypto;
    QStandardPaths::setTestModeEnabled(true); // the director's trust store and settings stay out of the user's
    const Options options = parseOptions(app);
    Server server(options.binary, options.dataDir, options.port);
    server.createDemoDataOnce();
    const SeededRoom room = seedRoom(options.dataDir, options.baseline + options.viewers);
    server.start();

    const QUrl base(u"https://127.0.0.1:%1"_s.arg(options.port));
    Director director;
    director.open(base, options.dataDir, room.webinarId, options.baseline + options.viewers);
    std::printf("director: webinar %lld open, %d registrations in the model, event stream connected\n",
                static_cast<long long>(room.webinarId), director.workspace.registrations()->rowCount());
    JoinClock clock;
    director.measure(clock);
    QThread thread;
    LoadGenerator load(loopbackTls(options.dataDir), base, clock);
    load.moveToThread(&thread);
    thread.start();

    const Phase quiet = runPhase(director, load, room.viewers.mid(0, options.baseline), 1000.0);
    const Phase loaded =
        runPhase(director, load, room.viewers.mid(options.baseline), options.seconds * 1000.0 / options.viewers);
    int failures = 0, ticks = 0;
    QMetaObject::invokeMethod(
        &load,
        [&] {
            load.stopTicking();
            failures = load.failures();
            ticks = load.ticks();
        },
        Qt::BlockingQueuedConnection);
    report("baseline, 1 join/s on a quiet webinar", quiet);
    char what[160];
    std::snprintf(what, sizeof what, "load, %d joins in %.0f s (%.1f/s, ticking every 30 s)", options.viewers,
                  options.seconds, options.viewers / options.seconds);
    report(what, loaded);
    std::printf("ratio load/baseline: p50 %.2f, p99 %.2f; presence ticks sent %d; failed joins %d; present count "
                "in the last event %lld\n",
                percentile(loaded.latencies, 0.5) / std::max(0.001, percentile(quiet.latencies, 0.5)),
                percentile(loaded.latencies, 0.99) / std::max(0.001, percentile(quiet.latencies, 0.99)), ticks,
                failures, static_cast<long long>(director.workspace.room()->presentCount()));
    thread.quit();
    thread.wait();
    server.stop();
    return failures == 0 ? 0 : 1;
}
