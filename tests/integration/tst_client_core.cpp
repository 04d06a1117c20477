// The client core against the real regiekamer-server (--demo): certificate trust on first use, sign-in,
// refusal of a changed certificate, the event stream and session end.
#include "ServerProcess.h"
#include "net/ApiClient.h"
#include "net/ClientErrors.h"
#include "net/EventStream.h"
#include "net/ReplyGuard.h"
#include "net/TrustStore.h"
#include "protocol/ApiPaths.h"

#include "base/ApiError.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::ApiClient;

namespace {

constexpr int replyTimeoutMs = 20000;

// Runs an ApiClient call and waits for its callback.
template<typename T, typename Call> std::optional<Result<T>> await(Call &&call)
{
    std::optional<Result<T>> result;
    call([&result](Result<T> value) { result = std::move(value); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, replyTimeoutMs))
        return std::nullopt;
    return result;
}

std::optional<Result<api::SessionGrant>> login(ApiClient &client, const QUrl &server,
                                               const ServerProcess::DemoAccount &account)
{
    return await<api::SessionGrant>([&](ApiClient::Callback<api::SessionGrant> done) {
        client.login(server, account.email, account.password, std::move(done));
    });
}

template<typename T> QByteArray errorText(const std::optional<Result<T>> &result)
{
    if (!result)
        return "no answer";
    return *result ? QByteArray("ok") : result->error().message.toUtf8();
}

void clearTrustStore()
{
    client::TrustStore store;
    for (const QString &server : store.servers())
        store.forget(server);
}

} // namespace

class TstClientCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstContactReportsUntrustedCertificate();
    void trustThenLogin();
    void wrongPasswordIsRefused();
    void viewerGetsUserInfo();
    void roleScopedData();
    void eventStreamSaysHello();
    void revokedSessionEnds();
    void changedCertificateIsRefused();
    void cleanupTestCase();

private:
    ServerProcess::DemoAccount account(Role role) const;

    std::unique_ptr<ServerProcess> m_server;
};

ServerProcess::DemoAccount TstClientCore::account(Role role) const
{
    return m_server->demoAccounts().value(role);
}

void TstClientCore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    clearTrustStore();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({u"--demo"_s}), m_server->lastOutput().constData());
    QVERIFY2(!m_server->fingerprint().isEmpty(), m_server->lastOutput().constData());
    QVERIFY(m_server->demoAccounts().contains(Role::Admin));
}

void TstClientCore::firstContactReportsUntrustedCertificate()
{
    ApiClient client;
    const auto result = login(client, m_server->baseUrl(), account(Role::Admin));
    QVERIFY(result);
    QVERIFY(!*result);
    QVERIFY2(result->error().code == QLatin1StringView(client::errc::certificateUntrusted),
             errorText(result).constData());
    QVERIFY(!result->error().message.isEmpty());
    const auto problem = client.lastCertificateProblem();
    QVERIFY(problem);
    QCOMPARE(problem->kind, client::CertificateProblem::Kind::Untrusted);
    QCOMPARE(problem->presented.fingerprint, m_server->fingerprint());
    QCOMPARE(problem->server, u"127.0.0.1:%1"_s.arg(m_server->port()));
    QVERIFY(problem->presented.validUntil > QDateTime::currentDateTimeUtc());
    QVERIFY(!client.hasSession());
}

void TstClientCore::trustThenLogin()
{
    ApiClient client;
    QVERIFY(login(client, m_server->baseUrl(), account(Role::Admin)));
    const auto problem = client.lastCertificateProblem();
    QVERIFY(problem);
    QVERIFY(client.trustStore().trust(problem->server, problem->presented.certificate));

    const auto grant = login(client, m_server->baseUrl(), account(Role::Admin));
    QVERIFY(grant);
    QVERIFY2(*grant, errorText(grant).constData());
    QCOMPARE((*grant)->user.role, Role::Admin);
    QCOMPARE((*grant)->user.email, account(Role::Admin).email);
    QVERIFY(client.hasSession());

    const auto me = await<api::UserInfo>([&](auto done) { client.fetchMe(std::move(done)); });
    QVERIFY(me && *me);
    QCOMPARE((*me)->role, Role::Admin);

    const auto director = login(client, m_server->baseUrl(), account(Role::Director));
    QVERIFY(director && *director);
    QCOMPARE((*director)->user.role, Role::Director);
}

void TstClientCore::wrongPasswordIsRefused()
{
    ApiClient client;
    ServerProcess::DemoAccount wrong = account(Role::Director);
    wrong.password += u"-wrong"_s;
    const auto result = login(client, m_server->baseUrl(), wrong);
    QVERIFY(result);
    QVERIFY(!*result);
    QCOMPARE(result->error().code, QString::fromLatin1(api::errc::invalidCredentials));
    QCOMPARE(result->error().message, api::describeApiError(QString::fromLatin1(api::errc::invalidCredentials)));
    QVERIFY(!client.hasSession());
}

void TstClientCore::viewerGetsUserInfo()
{
    if (!m_server->demoAccounts().contains(Role::Viewer))
        QSKIP("The demo data has no viewer account");
    ApiClient client;
    const auto grant = login(client, m_server->baseUrl(), account(Role::Viewer));
    QVERIFY(grant && *grant);
    QCOMPARE((*grant)->user.role, Role::Viewer);
    QVERIFY(!mayUseDesktopApp((*grant)->user.role));
}

