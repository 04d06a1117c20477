#include "ApiRequests.h"
#include "ServerProcess.h"
#include "base/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Event.h"
#include "protocol/Lists.h"
#include "protocol/Roles.h"
#include "protocol/Session.h"
#include "protocol/StaffAccount.h"
#include "protocol/Webinar.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

const QByteArray staffPassword = "integration-test-password-1";

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ServerProcess *m_target = &m_server; // the server that requests go to
    ApiRequests m_api; // requests to m_target, trusting its certificate only

    // Trust exactly the server's own certificate, read from its data dir, as the only CA.
    void trustServerCertificate() { QVERIFY(m_api.connectTo(*m_target)); }

    ApiReply send(const QByteArray &verb, const char *path, const QByteArray &body = {}, const QString &token = {})
    {
        return m_api.send(verb, m_api.url(QString::fromLatin1(path)), token, body);
    }

    QNetworkRequest eventsRequest(const QString &token) const
    {
        return m_api.request(m_api.webSocketUrl(QString::fromLatin1(api::path::events)), token);
    }

    ApiReply login(const QString &email, const QString &password)
    {
        const QByteArray body = QJsonDocument(api::LoginRequest {email, password, std::nullopt}.toJson()).toJson();
        return send("POST", api::path::session, body);
    }

    QString tokenFor(Role role)
    {
        const auto account = m_target->demoAccounts().value(role);
        const ApiReply reply = login(account.email, account.password);
        if (reply.status != 200)
            qWarning("demo login for %s failed: %d %s", qPrintable(roleToWire(role)), reply.status,
                     reply.body.constData());
        return reply.json().value("token"_L1).toString();
    }

    QList<api::WebinarSummary> webinarsFor(Role role)
    {
        const ApiReply reply = send("GET", api::path::webinars, {}, tokenFor(role));
        auto list = api::listFromJson<api::WebinarSummary>(reply.json());
        if (reply.status != 200 || !list)
            qWarning("webinars for %s: %d %s", qPrintable(roleToWire(role)), reply.status, reply.body.constData());
        return list.value_or(QList<api::WebinarSummary> {});
    }

    int admin(const QStringList &arguments, const QByteArray &input = {}, QByteArray *output = nullptr)
    {
        return m_server.runAdmin(arguments, input, output);
    }

    static QString openssl() { return QStandardPaths::findExecutable(u"openssl"_s); }

    QByteArray runSClient(const QString &version, int *exitCode)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl(),
                      {u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(m_server.port()), version, u"-brief"_s});
        process.closeWriteChannel();
        if (!process.waitForFinished(20000))
            process.kill();
        *exitCode = process.exitCode();
        return process.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        trustServerCertificate();
        const auto certificate = QSslCertificate::fromPath(m_server.dataDir() + u"/server-certificate.pem"_s).first();
        QCOMPARE(m_server.fingerprint(),
                 QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
        QCOMPARE(m_server.demoAccounts().size(), 5);
        QVERIFY(QFile(m_server.dataDir() + u"/server-key.pem"_s).permissions() ==
                (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        QVERIFY(!m_server.lastOutput().contains(staffPassword));
    }

    void adminCliCreatesAccounts()
    {
        QByteArray output;
        QCOMPARE(admin({u"user"_s, u"add"_s, u"--email"_s, u"Login.OK@Example.com"_s, u"--role"_s, u"moderator"_s,
                        u"--name"_s, u"Lotte Ng"_s},
                       staffPassword + '\n', &output),
                 0);
        QVERIFY(!output.contains(staffPassword));
        QCOMPARE(admin({u"user"_s, u"add"_s, u"--email"_s, u"throttle@example.com"_s, u"--role"_s, u"director"_s},
                       staffPassword + '\n'),
                 0);
        QCOMPARE(admin({u"user"_s, u"add"_s, u"--email"_s, u"disable.me@example.com"_s, u"--role"_s, u"director"_s},
                       staffPassword + '\n'),
                 0);
    }

    void adminCliRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        const QByteArray good = staffPassword + '\n';
        QTest::newRow("bad role") << QStringList {u"--email"_s, u"x1@example.com"_s, u"--role"_s, u"root"_s} << good;
        QTest::newRow("duplicate") << QStringList {u"--email"_s, u"login.ok@example.com"_s, u"--role"_s, u"admin"_s}
                                   << good;
        QTest::newRow("short password") << QStringList {u"--email"_s, u"x2@example.com"_s, u"--role"_s, u"admin"_s}
                                        << QByteArray("too-short\n");
        QTest::newRow("client staff without org")
            << QStringList {u"--email"_s, u"x3@example.com"_s, u"--role"_s, u"client_staff"_s} << good;
        QTest::newRow("bad email") << QStringList {u"--email"_s, u"not-an-email"_s, u"--role"_s, u"admin"_s} << good;
    }

    void adminCliRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QByteArray output;
        QVERIFY(admin(QStringList {u"user"_s, u"add"_s} + arguments, input, &output) != 0);
        QVERIFY2(output.contains("error"), output.constData());
    }

    void health()
    {
        const ApiReply reply = send("GET", api::path::health);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(reply.cacheControl, QByteArray("no-store"));
    }

    void loginAndMe()
    {
        const ApiReply reply = login(u"login.ok@example.com"_s, QString::fromLatin1(staffPassword));
        QCOMPARE(reply.status, 200);
        auto grant = api::SessionGrant::fromJson(reply.json());
        QVERIFY(grant);
        QVERIFY(grant->token.size() >= 43);
        QCOMPARE(grant->user.role, Role::Moderator);
        QVERIFY(grant->expiresAt > QDateTime::currentDateTimeUtc());
        const ApiReply me = send("GET", api::path::me, {}, grant->token);
        QCOMPARE(me.status, 200);
        auto user = api::UserInfo::fromJson(me.json());
        QVERIFY(user);
        QCOMPARE(user->email, u"login.ok@example.com"_s);
        QCOMPARE(user->displayName, u"Lotte Ng"_s);
    }

    void wrongPasswordAndUnknownAccountAreIdentical()
    {
        const ApiReply wrong = login(u"login.ok@example.com"_s, u"not the password at all"_s);
        const ApiReply unknown = login(u"nobody@example.com"_s, u"not the password at all"_s);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.errorCode(), QString::fromLatin1(api::errc::invalidCredentials));
        QCOMPARE(wrong.body, unknown.body);
        // A success resets the failure count for the real account.
        QCOMPARE(login(u"login.ok@example.com"_s, QString::fromLatin1(staffPassword)).status, 200);
    }

    void throttling()
    {
        for (const QString &email : {u"throttle@example.com"_s, u"ghost@example.com"_s}) {
            for (int attempt = 0; attempt < 3; ++attempt)
                QCOMPARE(login(email, u"wrong wrong wrong"_s).status, 401);
            const ApiReply locked = login(email, QString::fromLatin1(staffPassword));
            QCOMPARE(locked.status, 429);
            QCOMPARE(locked.errorCode(), QString::fromLatin1(api::errc::tooManyAttempts));
            QVERIFY(locked.json().value("retryAfterSeconds"_L1).toInteger() >= 1);
            QVERIFY(locked.retryAfter.toInt() >= 1);
        }
    }

    void scopesPerRole()
    {
        const auto all = webinarsFor(Role::Admin);
        const auto director = webinarsFor(Role::Director);
        const auto moderator = webinarsFor(Role::Moderator);
        const auto client = webinarsFor(Role::ClientStaff);
        const auto viewer = webinarsFor(Role::Viewer);
        QCOMPARE(all.size(), 6);
        QCOMPARE(director.size(), 3);
        QCOMPARE(moderator.size(), 2);
        QCOMPARE(client.size(), 3);
        QCOMPARE(viewer.size(), 2);
        qint64 registrations = 0;
        for (const auto &webinar : all)
            registrations += webinar.registrationCount;
        QVERIFY(registrations >= 300);
        const auto me = api::UserInfo::fromJson(send("GET", api::path::me, {}, tokenFor(Role::ClientStaff)).json());
        QVERIFY(me && me->organisationId > 0);
        for (const auto &webinar : client)
            QCOMPARE(webinar.organisationId, me->organisationId);
    }

    void usersAdminOnly()
    {
        const ApiReply forbidden = send("GET", api::path::users, {}, tokenFor(Role::Director));
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.errorCode(), QString::fromLatin1(api::errc::forbidden));
        const ApiReply allowed = send("GET", api::path::users, {}, tokenFor(Role::Admin));
        QCOMPARE(allowed.status, 200);
        auto accounts = api::listFromJson<api::StaffAccount>(allowed.json());
        QVERIFY(accounts);
        QVERIFY(accounts->size() >= 8);
        QVERIFY(!allowed.body.contains("argon2"));
        const auto isViewer = [](const api::StaffAccount &account) { return account.role == Role::Viewer; };
        QVERIFY(std::ranges::any_of(*accounts, isViewer));

        // The staff list of the desktop app: no viewer accounts, and a total of the staff alone.
        const ApiReply staff =
            m_api.send("GET", m_api.url(QString::fromLatin1(api::path::users), {{u"staffOnly"_s, u"true"_s}}),
                       tokenFor(Role::Admin));
        QCOMPARE(staff.status, 200);
        auto staffAccounts = api::listFromJson<api::StaffAccount>(staff.json());
        QVERIFY(staffAccounts && !staffAccounts->isEmpty());
        QVERIFY(std::ranges::none_of(*staffAccounts, isViewer));
        QCOMPARE(staff.json().value("total"_L1).toInteger(),
                 std::ranges::count_if(*accounts, [&](const auto &account) { return !isViewer(account); }));
        QCOMPARE(m_api
                     .send("GET", m_api.url(QString::fromLatin1(api::path::users), {{u"staffOnly"_s, u"yes"_s}}),
                           tokenFor(Role::Admin))
                     .status,
                 400);
    }

    void errorsAreJson()
    {
        QCOMPARE(send("GET", api::path::me).errorCode(), QString::fromLatin1(api::errc::unauthenticated));
        QCOMPARE(send("GET", api::path::me).status, 401);
        QCOMPARE(send("GET", api::path::me, {}, u"bogus-token"_s).status, 401);
        const ApiReply missing = send("GET", "/api/v1/nothing-here");
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QString::fromLatin1(api::errc::notFound));
        const ApiReply malformed = send("POST", api::path::session, "{not json");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorCode(), QString::fromLatin1(api::errc::badRequest));
        const ApiReply wrongType = send("POST", api::path::session, R"({"email": 5, "password": "x"})");
        QCOMPARE(wrongType.status, 400);
        const ApiReply large = send("POST", api::path::session, QByteArray(70 * 1024, 'x'));
        QCOMPARE(large.status, 413);
        QCOMPARE(large.errorCode(), QString::fromLatin1(api::errc::payloadTooLarge));
    }

    // Found by fuzz_path (tests/fuzz): an id followed by an encoded line feed was read as the id.
    void idsInPathsAreStrict()
    {
        const auto webinars = webinarsFor(Role::Admin);
        QVERIFY(!webinars.isEmpty());
        const QString token = tokenFor(Role::Admin);
        const QString id = QString::number(webinars.first().id);
        QCOMPARE(m_api.send("GET", m_api.url(u"/api/v1/webinars/"_s + id), token).status, 200);
        const QStringList spellings {id + u"%0A"_s, id + u"%0D%0A"_s, u"0"_s + id, u"+"_s + id, id + u"%20"_s};
        for (const QString &spelling : spellings) {
            QUrl target = m_api.url({});
            target.setPath(u"/api/v1/webinars/"_s + spelling, QUrl::TolerantMode); // "%0A" sent as it is
            const ApiReply reply = m_api.send("GET", target, token);
            QVERIFY2(reply.status == 404, qPrintable(spelling + u": "_s + reply.describe()));
        }
    }

    void logoutRevokes()
    {
        const QString token = tokenFor(Role::Moderator);
        QCOMPARE(send("GET", api::path::me, {}, token).status, 200);
        QCOMPARE(send("DELETE", api::path::session, {}, token).status, 204);
        QCOMPARE(send("GET", api::path::me, {}, token).status, 401);
    }

    void disablingEndsAccess()
    {
        const ApiReply reply = login(u"disable.me@example.com"_s, QString::fromLatin1(staffPassword));
        QCOMPARE(reply.status, 200);
        const QString token = reply.json().value("token"_L1).toString();
        QCOMPARE(admin({u"user"_s, u"disable"_s, u"--email"_s, u"disable.me@example.com"_s}), 0);
        QCOMPARE(send("GET", api::path::me, {}, token).status, 401);
        const ApiReply again = login(u"disable.me@example.com"_s, QString::fromLatin1(staffPassword));
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errorCode(), QString::fromLatin1(api::errc::invalidCredentials));
    }

    void tlsVersions()
    {
        if (openssl().isEmpty())
            QSKIP("openssl command not found");
        int code = 0;
        const QByteArray tls12 = runSClient(u"-tls1_2"_s, &code);
        QVERIFY2(code != 0 && !tls12.contains("CONNECTION ESTABLISHED"), tls12.constData());
        const QByteArray tls13 = runSClient(u"-tls1_3"_s, &code);
        QVERIFY2(tls13.contains("CONNECTION ESTABLISHED") && tls13.contains("TLSv1.3"), tls13.constData());
    }

    void webSocketWithToken()
    {
        const QString token = tokenFor(Role::Director);
        QWebSocket socket;
        socket.setSslConfiguration(m_api.tls());
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(eventsRequest(token));
        QVERIFY(messages.wait(10000));
        auto event = api::Event::fromFrame(messages.first().first().toString().toUtf8());
        QVERIFY(event);
        QCOMPARE(event->type, u"hello"_s);
        auto user = api::UserInfo::fromJson(event->data.value("user"_L1).toObject());
        QVERIFY(user);
        QCOMPARE(user->role, Role::Director);
        // Logging out closes the stream with a reason.
        QCOMPARE(send("DELETE", api::path::session, {}, token).status, 204);
        QVERIFY(disconnected.count() > 0 || disconnected.wait(10000));
        QVERIFY(!socket.closeReason().isEmpty());
    }

    void webSocketWithoutTokenRefused()
    {
        for (const QString &token : {QString(), u"invalid-token"_s}) {
            QWebSocket socket;
            socket.setSslConfiguration(m_api.tls());
            QSignalSpy connected(&socket, &QWebSocket::connected);
            QSignalSpy tlsErrors(&socket, &QWebSocket::sslErrors);
            QSignalSpy errors(&socket, &QWebSocket::errorOccurred);
            socket.open(eventsRequest(token));
            QVERIFY(errors.wait(10000));
            QCOMPARE(connected.count(), 0);
            QCOMPARE(tlsErrors.count(), 0); // refused by the server, not by certificate checks
            // The server answers 401; QWebSocket reports it as a 401 or as an unsupported WWW-Authenticate challenge.
            const QString error = socket.errorString();
            QVERIFY2(error.contains("401"_L1) || error.contains("WWW-Authenticate"_L1), qPrintable(error));
        }
    }

    // Attack review finding 7: one stream per session, a few per account, and nothing large from the client.
    void eventStreamsAreLimited()
    {
        const auto helloOn = [](QWebSocket *socket) {
            QSignalSpy messages(socket, &QWebSocket::textMessageReceived);
            return messages.wait(10000);
        };
        const QString token = tokenFor(Role::Moderator);
        std::unique_ptr<QWebSocket> first(openEvents(token));
        QVERIFY(helloOn(first.get()));
        QSignalSpy firstClosed(first.get(), &QWebSocket::disconnected);
        std::unique_ptr<QWebSocket> second(openEvents(token));
        QVERIFY(helloOn(second.get()));
        QVERIFY(firstClosed.count() > 0 || firstClosed.wait(10000));
        QVERIFY2(first->closeReason().contains(u"newer"_s), qPrintable(first->closeReason()));
        QCOMPARE(second->state(), QAbstractSocket::ConnectedState);

        QSignalSpy secondClosed(second.get(), &QWebSocket::disconnected);
        second->sendTextMessage(QString(64 * 1024, u'x'));
        QVERIFY(secondClosed.count() > 0 || secondClosed.wait(10000));
        QCOMPARE(second->closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);

        std::vector<std::unique_ptr<QWebSocket>> streams;
        for (int i = 0; i < 6; ++i) { // six sessions of one account: the oldest stream gives way
            streams.emplace_back(openEvents(tokenFor(Role::Moderator)));
            QVERIFY(helloOn(streams.back().get()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(streams.front()->state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY2(streams.front()->closeReason().contains(u"Too many"_s), qPrintable(streams.front()->closeReason()));
        for (std::size_t i = 1; i < streams.size(); ++i)
            QCOMPARE(streams.at(i)->state(), QAbstractSocket::ConnectedState);
    }

    QWebSocket *openEvents(const QString &token)
    {
        auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        socket->setSslConfiguration(m_api.tls());
        socket->open(eventsRequest(token));
        return socket;
    }

    void sessionExpiryClosesEventsAndRest()
    {
        ServerProcess shortSessions;
        QVERIFY2(shortSessions.start({u"--demo"_s, u"--session-idle-seconds"_s, u"2"_s}),
                 shortSessions.lastOutput().constData());
        m_target = &shortSessions;
        const auto restore = qScopeGuard([this] {
            m_target = &m_server;
            trustServerCertificate();
        });
        trustServerCertificate();
        // The REST session starts first, so it has expired by the time the event stream's session has.
        const QString restToken = tokenFor(Role::Director);
        const QString streamToken = tokenFor(Role::Admin);
        std::unique_ptr<QWebSocket> socket(openEvents(streamToken));
        QSignalSpy messages(socket.get(), &QWebSocket::textMessageReceived);
        QSignalSpy disconnected(socket.get(), &QWebSocket::disconnected);
        QVERIFY(messages.wait(10000));
        QVERIFY(disconnected.wait(10000)); // idle 2 s, checked every second
        QVERIFY(!socket->closeReason().isEmpty());
        const ApiReply expired = send("GET", api::path::me, {}, restToken);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QString::fromLatin1(api::errc::sessionExpired));
        QCOMPARE(shortSessions.terminate(), 0);
    }

    void badCertificateRefused()
    {
        QTemporaryDir files;
        QFile garbage(files.filePath(u"cert.pem"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");
        garbage.close();
        ServerProcess server;
        server.setDataDir(files.filePath(u"data"_s));
        QVERIFY(!server.start({u"--cert"_s, garbage.fileName(), u"--key"_s, garbage.fileName()}));
        QVERIFY2(server.lastOutput().contains("error"), server.lastOutput().constData());
        QVERIFY(!QFile::exists(server.dataDir()));
    }

    void operatorCertificateUsed()
    {
        // The first server's certificate and key, given as an operator's files to a server with another data dir.
        ServerProcess server;
        QTemporaryDir files;
        server.setDataDir(files.filePath(u"data"_s));
        QVERIFY2(server.start({u"--cert"_s, m_server.dataDir() + u"/server-certificate.pem"_s, u"--key"_s,
                               m_server.dataDir() + u"/server-key.pem"_s}),
                 server.lastOutput().constData());
        QCOMPARE(server.fingerprint(), m_server.fingerprint());
        QVERIFY(!QFile::exists(server.dataDir() + u"/server-certificate.pem"_s));
        QCOMPARE(server.terminate(), 0);
    }

    void startupErrors()
    {
        ServerProcess busy;
        busy.setDataDir(m_server.dataDir() + u"-other"_s);
        QVERIFY(!busy.start({}, m_server.port()));
        QVERIFY2(busy.lastOutput().contains("Cannot listen"), busy.lastOutput().constData());
        QVERIFY(!QFile::exists(busy.dataDir())); // nothing half-written
        ServerProcess missing;
        missing.setDataDir(u"/nonexistent-regiekamer/parent/data"_s);
        QVERIFY(!missing.start());
        QVERIFY2(missing.lastOutput().contains("error"), missing.lastOutput().constData());
    }

    void stopAndRestartReusesCertificate()
    {
        const QString fingerprint = m_server.fingerprint();
        const auto accounts = m_server.demoAccounts();
        QCOMPARE(m_server.terminate(), 0);
        QVERIFY(m_server.lastOutput().contains("Regiekamer server stopped"));
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        QCOMPARE(m_server.fingerprint(), fingerprint);
        QCOMPARE(m_server.demoAccounts().value(Role::Admin).password, accounts.value(Role::Admin).password);
        QCOMPARE(login(accounts.value(Role::Admin).email, accounts.value(Role::Admin).password).status, 200);
        QCOMPARE(m_server.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
