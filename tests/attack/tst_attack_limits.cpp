// Attack review finding 2: unauthenticated memory exhaustion and slow clients. Bodies over the limit are refused
// while being read, header and URL sizes are limited, slow and idle clients are cut off, and connections per client
// address are capped; all before QHttpServer reads a byte (server/net).
#include "ApiRequests.h"
#include "RawHttpsClient.h"
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray head(const QByteArray &requestLine, const QByteArray &headers = {})
{
    return requestLine + "\r\nHost: 127.0.0.1\r\n"_ba + headers + "\r\n"_ba;
}

QString errorOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value("error"_L1).toString();
}

// The goal of finding 2 is for the release build. Under AddressSanitizer (./test's second build) every allocation
// carries shadow memory and freed blocks wait in a quarantine of up to 256 MB; the bound there still tells a
// bounded server from one that buffers the flood (556 MB in the release build with the body limit taken out).
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 peakLimitMiB = 400;
#else
constexpr qint64 peakLimitMiB = 150;
#endif

// The peak resident memory of a process, in MiB (VmHWM of /proc/PID/status).
qint64 peakResidentMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

} // namespace

class TestAttackLimits : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;

    std::unique_ptr<RawHttpsClient> connection()
    {
        auto client = std::make_unique<RawHttpsClient>(m_api.tls(), m_server.port());
        if (!client->open())
            return nullptr;
        return client;
    }

    // Sends `bytes` on a fresh connection; expects the status and error code, and the connection ended after it.
    void expectRefusal(const QByteArray &bytes, int status, const char *code)
    {
        auto client = connection();
        QVERIFY(client);
        client->send(bytes);
        QByteArray body;
        QCOMPARE(client->readAnswer(&body), status);
        QCOMPARE(errorOf(body), QLatin1StringView(code));
        QVERIFY(client->waitClosed(5s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--request-timeout-seconds"_s, u"1"_s, u"--idle-timeout-seconds"_s, u"2"_s,
                                 u"--max-connections-per-address"_s, u"8"_s}),
                 m_server.lastOutput().constData());
        QVERIFY(m_api.connectTo(m_server));
    }
    // The control: requests within the limits, pipelined, and a body within the limit reach the API.
    void aRequestWithinTheLimitsIsServed()
    {
        auto client = connection();
        QVERIFY(client);
        client->send(head("GET /api/v1/health HTTP/1.1"_ba) + head("GET /api/v1/health HTTP/1.1"_ba));
        QCOMPARE(client->readAnswer(), 200);
        QCOMPARE(client->readAnswer(), 200); // pipelined, both answered in order
        client->send(
            head("POST /api/v1/session HTTP/1.1"_ba, "Content-Type: application/json\r\nContent-Length: 2\r\n"_ba) +
            "{}"_ba);
        QCOMPARE(client->readAnswer(), 400); // a body within the limit reaches the API
        QVERIFY(client->isOpen());
    }
    // A declared 1 GiB body: 413 from the header, at once, before a byte of the body is read.
    void anOversizedBodyIsRefusedBeforeItIsSent()
    {
        QElapsedTimer clock;
        clock.start();
        expectRefusal(head("POST /api/v1/session HTTP/1.1"_ba, "Content-Length: 1073741824\r\n"_ba), 413,
                      "payload_too_large");
        QVERIFY(clock.elapsed() < 3000);
    }
    // A chunked body: 411, as QHttpServer 6.8's chunked reader cannot be framed strictly.
    void aChunkedBodyIsRefused()
    {
        expectRefusal(head("POST /api/v1/session HTTP/1.1"_ba, "Transfer-Encoding: chunked\r\n"_ba) + "400\r\n"_ba, 411,
                      "length_required");
    }
    // A 9 KB request line (414), a 17 KB header and 100 header lines (431).
    void oversizedHeadsAreRefused()
    {
        expectRefusal(head("GET /api/v1/health?"_ba + QByteArray(9000, 'a') + " HTTP/1.1"_ba), 414, "uri_too_long");
        expectRefusal(head("GET /api/v1/health HTTP/1.1"_ba, "X-Filler: "_ba + QByteArray(17000, 'a') + "\r\n"_ba), 431,
                      "headers_too_large");
        QByteArray many;
        for (int i = 0; i < 100; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        expectRefusal(head("GET /api/v1/health HTTP/1.1"_ba, many), 431, "headers_too_large");
    }

    // Framing two readers could take differently (request smuggling) is refused, not guessed at.
    void ambiguousFramingIsRefused()
    {
        expectRefusal(head("POST /api/v1/session HTTP/1.1"_ba, "Content-Length: 2\r\nContent-Length: 40\r\n"_ba), 400,
                      "bad_request");
        expectRefusal(
            head("POST /api/v1/session HTTP/1.1"_ba, "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n"_ba), 411,
            "length_required");
        expectRefusal("GET /api/v1/health HTTP/1.1\nHost: x\n\n"_ba, 400, "bad_request");
        expectRefusal(head("GET /api/v1/health HTTP/1.1"_ba, "X-A: 1\r\n folded\r\n"_ba), 400, "bad_request");
        expectRefusal(head("TRACE /api/v1/health HTTP/1.1"_ba), 501, "not_implemented");
    }
    // Slowloris: a header line every 200 ms never completes the head; 408 after the request timeout.
    void aSlowHeaderIsCutOff()
    {
        auto client = connection();
        QVERIFY(client);
        QElapsedTimer clock;
        clock.start();
        client->send("GET /api/v1/health HTTP/1.1\r\n"_ba);
        int status = 0;
        QByteArray body;
        for (int i = 0; i < 40 && status == 0; ++i) { // a header line every 200 ms never completes the head
            client->send("X-Slow-" + QByteArray::number(i) + ": 1\r\n");
            status = client->readAnswer(&body, 200ms);
        }
        QCOMPARE(status, 408);
        QCOMPARE(errorOf(body), "request_timeout"_L1);
        QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(client->waitClosed(5s));
    }
    // A body that stops arriving: 408 after three request timeouts.
    void aSlowBodyIsCutOff()
    {
        auto client = connection();
        QVERIFY(client);
        client->send(head("POST /api/v1/session HTTP/1.1"_ba, "Content-Length: 100\r\n"_ba) + "{\"email\""_ba);
        QByteArray body;
        QCOMPARE(client->readAnswer(&body, 8s), 408); // three request timeouts for the body
        QVERIFY(client->waitClosed(5s));
    }
    // A kept-alive connection with nothing under way is closed after the idle timeout.
    void anIdleConnectionIsClosed()
    {
        auto client = connection();
        QVERIFY(client);
        client->send(head("GET /api/v1/health HTTP/1.1"_ba));
        QCOMPARE(client->readAnswer(), 200);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(client->waitClosed(6s));
        QVERIFY2(clock.elapsed() >= 1500, qPrintable(QString::number(clock.elapsed())));
    }
    // More connections from one address than allowed: the one over the limit gets no TLS handshake; a freed slot
    // serves again.
    void connectionsPerAddressAreCapped()
    {
        std::vector<std::unique_ptr<RawHttpsClient>> open;
        for (int i = 0; i < 8; ++i) {
            open.push_back(connection());
            QVERIFY2(open.back(), qPrintable(u"connection %1"_s.arg(i + 1)));
        }
        RawHttpsClient ninth(m_api.tls(), m_server.port());
        QVERIFY(!ninth.open(3s));
        open.pop_back();
        std::unique_ptr<RawHttpsClient> again;
        for (int attempt = 0; attempt < 20 && !again; ++attempt) // the server notices the closed one shortly
            again = connection();
        QVERIFY(again);
        again->send(head("GET /api/v1/health HTTP/1.1"_ba));
        QCOMPARE(again->readAnswer(), 200);
    }

    // Fifty clients each try to upload 8 MiB at once: the server refuses each at its header, its memory stays low,
    // and it keeps answering.
    void aFloodOfUploadsLeavesMemoryBounded()
    {
        ServerProcess flooded;
        QVERIFY2(flooded.start({u"--max-connections-per-address"_s, u"64"_s}), flooded.lastOutput().constData());
        ApiRequests api;
        QVERIFY(api.connectTo(flooded));
        std::vector<std::unique_ptr<RawHttpsClient>> uploads;
        for (int i = 0; i < 50; ++i) {
            uploads.push_back(std::make_unique<RawHttpsClient>(api.tls(), flooded.port()));
            QVERIFY(uploads.back()->open());
            uploads.back()->send(
                head("POST /api/v1/session HTTP/1.1"_ba, "Content-Length: " + QByteArray::number(8 << 20) + "\r\n"));
        }
        constexpr qint64 each = qint64 {8} << 20;
        qint64 sent = 0;
        const QDeadlineTimer deadline(20s);
        bool pushing = true;
        while (pushing && !deadline.hasExpired()) { // all fifty at once, as far as each connection takes it
            pushing = false;
            sent = 0;
            for (auto &upload : uploads) {
                const qint64 pushed = upload->pushStep(each);
                sent += pushed;
                pushing = pushing || (pushed < each && upload->isOpen());
            }
            QTest::qWait(1);
        }
        RawHttpsClient probe(api.tls(), flooded.port());
        QVERIFY(probe.open());
        probe.send(head("GET /api/v1/health HTTP/1.1"_ba));
        QCOMPARE(probe.readAnswer(nullptr, 5s), 200);
        const qint64 peak = peakResidentMiB(flooded.processId());
        qInfo("sent %lld MiB in all; server peak resident %lld MiB", sent >> 20, peak);
        QVERIFY2(peak > 0 && peak < peakLimitMiB, qPrintable(QString::number(peak)));
        const int exitCode = flooded.terminate();
        QVERIFY2(exitCode == 0, flooded.lastOutput().right(3000).constData());
    }
    // After every connection above the server's log holds no warning about the connection handover (one such line
    // per connection would bury the warnings that matter).
    void theLogStaysReadable()
    {
        QVERIFY(m_server.terminate() == 0);
        QVERIFY2(!m_server.lastOutput().contains("nextPendingConnection"),
                 m_server.lastOutput().right(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestAttackLimits)
#include "tst_attack_limits.moc"
