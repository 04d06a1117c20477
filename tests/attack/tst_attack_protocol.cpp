// The pentest suite's protocol attacks against the real server over TLS: a session token replayed after sign-out and
// after its account was disabled, methods the API does not take, paths that climb out of the API, and header
// injection. Each attack must change nothing and hand out nothing.
#include "ApiRequests.h"
#include "RawHttpsClient.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using regiekamer::Role;

class TestAttackProtocol : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;

    QString signIn(Role role, qint64 *userId = nullptr)
    {
        const ServerProcess::DemoAccount account = m_server.demoAccounts().value(role);
        return m_api.login(account.email, account.password, userId);
    }

    int rawStatus(const QByteArray &request)
    {
        RawHttpsClient client(m_api.tls(), m_server.port());
        if (!client.open())
            return -1;
        client.send(request);
        return client.readAnswer(nullptr, 10s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        QVERIFY(m_api.connectTo(m_server));
    }

    // A token used after its session was signed out is refused, for reads and writes alike.
    void tokenReplayedAfterSignOut()
    {
        const QString token = signIn(Role::Moderator);
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_api.send("GET", m_api.url(u"/api/v1/webinars"_s), token).status, 200);
        QCOMPARE(m_api.send("DELETE", m_api.url(u"/api/v1/session"_s), token).status, 204);
        QCOMPARE(m_api.send("GET", m_api.url(u"/api/v1/webinars"_s), token).status, 401);
        QCOMPARE(m_api.send("GET", m_api.url(u"/api/v1/me"_s), token).status, 401);
        QCOMPARE(m_api.send("DELETE", m_api.url(u"/api/v1/session"_s), token).status, 401);
    }

    // A token of an account the administrator disabled is refused at once, not when it expires.
    void tokenReplayedAfterTheAccountIsDisabled()
    {
        qint64 clientStaffId = 0;
        const QString token = signIn(Role::ClientStaff, &clientStaffId);
        QVERIFY(!token.isEmpty() && clientStaffId > 0);
        QCOMPARE(m_api.send("GET", m_api.url(u"/api/v1/webinars"_s), token).status, 200);
        const QString admin = signIn(Role::Admin);
        const ApiReply account = m_api.send("GET", m_api.url(u"/api/v1/users/%1"_s.arg(clientStaffId)), admin);
        QCOMPARE(account.status, 200);
        const qint64 version = account.json().value("version"_L1).toInteger();
        const ApiReply disabled = m_api.sendJson("PATCH", m_api.url(u"/api/v1/users/%1"_s.arg(clientStaffId)), admin,
                                                 QJsonObject {{"version"_L1, version}, {"disabled"_L1, true}});
        QVERIFY2(disabled.status == 200, qPrintable(disabled.describe()));
        QCOMPARE(m_api.send("GET", m_api.url(u"/api/v1/webinars"_s), token).status, 401);
        const ServerProcess::DemoAccount staff = m_server.demoAccounts().value(Role::ClientStaff);
        QVERIFY(m_api.login(staff.email, staff.password).isEmpty()); // and no new session either
    }

    // Methods the API does not take: refused before the API (501), or no route (404/405); nothing served.
    void methodConfusion_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QList<int>>("statuses");
        const auto line = [](const char *method,
                             const char *path) -> QByteArray { // not a QStringBuilder of its arguments
            return QByteArray(method) + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba;
        };
        QTest::newRow("TRACE") << line("TRACE", "/api/v1/health") << QList<int> {501};
        QTest::newRow("HEAD") << line("HEAD", "/api/v1/webinars") << QList<int> {501};
        QTest::newRow("OPTIONS") << line("OPTIONS", "/api/v1/webinars") << QList<int> {501};
        QTest::newRow("CONNECT") << "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba << QList<int> {400};
        QTest::newRow("DELETE on the list") << line("DELETE", "/api/v1/webinars") << QList<int> {401, 404, 405};
        QTest::newRow("PUT on health") << line("PUT", "/api/v1/health") << QList<int> {404, 405};
        QTest::newRow("lower-case get") << line("get", "/api/v1/health") << QList<int> {501};
    }

    void methodConfusion()
    {
        QFETCH(QByteArray, request);
        QFETCH(QList<int>, statuses);
        const int status = rawStatus(request);
        QVERIFY2(statuses.contains(status), qPrintable(QString::number(status)));
    }

    // Paths that climb out of the API or hide a climb in their encoding reach no file and no other route.
    void pathTraversal_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("dot dot") << "/api/v1/../../../etc/passwd"_ba;
        QTest::newRow("encoded dots") << "/api/v1/%2e%2e/%2e%2e/etc/passwd"_ba;
        QTest::newRow("encoded slash") << "/api/v1/webinars/1%2f..%2f..%2fusers"_ba;
        QTest::newRow("backslashes") << "/api/v1/..\\..\\etc\\passwd"_ba;
        QTest::newRow("double slash") << "//etc/passwd"_ba;
        QTest::newRow("data directory") << "/regiekamer.sqlite"_ba;
        QTest::newRow("key file") << "/api/v1/../master.key"_ba;
    }

    void pathTraversal()
    {
        QFETCH(QByteArray, path);
        RawHttpsClient client(m_api.tls(), m_server.port());
        QVERIFY(client.open());
        client.send("GET "_ba + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba);
        QByteArray body;
        const int status = client.readAnswer(&body, 10s);
        QVERIFY2(status == 404 || status == 400 || status == 401, qPrintable(QString::number(status)));
        QVERIFY(!body.contains("root:"));
        QVERIFY(!body.contains("SQLite format"));
    }

    // A header carrying a line break, or a second request hidden in one, is refused whole (400), and the hidden
    // request is never served.
    void headerInjection()
    {
        QCOMPARE(
            rawStatus(
                "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Access-Reason: audit\rSet-Cookie: x\r\n\r\n"_ba),
            400);
        QCOMPARE(rawStatus("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\nX-Injected: 1\r\n\r\n"_ba), 400);
        RawHttpsClient client(m_api.tls(), m_server.port());
        QVERIFY(client.open());
        client.send(
            "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: 1\r\n\x00GET /api/v1/me HTTP/1.1\r\n\r\n"_ba);
        QCOMPARE(client.readAnswer(nullptr, 10s), 400);
        QCOMPARE(client.readAnswer(nullptr, 2s), 0); // nothing after the refusal
    }
};

QTEST_GUILESS_MAIN(TestAttackProtocol)
#include "tst_attack_protocol.moc"
