// Accounts by e-mail end to end (issue 15): the real regiekamer-server with --smtp, a real SMTP server (aiosmtpd,
// STARTTLS required) that receives the mail, and the links in that mail used through the API.
#include "ApiRequests.h"
#include "ChromiumDriver.h"
#include "MailInbox.h"
#include "RawHttpsClient.h"
#include "ServerProcess.h"
#include "SmtpTestServer.h"
#include "TimingStatistics.h"
#include "WebPageClient.h"
#include "protocol/ApiPaths.h"
#include "protocol/Roles.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace regiekamer;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto publicUrl = "https://portal.example.org";
constexpr auto newPassword = "een nieuw en lang wachtwoord";

// With Argon2id on the event loop, sixteen accepted invitations held the health answers back by about 0.7 s in the
// release build (AddressSanitizer, ./test's second build, makes everything about three times slower).
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 slowestHealthMs = 1500;
#else
constexpr qint64 slowestHealthMs = 500;
#endif

QByteArray postRequest(const char *path, const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "POST "_ba + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "_ba +
        QByteArray::number(json.size()) + "\r\n\r\n"_ba + json;
}

} // namespace

class TestAccountLinks : public QObject
{
    Q_OBJECT

    SmtpTestServer m_smtp;
    ServerProcess m_server;
    ApiRequests m_api;
    QString m_admin;
    MailInbox m_inbox {m_smtp, QString::fromLatin1(publicUrl)};

    ApiReply post(const char *path, const QJsonObject &body, const QString &token = {})
    {
        return m_api.sendJson("POST", m_api.url(QString::fromLatin1(path)), token, body);
    }

    QByteArray mailTo(const QString &address) { return m_inbox.next(address); }
    QString tokenIn(const QByteArray &mail, const QString &page) { return m_inbox.tokenIn(mail, page); }

    QJsonObject invite(const QString &email, const QString &language)
    {
        const ApiReply reply = post(api::path::invitations,
                                    {{"email"_L1, email},
                                     {"displayName"_L1, u"Nieuwe Collega"_s},
                                     {"role"_L1, u"moderator"_s},
                                     {"language"_L1, language}},
                                    m_admin);
        if (reply.status != 201)
            qWarning("%s", qPrintable(reply.describe()));
        return reply.json();
    }

    QString page(const QString &pathAndQuery) const { return m_server.baseUrl().toString() + pathAndQuery; }

    // The page in both languages into REGIEKAMER_SCREENSHOT_DIR (docs/screenshots), when that is set.
    void capture(ChromiumDriver &browser, const QString &name, const QString &pathAndQuery)
    {
        QVERIFY2(browser.captureInBothLanguages(page(pathAndQuery), u"account-"_s + name),
                 qPrintable(browser.lastError()));
    }

