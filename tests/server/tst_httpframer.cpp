// The connection guard's framing of HTTP/1.1: where messages end, and what a request may not be.
#include "net/HttpFramer.h"

#include <QTest>

using namespace regiekamer::server::net;
using namespace Qt::StringLiterals;

namespace {

using Phase = HttpFramer::Phase;

HttpFramer requests(FramingLimits limits = {})
{
    return HttpFramer(HttpFramer::Role::Request, limits);
}

HttpFramer responses()
{
    return HttpFramer(HttpFramer::Role::Response, FramingLimits {8192, 65536, 100, qint64 {1} << 40});
}

// Feeds `bytes` one byte at a time: the framing must not depend on how the stream was cut.
HttpFramer::Step feedBytewise(HttpFramer &framer, QByteArrayView bytes)
{
    HttpFramer::Step total;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const HttpFramer::Step step = framer.feed(bytes.sliced(i, 1));
        total.accepted += step.accepted;
        total.completed += step.completed;
        if (step.error) {
            total.error = step.error;
            break;
        }
    }
    return total;
}

} // namespace

class TestHttpFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsEndWhereTheirBodiesEnd_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("messages");
        QTest::newRow("get") << "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 1;
        QTest::newRow("post with body") << "POST /api/v1/session HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"_ba << 1;
        QTest::newRow("pipelined") << "GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"
                                      "DELETE /c HTTP/1.0\r\n\r\n"_ba
                                   << 3;
        QTest::newRow("blank lines between") << "GET /a HTTP/1.1\r\n\r\n\r\n\r\nGET /b HTTP/1.1\r\n\r\n"_ba << 2;
        QTest::newRow("zero length") << "PATCH /a HTTP/1.1\r\nContent-Length: 0\r\n\r\n"_ba << 1;
    }

    // Requests end where their bodies end, whether fed whole or byte by byte (GET, POST, pipelined, blank lines
    // between).
    void requestsEndWhereTheirBodiesEnd()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, messages);
        HttpFramer whole = requests();
        const HttpFramer::Step step = whole.feed(stream);
        QVERIFY(!step.error);
        QCOMPARE(step.accepted, stream.size());
        QCOMPARE(step.completed, messages);
        QCOMPARE(whole.phase(), Phase::BetweenMessages);

        HttpFramer piecewise = requests();
        const HttpFramer::Step pieces = feedBytewise(piecewise, stream);
        QVERIFY(!pieces.error);
        QCOMPARE(pieces.accepted, stream.size());
        QCOMPARE(pieces.completed, messages);
    }

    // A body that looks like a request (smuggling) is only bytes of its message.
    void aBodyIsNotAMessage()
    {
        HttpFramer framer = requests();
        // The body looks like a request of its own; it is only bytes of the first one.
        const QByteArray body = "GET /evil HTTP/1.1\r\n\r\n"_ba;
        const QByteArray stream =
            "POST /a HTTP/1.1\r\nContent-Length: "_ba + QByteArray::number(body.size()) + "\r\n\r\n"_ba + body;
        const HttpFramer::Step step = framer.feed(stream);
        QCOMPARE(step.completed, 1);
        QCOMPARE(framer.phase(), Phase::BetweenMessages);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("status");
        const QByteArray longTarget = "GET /"_ba + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n"_ba;
        QByteArray manyHeaders = "GET / HTTP/1.1\r\n"_ba;
        for (int i = 0; i < 65; ++i)
            manyHeaders += "X-" + QByteArray::number(i) + ": 1\r\n";
        manyHeaders += "\r\n";
        QTest::newRow("declared body over the limit")
            << "POST /a HTTP/1.1\r\nContent-Length: 1073741824\r\n\r\n"_ba << 413;
        QTest::newRow("chunked body") << "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << 411;
        QTest::newRow("any transfer coding") << "POST /a HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"_ba << 411;
        QTest::newRow("two lengths") << "POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx"_ba << 400;
        QTest::newRow("length list") << "POST /a HTTP/1.1\r\nContent-Length: 1, 1\r\n\r\nx"_ba << 400;
        QTest::newRow("signed length") << "POST /a HTTP/1.1\r\nContent-Length: +1\r\n\r\nx"_ba << 400;
        QTest::newRow("long target") << longTarget << 414;
        QTest::newRow("large header") << "GET / HTTP/1.1\r\nX: "_ba + QByteArray(17000, 'a') + "\r\n\r\n"_ba << 431;
        QTest::newRow("many headers") << manyHeaders << 431;
        QTest::newRow("bare line feed") << "GET / HTTP/1.1\nHost: x\n\n"_ba << 400;
        QTest::newRow("lone carriage return") << "GET / HTTP/1.1\r\nX: a\rb\r\n\r\n"_ba << 400;
        QTest::newRow("folded header") << "GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n"_ba << 400;
        QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nContent-Length : 5\r\n\r\n"_ba << 400;
        QTest::newRow("nul in value") << QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 25) << 400;
        QTest::newRow("absolute target") << "GET http://x/ HTTP/1.1\r\n\r\n"_ba << 400;
        QTest::newRow("http/2 preface") << "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba << 400;
        QTest::newRow("two spaces") << "GET  / HTTP/1.1\r\n\r\n"_ba << 400;
        QTest::newRow("leading space") << " GET / HTTP/1.1\r\n\r\n"_ba << 400;
        QTest::newRow("trace") << "TRACE / HTTP/1.1\r\n\r\n"_ba << 501;
        QTest::newRow("head") << "HEAD / HTTP/1.1\r\n\r\n"_ba << 501;
        QTest::newRow("connect") << "CONNECT x:443 HTTP/1.1\r\n\r\n"_ba << 400;
        QTest::newRow("upgrade with a body")
            << "GET /e HTTP/1.1\r\nUpgrade: websocket\r\nContent-Length: 1\r\n\r\nx"_ba << 400;
    }

    // Each malformed, oversized or ambiguous request is refused with its status, whole or byte by byte.
    void refusals()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, status);
        for (const bool bytewise : {false, true}) {
            HttpFramer framer = requests();
            const HttpFramer::Step step = bytewise ? feedBytewise(framer, stream) : framer.feed(stream);
            QVERIFY2(step.error.has_value(), bytewise ? "byte by byte" : "whole");
            QCOMPARE(statusOf(*step.error), status);
            QCOMPARE(step.completed, 0);
        }
    }

    // The limit is known from the header: nothing of the body is read before the refusal.
    void anOversizedBodyIsRefusedBeforeItsFirstByte()
    {
        HttpFramer framer = requests(FramingLimits {8192, 16384, 64, 1000});
        const QByteArray head = "POST /a HTTP/1.1\r\nContent-Length: 1001\r\n\r\n"_ba;
        const HttpFramer::Step step = framer.feed(head);
        QVERIFY(step.error);
        QCOMPARE(statusOf(*step.error), 413);
        HttpFramer within = requests(FramingLimits {8192, 16384, 64, 1000});
        QVERIFY(!within.feed("POST /a HTTP/1.1\r\nContent-Length: 1000\r\n\r\n"_ba).error);
        QCOMPARE(within.phase(), Phase::Body);
    }

    // What came before a refused request still passes; the refused one does not.
    void acceptedStopsAtTheRefusedRequest()
    {
        HttpFramer framer = requests();
        const QByteArray good = "GET /a HTTP/1.1\r\n\r\n"_ba;
        const HttpFramer::Step step = framer.feed(QByteArray(good + "GET /b HTTP/1.1\nX: y\n\n"_ba));
        QVERIFY(step.error);
        QCOMPARE(step.accepted, good.size());
        QCOMPARE(step.completed, 1);
    }

    // After a WebSocket upgrade request nothing more passes until the server has answered it.
    void anUpgradeStopsTheRequestsUntilItIsAnswered()
    {
        HttpFramer framer = requests();
        const QByteArray upgrade =
            "GET /api/v1/events HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"_ba;
        const QByteArray frames = "\x81\x85maskhello"_ba;
        HttpFramer::Step step = framer.feed(QByteArray(upgrade + frames));
        QCOMPARE(step.completed, 1);
        QCOMPARE(step.accepted, upgrade.size());
        QCOMPARE(framer.phase(), Phase::AwaitingUpgradeAnswer);
        QCOMPARE(framer.feed(frames).accepted, 0);
        framer.switchToTunnel();
        step = framer.feed(frames);
        QCOMPARE(step.accepted, frames.size());
        QCOMPARE(step.completed, 0);
    }

    // The server's answers are counted (interim 100, 204, chunked), so refusals wait for earlier answers.
    void responsesAreCountedAsTheServerSendsThem()
    {
        HttpFramer framer = responses();
        const QByteArray stream = "HTTP/1.1 100 Continue\r\n\r\n"
                                  "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"
                                  "HTTP/1.1 204 No Content\r\n\r\n"
                                  "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"_ba;
        const HttpFramer::Step step = framer.feed(stream);
        QVERIFY(!step.error);
        QCOMPARE(step.completed, 3); // the interim 100 answers nothing yet
        HttpFramer piecewise = responses();
        QCOMPARE(feedBytewise(piecewise, stream).completed, 3);
    }

    // A 101 answer opens the tunnel for the WebSocket frames.
    void aSwitchOpensTheTunnel()
    {
        HttpFramer framer = responses();
        framer.expectUpgradeAnswer();
        const HttpFramer::Step step =
            framer.feed("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n\x81\x02hi"_ba);
        QCOMPARE(step.completed, 1);
        QVERIFY(framer.switchedProtocols());
        QVERIFY(!framer.refusedUpgrade());
    }

    // QHttpServer refuses an upgrade with a bare head and no length: that answer ends there.
    void aRefusedUpgradeEndsWithItsHead()
    {
        HttpFramer framer = responses();
        framer.expectUpgradeAnswer();
        const HttpFramer::Step step = framer.feed("HTTP/1.1 401 Unauthorized\r\n\r\n"_ba);
        QCOMPARE(step.completed, 1);
        QVERIFY(framer.refusedUpgrade());
        QCOMPARE(framer.phase(), Phase::BetweenMessages);
    }

    // An answer without a length lasts until the connection ends.
    void anAnswerWithoutLengthLastsUntilTheEnd()
    {
        HttpFramer framer = responses();
        const HttpFramer::Step step = framer.feed("HTTP/1.0 200 OK\r\n\r\nanything"_ba);
        QCOMPARE(step.completed, 1);
        QCOMPARE(framer.phase(), Phase::UntilClose);
    }
};

QTEST_GUILESS_MAIN(TestHttpFramer)
#include "tst_httpframer.moc"