void TstClientCore::roleScopedData()
{
    ApiClient client;
    QVERIFY(login(client, m_server->baseUrl(), account(Role::Admin)).value().has_value());
    const auto all = await<QList<api::WebinarSummary>>([&](auto done) { client.fetchWebinars(std::move(done)); });
    QVERIFY(all && *all);
    QVERIFY(!(*all)->isEmpty());
    const auto staff = await<QList<api::StaffAccount>>([&](auto done) { client.fetchStaffAccounts(std::move(done)); });
    QVERIFY(staff && *staff);
    QVERIFY(!(*staff)->isEmpty());

    QVERIFY(login(client, m_server->baseUrl(), account(Role::Director)).value().has_value());
    const auto assigned = await<QList<api::WebinarSummary>>([&](auto done) { client.fetchWebinars(std::move(done)); });
    QVERIFY(assigned && *assigned);
    QVERIFY((*assigned)->size() <= (*all)->size());
    const auto refused =
        await<QList<api::StaffAccount>>([&](auto done) { client.fetchStaffAccounts(std::move(done)); });
    QVERIFY(refused && !*refused);
    QCOMPARE(refused->error().code, QString::fromLatin1(api::errc::forbidden));
}

void TstClientCore::eventStreamSaysHello()
{
    ApiClient client;
    QVERIFY(login(client, m_server->baseUrl(), account(Role::Moderator)).value().has_value());
    QUrl url = m_server->baseUrl();
    url.setScheme(u"wss"_s);
    url.setPath(QString::fromLatin1(api::path::events));
    client::EventStream stream(client.certificateCheck());
    QSignalSpy hello(&stream, &client::EventStream::helloReceived);
    QSignalSpy lost(&stream, &client::EventStream::connectionLost);
    stream.start(client.authorizedRequest(url));
    QTRY_COMPARE_WITH_TIMEOUT(hello.size(), 1, replyTimeoutMs);
    QCOMPARE(stream.state(), client::EventStream::State::Connected);
    QCOMPARE(hello.first().first().value<api::UserInfo>().role, Role::Moderator);

    // Ending the session makes the server close the stream; the stream notices and backs off.
    const auto loggedOut =
        await<bool>([&](auto done) { client.logout([done](Status status) { done(status.has_value()); }); });
    QVERIFY(loggedOut && *loggedOut && **loggedOut);
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 1, replyTimeoutMs);
    QCOMPARE(stream.state(), client::EventStream::State::Reconnecting);
    stream.stop();
    QCOMPARE(stream.state(), client::EventStream::State::Stopped);
}

void TstClientCore::revokedSessionEnds()
{
    ApiClient client;
    QVERIFY(login(client, m_server->baseUrl(), account(Role::ClientStaff)).value().has_value());
    QSignalSpy ended(&client, &ApiClient::sessionEnded);
    // Someone else ends this session (e.g. a second window, or the server): delete it behind the client's back.
    QUrl url = m_server->baseUrl();
    url.setPath(QString::fromLatin1(api::path::session));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.deleteResource(client.authorizedRequest(url));
    client::guardReply(*reply, client.certificateCheck()); // the pinned server's certificate, as the app accepts it
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), replyTimeoutMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    reply->deleteLater();

    const auto me = await<api::UserInfo>([&](auto done) { client.fetchMe(std::move(done)); });
    QVERIFY(me && !*me);
    QCOMPARE(ended.size(), 1);
    QVERIFY(!client.hasSession());
}

void TstClientCore::changedCertificateIsRefused()
{
    const QString oldFingerprint = m_server->fingerprint();
    const int port = m_server->port();
    QCOMPARE(m_server->terminate(), 0);

    // A different server (new data directory, so a new certificate) on the same address.
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({u"--demo"_s}, port), m_server->lastOutput().constData());
    QVERIFY(m_server->fingerprint() != oldFingerprint);

    ApiClient client;
    const auto result = login(client, m_server->baseUrl(), account(Role::Admin));
    QVERIFY(result);
    QVERIFY2(!*result, "a changed certificate must never be accepted");
    QCOMPARE(result->error().code, QString::fromLatin1(client::errc::certificateChanged));
    QVERIFY(result->error().message.contains(oldFingerprint));
    QVERIFY(result->error().message.contains(m_server->fingerprint()));
    const auto problem = client.lastCertificateProblem();
    QVERIFY(problem);
    QCOMPARE(problem->kind, client::CertificateProblem::Kind::Changed);
    QCOMPARE(problem->pinnedFingerprint, oldFingerprint);
    QCOMPARE(problem->presented.fingerprint, m_server->fingerprint());
    QVERIFY(!client.hasSession());
    // The old trust stays until the person removes it explicitly.
    QCOMPARE(client.trustStore().pinnedFingerprint(problem->server), oldFingerprint);
    client.trustStore().forget(problem->server);
    const auto again = login(client, m_server->baseUrl(), account(Role::Admin));
    QVERIFY(again && !*again);
    QCOMPARE(again->error().code, QString::fromLatin1(client::errc::certificateUntrusted));
}

void TstClientCore::cleanupTestCase()
{
    if (m_server)
        m_server->terminate();
    clearTrustStore();
}

QTEST_GUILESS_MAIN(TstClientCore)
#include "tst_client_core.moc"