    void submit(ChromiumDriver &browser) { QVERIFY2(browser.submitForm(), qPrintable(browser.lastError())); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_smtp.start(SmtpTestServer::Mode::StartTlsRequired), qPrintable(m_smtp.lastError()));
        QVERIFY2(m_server.start({u"--demo"_s, u"--smtp"_s, m_smtp.url(), u"--smtp-ca-file"_s, m_smtp.caFile(),
                                 u"--smtp-from"_s, u"regiekamer@example.org"_s, u"--public-url"_s,
                                 QString::fromLatin1(publicUrl)}),
                 m_server.lastOutput().constData());
        QVERIFY(m_api.connectTo(m_server));
        const auto admin = m_server.demoAccounts().value(Role::Admin);
        m_admin = m_api.login(admin.email, admin.password);
        QVERIFY(!m_admin.isEmpty());
    }

    // The invitee's mail (in the language chosen for them) carries a link under --public-url, not the address the
    // request came to; the invited account cannot sign in until the link's page set a password; the link works once.
    void anInvitationIsAcceptedThroughItsLink()
    {
        const QString email = u"nieuw.%1@example.org"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const QJsonObject invitation = invite(email, u"en"_s);
        QCOMPARE(invitation.value("email"_L1).toString(), email);
        QVERIFY(!invitation.value("expiresAt"_L1).toString().isEmpty());
        const QByteArray mail = mailTo(email);
        QVERIFY2(!mail.isEmpty(), "no invitation arrived");
        QCOMPARE(mimeParts::decodeWords(mimeParts::header(mail, "Subject")), u"Your invitation to Regiekamer"_s);
        QCOMPARE(mimeParts::header(mail, "Content-Language"), "en"_ba);
        const QString token = tokenIn(mail, u"invitation"_s);
        QVERIFY2(!token.isEmpty(), mimeParts::body(mail, "text/plain").constData());
        QVERIFY(mimeParts::body(mail, "text/html").contains("href=\"https://portal.example.org/account/invitation?"));

        QCOMPARE(m_api
                     .sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                               {{"email"_L1, email}, {"password"_L1, QString::fromLatin1(newPassword)}})
                     .status,
                 401);
        const ApiReply accepted = post(api::path::invitationAcceptance,
                                       {{"token"_L1, token}, {"password"_L1, QString::fromLatin1(newPassword)}});
        QCOMPARE(accepted.status, 204);
        QVERIFY(!m_api.login(email, QString::fromLatin1(newPassword)).isEmpty());
        const ApiReply again = post(api::path::invitationAcceptance,
                                    {{"token"_L1, token}, {"password"_L1, u"nog een ander wachtwoord"_s}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorCode(), u"invalid_token"_s);
        const ApiReply pending = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::invitations)), m_admin);
        for (const QJsonValue &item : pending.items())
            QVERIFY(item.toObject().value("email"_L1).toString() != email);
    }

    // Sending again voids the first link; revoking deletes the invited account, and its last link with it.
    void anInvitationIsSentAgainAndRevoked()
    {
        const QString email = u"later.%1@example.org"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const qint64 id = invite(email, u"nl"_s).value("id"_L1).toInteger();
        QVERIFY(id > 0);
        const QByteArray first = mailTo(email);
        QCOMPARE(mimeParts::decodeWords(mimeParts::header(first, "Subject")), u"Je uitnodiging voor Regiekamer"_s);
        const QString firstToken = tokenIn(first, u"invitation"_s);
        QCOMPARE(post(api::path::invitationResend, {}, m_admin).status, 404); // the path needs the id
        const ApiReply resent =
            m_api.send("POST", m_api.url(api::path::expand(api::path::invitationResend, {id})), m_admin);
        QCOMPARE(resent.status, 200);
        const QString secondToken = tokenIn(mailTo(email), u"invitation"_s);
        QVERIFY(!secondToken.isEmpty() && secondToken != firstToken);
        const QJsonObject stale {{"token"_L1, firstToken}, {"password"_L1, QString::fromLatin1(newPassword)}};
        QCOMPARE(post(api::path::invitationAcceptance, stale).errorCode(), u"invalid_token"_s);

        QCOMPARE(m_api.send("DELETE", m_api.url(api::path::expand(api::path::invitation, {id})), m_admin).status, 204);
        QCOMPARE(m_api.send("DELETE", m_api.url(api::path::expand(api::path::invitation, {id})), m_admin).status, 404);
        const QJsonObject revoked {{"token"_L1, secondToken}, {"password"_L1, QString::fromLatin1(newPassword)}};
        QCOMPARE(post(api::path::invitationAcceptance, revoked).errorCode(), u"invalid_token"_s);
    }

    // Staff other than administrators get 403 for the list and for inviting, and 404 for any id (as an unknown id
    // answers: whether someone is invited is not told).
    void onlyAdministratorsInvite()
    {
        for (Role role : {Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
            const auto account = m_server.demoAccounts().value(role);
            const QString token = m_api.login(account.email, account.password);
            QVERIFY(!token.isEmpty());
            QCOMPARE(m_api.send("GET", m_api.url(QString::fromLatin1(api::path::invitations)), token).status, 403);
            QCOMPARE(post(api::path::invitations,
                          {{"email"_L1, u"x@example.org"_s}, {"displayName"_L1, u"X"_s}, {"role"_L1, u"admin"_s}},
                          token)
                         .status,
                     403);
            QCOMPARE(m_api.send("DELETE", m_api.url(api::path::expand(api::path::invitation, {1})), token).status, 404);
            QCOMPARE(m_api.send("POST", m_api.url(api::path::expand(api::path::invitationResend, {1})), token).status,
                     404);
        }
    }

    // The link sets a new password, ends every session of the account, voids itself, and a notice follows; the old
    // password stops working.
    void aResetLinkSetsANewPasswordAndEndsSessions()
    {
        const auto moderator = m_server.demoAccounts().value(Role::Moderator);
        const QString session = m_api.login(moderator.email, moderator.password);
        QVERIFY(!session.isEmpty());
        const ApiReply asked = post(api::path::passwordReset, {{"email"_L1, moderator.email}});
        QCOMPARE(asked.status, 202);
        const QByteArray mail = mailTo(moderator.email);
        QVERIFY2(!mail.isEmpty(), "no reset mail arrived");
        QCOMPARE(mimeParts::header(mail, "Content-Language"), "nl"_ba);
        const QString token = tokenIn(mail, u"reset"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(post(api::path::passwordResetComplete, {{"token"_L1, token}, {"password"_L1, u"kort"_s}}).status,
                 400); // too short: nothing changes, the link still works
        const ApiReply done = post(api::path::passwordResetComplete,
                                   {{"token"_L1, token}, {"password"_L1, QString::fromLatin1(newPassword)}});
        QCOMPARE(done.status, 204);
        QCOMPARE(m_api.send("GET", m_api.url(QString::fromLatin1(api::path::me)), session).status, 401);
        QVERIFY(!m_api.login(moderator.email, QString::fromLatin1(newPassword)).isEmpty());
        QCOMPARE(m_api
                     .sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                               {{"email"_L1, moderator.email}, {"password"_L1, moderator.password}})
                     .status,
                 401);
        QCOMPARE(post(api::path::passwordResetComplete, {{"token"_L1, token}, {"password"_L1, u"weer iets anders 1"_s}})
                     .errorCode(),
                 u"invalid_token"_s);
        const QByteArray notice = mailTo(moderator.email);
        QCOMPARE(mimeParts::decodeWords(mimeParts::header(notice, "Subject")),
                 u"Je Regiekamer-wachtwoord is gewijzigd"_s);
    }

    // For an address without an account the answer is the same, byte for byte, nothing is sent, and the round trip
    // takes as long (timing::mediansClose; Mann-Whitney p >= 0.001 outside AddressSanitizer).
    void resetAnswersTheSameForUnknownAddresses()
    {
        const auto director = m_server.demoAccounts().value(Role::Director);
        std::vector<double> known, unknown;
        QByteArray knownBody, unknownBody;
        const std::vector<bool> order = timing::shuffledHalves(80); // 40 a side: millisecond medians need them
        QElapsedTimer clock;
        for (size_t i = 0; i < order.size(); ++i) {
            RawHttpsClient client(m_api.tls(), m_server.port(), QHostAddress(u"127.0.4.%1"_s.arg(i + 1)));
            QVERIFY(client.open());
            const QString email =
                order[i] ? director.email : u"niemand.%1@example.org"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
            clock.start();
            client.send(postRequest(api::path::passwordReset, {{"email"_L1, email}}));
            QByteArray body;
            QCOMPARE(client.readAnswer(&body, 30s), 202);
            (order[i] ? known : unknown).push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
            (order[i] ? knownBody : unknownBody) = body;
            // Past the queue's settle time: this request's work (a commit, for a known address) runs now, not inside
            // the next round trip, where it would only add noise to whichever kind came next.
            QTest::qWait(40);
        }
        QCOMPARE(knownBody, unknownBody);
        const double p = timing::mannWhitneyP(known, unknown);
        qInfo("reset request round trip, median: known address %.2f ms, unknown address %.2f ms; Mann-Whitney p = %.3f",
              timing::median(known), timing::median(unknown), p);
#if !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(p >= 0.001, qPrintable(QString::number(p)));
#endif
        QVERIFY(timing::mediansClose(known, unknown));
        // Three links an hour per account: twenty requests for the director sent three mails, the unknown ones none.
        QVERIFY(QTest::qWaitFor([&] { return m_inbox.countTo(director.email) >= 3; }, 15000));
        QTest::qWait(1500);
        int toDirector = 0;
        for (const auto &message : m_smtp.messages()) {
            QVERIFY(!message.recipients.join(u' ').startsWith(u"niemand."_s));
            toDirector += message.recipients.contains(director.email) ? 1 : 0;
        }
        QCOMPARE(toDirector, 3);
    }

    // Ten requests per client network in 15 minutes; the eleventh is refused whatever the address.
    void resetRequestsAreLimitedPerNetwork()
    {
        const QHostAddress from(u"127.0.5.1"_s);
        for (int i = 0; i < 10; ++i) {
            RawHttpsClient client(m_api.tls(), m_server.port(), from);
            QVERIFY(client.open());
            client.send(postRequest(api::path::passwordReset, {{"email"_L1, u"iemand@example.org"_s}}));
            QCOMPARE(client.readAnswer(nullptr, 30s), 202);
        }
        RawHttpsClient client(m_api.tls(), m_server.port(), from);
        QVERIFY(client.open());
        client.send(postRequest(api::path::passwordReset, {{"email"_L1, u"iemand@example.org"_s}}));
        QCOMPARE(client.readAnswer(nullptr, 30s), 429);
    }

    // The mail's link opens a page: the GET shows the form and uses nothing up (a mail scanner may open it first);
    // the form's POST, with its CSRF token, sets the password. The page is English for ?lang=en, and a second POST
    // finds the link spent.
    void theInvitationPageSetsThePassword()
    {
        const QString email = u"pagina.%1@example.org"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QVERIFY(invite(email, u"nl"_s).value("id"_L1).toInteger() > 0);
        const QString token = tokenIn(mailTo(email), u"invitation"_s);
        QVERIFY(!token.isEmpty());
        WebPageClient browser(m_api.tls(), m_server.port());
        const QString page = u"/account/invitation?lang=en&token="_s + token;
        QCOMPARE(browser.get(page).status, 200); // the scanner's visit
        const WebAnswer form = browser.get(page);
        QCOMPARE(form.status, 200);
        QVERIFY(form.text().contains(u"Open your account"_s));
        QVERIFY(form.text().contains(u"name=\"token\" value=\""_s + token));
        QCOMPARE(form.header("referrer-policy"), "no-referrer"_ba);
        // Switching the language keeps the form: the switch links carry the token (and only it).
        QVERIFY(form.text().contains(u"href=\"/account/invitation?lang=nl&amp;token="_s + token + u'"'));
        const QList<std::pair<QString, QString>> fields {{u"csrf"_s, form.csrfToken()},
                                                         {u"token"_s, token},
                                                         {u"password"_s, QString::fromLatin1(newPassword)},
                                                         {u"repeat"_s, QString::fromLatin1(newPassword)}};
        auto withoutCsrf = fields;
        withoutCsrf.removeFirst();
        QCOMPARE(browser.post(u"/account/invitation"_s, withoutCsrf).status, 403);
        auto differing = fields;
        differing.last().second = u"something else entirely"_s;
        QCOMPARE(browser.post(u"/account/invitation"_s, differing).status, 400);
        const WebAnswer saved = browser.post(u"/account/invitation"_s, fields);
        QVERIFY2(saved.status == 200 && saved.text().contains(u"Password saved"_s), saved.describe().constData());
        QVERIFY(!m_api.login(email, QString::fromLatin1(newPassword)).isEmpty());
        QCOMPARE(browser.post(u"/account/invitation"_s, fields).status, 400); // spent
        QCOMPARE(browser.get(page).status, 400);
    }

    // The forgot-password form answers the same page for any address; the link it mails opens the reset page.
    void theForgotPageMailsAResetLink()
    {
        const auto client = m_server.demoAccounts().value(Role::ClientStaff);
        WebPageClient browser(m_api.tls(), m_server.port());
        const WebAnswer empty = browser.get(u"/account/forgot?lang=en"_s);
        QCOMPARE(empty.status, 200);
        const WebAnswer known =
            browser.post(u"/account/forgot"_s, {{u"csrf"_s, empty.csrfToken()}, {u"email"_s, client.email}});
        const WebAnswer unknown = browser.post(
            u"/account/forgot"_s, {{u"csrf"_s, empty.csrfToken()}, {u"email"_s, u"nobody.here@example.org"_s}});
        QCOMPARE(known.status, 200);
        QCOMPARE(known.text().remove(QRegularExpression(u"value=\"[^\"]*\""_s)),
                 unknown.text().remove(QRegularExpression(u"value=\"[^\"]*\""_s)));
        const QString token = tokenIn(mailTo(client.email), u"reset"_s);
        QVERIFY(!token.isEmpty());
        const WebAnswer reset = browser.get(u"/account/reset?token="_s + token);
        QCOMPARE(reset.status, 200);
        const WebAnswer saved = browser.post(u"/account/reset"_s,
                                             {{u"csrf"_s, reset.csrfToken()},
                                              {u"token"_s, token},
                                              {u"password"_s, QString::fromLatin1(newPassword)},
                                              {u"repeat"_s, QString::fromLatin1(newPassword)}});
        QCOMPARE(saved.status, 200);
        QVERIFY(!m_api.login(client.email, QString::fromLatin1(newPassword)).isEmpty());
    }

    // In headless Chromium: forgot password, the reset link's page, an invitation's page; each form filled and sent
    // as a person would, every control labelled.
    void theLinkPagesWorkInABrowser()
    {
        QTemporaryDir downloads;
        ChromiumDriver browser;
        const auto certificates = QSslCertificate::fromPath(m_server.dataDir() + u"/server-certificate.pem"_s);
        QCOMPARE(certificates.size(), 1);
        QVERIFY2(browser.start(certificates.first(), downloads.path()), qPrintable(browser.lastError()));
        const auto viewer = m_server.demoAccounts().value(Role::Viewer);
        capture(browser, u"forgot"_s, u"/account/forgot"_s);
        QVERIFY(browser.navigate(page(u"/account/forgot?lang=en"_s)));
        QVERIFY(browser.fill(u"#email"_s, viewer.email));
        submit(browser);
        QVERIFY2(browser.text(u"main"_s).contains(u"If the address has an account, a link was sent to it."_s),
                 qPrintable(browser.text(u"main"_s)));
        const QString reset = tokenIn(mailTo(viewer.email), u"reset"_s);
        QVERIFY(!reset.isEmpty());
        capture(browser, u"reset"_s, u"/account/reset?token="_s + reset);
        QVERIFY(browser.navigate(page(u"/account/reset?lang=en&token="_s + reset)));
        QCOMPARE(browser.unlabelledControls(), QString());
        QVERIFY(browser.fill(u"#password"_s, QString::fromLatin1(newPassword)));
        QVERIFY(browser.fill(u"#repeat"_s, QString::fromLatin1(newPassword)));
        submit(browser);
        QCOMPARE(browser.text(u"h1"_s), u"Password saved"_s);
        QVERIFY(!m_api.login(viewer.email, QString::fromLatin1(newPassword)).isEmpty());
        capture(browser, u"invalid-link"_s, u"/account/reset?token="_s + reset);

        const QString email = u"chromium.%1@example.org"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QVERIFY(invite(email, u"en"_s).value("id"_L1).toInteger() > 0);
        const QString invitation = tokenIn(mailTo(email), u"invitation"_s);
        capture(browser, u"invitation"_s, u"/account/invitation?token="_s + invitation);
        QVERIFY(browser.navigate(page(u"/account/invitation?lang=nl&token="_s + invitation)));
        QCOMPARE(browser.evaluate(u"document.documentElement.lang"_s)->toString(), u"nl"_s);
        QVERIFY(browser.fill(u"#password"_s, QString::fromLatin1(newPassword)));
        QVERIFY(browser.fill(u"#repeat"_s, QString::fromLatin1(newPassword)));
        submit(browser);
        QCOMPARE(browser.text(u"h1"_s), u"Wachtwoord opgeslagen"_s);
        QVERIFY(!m_api.login(email, QString::fromLatin1(newPassword)).isEmpty());
    }

    // Sixteen invitees choose their password at once: the passwords are hashed on the worker pool, never on the event
    // loop, so the server keeps answering everyone else; what exceeds the pool's queue is refused as busy, and its
    // link keeps working.
    void newPasswordsAreHashedOffTheEventLoop()
    {
        QStringList tokens;
        for (int i = 0; i < 16; ++i) {
            const QString email =
                u"flood.%1.%2@example.org"_s.arg(i).arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
            QVERIFY(invite(email, u"en"_s).value("id"_L1).toInteger() > 0);
            tokens.append(tokenIn(mailTo(email), u"invitation"_s));
            QVERIFY(!tokens.last().isEmpty());
        }
        std::vector<std::unique_ptr<RawHttpsClient>> flood;
        for (int i = 0; i < tokens.size(); ++i) {
            flood.push_back(std::make_unique<RawHttpsClient>(m_api.tls(), m_server.port(),
                                                             QHostAddress(u"127.0.7.%1"_s.arg(i + 1))));
            QVERIFY(flood.back()->open());
        }
        RawHttpsClient probe(m_api.tls(), m_server.port(), QHostAddress(u"127.0.7.100"_s));
        QVERIFY(probe.open());
        for (int i = 0; i < tokens.size(); ++i)
            flood.at(static_cast<size_t>(i))
                ->send(postRequest(api::path::invitationAcceptance,
                                   {{"token"_L1, tokens.at(i)}, {"password"_L1, QString::fromLatin1(newPassword)}}));
        qint64 slowest = 0;
        QElapsedTimer clock;
        for (int i = 0; i < 10; ++i) {
            clock.start();
            probe.send("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba);
            QCOMPARE(probe.readAnswer(nullptr, 10s), 200);
            slowest = std::max(slowest, clock.elapsed());
        }
        int accepted = 0;
        for (auto &client : flood) {
            const int status = client->readAnswer(nullptr, 60s);
            QVERIFY2(status == 204 || status == 503, qPrintable(QString::number(status)));
            accepted += status == 204 ? 1 : 0;
        }
        qInfo("slowest health answer while 16 new passwords were hashed: %lld ms; %d accepted, the rest busy", slowest,
              accepted);
        QVERIFY2(slowest < slowestHealthMs, qPrintable(QString::number(slowest)));
        QVERIFY(accepted > 0);
    }

    // regiekamer-admin user add --invite writes the invitation to the outbox; the running server sends it, and its link
    // works like one from the API. Without --public-url the command refuses and creates nothing.
    void theCommandLineInvites()
    {
        const QString email = u"cli.%1@example.org"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QByteArray output;
        QCOMPARE(
            m_server.runAdmin({u"user"_s, u"add"_s, u"--invite"_s, u"--email"_s, email, u"--role"_s, u"director"_s}, {},
                              &output),
            1);
        QVERIFY2(output.contains("--public-url"), output.constData());
        QCOMPARE(m_server.runAdmin({u"user"_s, u"add"_s, u"--invite"_s, u"--email"_s, email, u"--role"_s, u"director"_s,
                                    u"--public-url"_s, QString::fromLatin1(publicUrl), u"--language"_s, u"en"_s},
                                   {}, &output),
                 0);
        const QByteArray mail = mailTo(email);
        QCOMPARE(mimeParts::decodeWords(mimeParts::header(mail, "Subject")), u"Your invitation to Regiekamer"_s);
        const QString token = tokenIn(mail, u"invitation"_s);
        QCOMPARE(post(api::path::invitationAcceptance,
                      {{"token"_L1, token}, {"password"_L1, QString::fromLatin1(newPassword)}})
                     .status,
                 204);
        QVERIFY(!m_api.login(email, QString::fromLatin1(newPassword)).isEmpty());
    }

    // No token from any mail appears in the access log or the server's own output.
    void tokensReachNeitherTheLogNorTheOutput()
    {
        QVERIFY(m_inbox.tokensSeen().size() >= 4);
        const ApiReply log =
            m_api.send("GET", m_api.url(QString::fromLatin1(api::path::auditLog), {{u"limit"_s, u"500"_s}}), m_admin);
        QCOMPARE(log.status, 200);
        const QByteArray entries = QJsonDocument(log.items()).toJson();
        QVERIFY(entries.contains("password_reset"));
        QVERIFY(entries.contains("invite"));
        QCOMPARE(m_inbox.leakedTokenIn(entries), QString());
        QCOMPARE(m_inbox.leakedTokenIn(m_server.lastOutput()), QString());
    }
};

QTEST_GUILESS_MAIN(TestAccountLinks)
#include "tst_account_links.moc"
