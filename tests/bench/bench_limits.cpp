// regiekamer-bench-limits: the connection guard under a flood of uploads (attack review finding 2).
//
//   regiekamer-bench-limits --server BIN --data-dir DIR [--port P] [--uploads 50] [--size-mib 1024] [--waves 10]
//
// Starts BIN (per-address limit raised so that all uploads reach the guard), measures GET /api/v1/health on one
// kept-alive connection (300 probes, the baseline), then lets --uploads clients each try to send a --size-mib body at
// once, --waves times over, declared with Content-Length in one round and chunked in the next, while the probe goes on
// in its own thread. Prints per round: the health latency (median, p99, max) beside the baseline, the server's resident
// memory (highest sample and VmHWM), what the clients got out before the server ended their connections, and the time.
#include "BenchServer.h"
#include "RawHttpsClient.h"
#include "crypto/TlsPolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using regiekamer::bench::die;

qint64 statusKiB(qint64 pid, const char *field)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(fraction * static_cast<double>(values.size())))];
}

QByteArray healthRequest()
{
    return "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba;
}

// Round trips of GET /api/v1/health on one kept-alive connection, until `stop` (or `count` probes).
std::vector<double> probe(const QSslConfiguration &tls, int port, const std::atomic<bool> &stop, int count)
{
    RawHttpsClient client(tls, port);
    if (!client.open())
        die(u"the health probe cannot connect"_s);
    std::vector<double> ms;
    QElapsedTimer clock;
    while (!stop && static_cast<int>(ms.size()) < count) {
        clock.start();
        client.send(healthRequest());
        if (client.readAnswer(nullptr, 10s) != 200)
            die(u"the health probe got no answer"_s);
        ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        QThread::msleep(5);
    }
    return ms;
}

struct Flood
{
    qint64 sentBytes = 0;
    qint64 elapsedMs = 0;
};

// `uploads` clients at once, each trying to send `size` bytes after `head`, until the server has ended them all.
Flood flood(const QSslConfiguration &tls, int port, int uploads, qint64 size, const QByteArray &head)
{
    std::vector<std::unique_ptr<RawHttpsClient>> clients;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < uploads; ++i) {
        clients.push_back(std::make_unique<RawHttpsClient>(tls, port));
        if (!clients.back()->open())
            die(u"upload %1 cannot connect"_s.arg(i));
        clients.back()->send(head);
    }
    Flood result;
    bool pushing = true;
    while (pushing && clock.elapsed() < 120000) {
        pushing = false;
        result.sentBytes = 0;
        for (auto &client : clients) {
            const qint64 pushed = client->pushStep(size);
            result.sentBytes += pushed;
            pushing = pushing || (pushed < size && client->isOpen());
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    result.elapsedMs = clock.elapsed();
    return result;
}

void report(const char *label, const std::vector<double> &ms, const std::vector<double> &baseline)
{
    std::printf("%s health ms: median %.2f p99 %.2f max %.2f (baseline median %.2f p99 %.2f; p99 ratio %.2f) n=%zu\n",
                label, percentile(ms, 0.5), percentile(ms, 0.99), percentile(ms, 1.0), percentile(baseline, 0.5),
                percentile(baseline, 0.99), percentile(ms, 0.99) / percentile(baseline, 0.99), ms.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"server"_s, u"regiekamer-server binary"_s, u"BIN"_s},
                       {u"data-dir"_s, u"fresh data directory"_s, u"DIR"_s},
                       {u"port"_s, u"port"_s, u"P"_s},
                       {u"uploads"_s, u"parallel uploads"_s, u"N"_s, u"50"_s},
                       {u"size-mib"_s, u"body each upload tries to send"_s, u"MIB"_s, u"1024"_s},
                       {u"waves"_s, u"floods one after the other"_s, u"N"_s, u"10"_s}});
    parser.process(app);
    const int port = parser.isSet(u"port"_s) ? parser.value(u"port"_s).toInt() : regiekamer::bench::freePort();
    const int uploads = parser.value(u"uploads"_s).toInt();
    const qint64 size = parser.value(u"size-mib"_s).toLongLong() << 20;
    const int waves = parser.value(u"waves"_s).toInt();
    regiekamer::bench::Server server(parser.value(u"server"_s), parser.value(u"data-dir"_s), port);
    server.start({u"--max-connections-per-address"_s, QString::number(uploads + 8)});

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(parser.value(u"data-dir"_s) + u"/server-certificate.pem"_s));
    regiekamer::tls::applyModernPolicy(tls);
    std::atomic<bool> never {false};
    const std::vector<double> baseline = probe(tls, port, never, 300);
    report("baseline", baseline, baseline);
    std::printf("server resident before: %lld KiB\n", statusKiB(server.processId(), "VmRSS:"));

    const QByteArray contentLength = "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "_ba +
        QByteArray::number(size) + "\r\n\r\n"_ba;
    const QByteArray chunked = "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "100000\r\n"_ba;
    for (const auto &[label, head] : {std::pair {"content-length", contentLength}, std::pair {"chunked", chunked}}) {
        std::atomic<bool> stop {false};
        std::vector<double> during;
        QThread *prober = QThread::create([&] { during = probe(tls, port, stop, 1'000'000); });
        prober->start();
        qint64 highest = 0;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, &app,
                         [&] { highest = std::max(highest, statusKiB(server.processId(), "VmRSS:")); });
        sampler.start(20);
        Flood result;
        for (int wave = 0; wave < waves; ++wave) {
            const Flood one = flood(tls, port, uploads, size, head);
            result.sentBytes += one.sentBytes;
            result.elapsedMs += one.elapsedMs;
        }
        stop = true;
        prober->wait();
        delete prober;
        std::printf("== %d waves of %d uploads of %lld MiB, %s: ended after %lld ms; the clients got %lld MiB out\n",
                    waves, uploads, size >> 20, label, result.elapsedMs, result.sentBytes >> 20);
        report(label, during, baseline);
        std::printf("%s server resident: highest sample %lld KiB, VmHWM %lld KiB\n", label, highest,
                    statusKiB(server.processId(), "VmHWM:"));
    }
    server.stop();
    return 0;
}
