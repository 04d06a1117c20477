// Self-registration and e-mail changes end to end (issue 15): the real regiekamer-server with --smtp, a real SMTP
// server (aiosmtpd, STARTTLS required) that receives the mail, the links in that mail used through the API, the web
// pages and headless Chromium.
#include "ApiRequests.h"
#include "ChromiumDriver.h"
#include "MailInbox.h"
#include "RawHttpsClient.h"
#include "ServerProcess.h"
#include "SmtpTestServer.h"
#include "WebPageClient.h"
#include "protocol/ApiPaths.h"
#include "protocol/Roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace regiekamer;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto publicUrl = "https://portal.example.org";
constexpr auto password = "een lang en eigen wachtwoord";

QString freshAddress(const char *name)
{
    return u"%1.%2@example.org"_s.arg(QLatin1StringView(name), QUuid::createUuid().toString(QUuid::Id128).left(10));
}

QString subjectOf(const QByteArray &mail)
{
    return mimeParts::decodeWords(mimeParts::header(mail, "Subject"));
}

} // namespace

class TestSelfService : public QObject
{
    Q_OBJECT

    SmtpTestServer m_smtp;
    ServerProcess m_server;
    ApiRequests m_api;
    MailInbox m_inbox {m_smtp, QString::fromLatin1(publicUrl)};
    QString m_admin;
    QString m_director;
    qint64 m_approvalWebinar = 0; // live, registrations wait for the director
    qint64 m_openWebinar = 0; // scheduled, registrations approved at once
    qint64 m_closedWebinar = 0; // a draft: not open for registration
    QStringList m_joinTokens;

    ApiReply post(const char *path, const QJsonObject &body, const QString &token = {})
    {
        return m_api.sendJson("POST", m_api.url(QString::fromLatin1(path)), token, body);
    }

    ApiReply signUp(qint64 webinar, const QString &email, const QString &language = u"en"_s)
    {
        return post(api::path::signUp,
                    {{"webinarId"_L1, webinar},
                     {"fullName"_L1, u"Noor Aydın"_s},
                     {"email"_L1, email},
                     {"company"_L1, u"Zorggroep Zuid"_s},
                     {"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}},
                     {"language"_L1, language}});
    }

    // Signs up a new address and confirms it with a password: the SignUpResult.
    QJsonObject registerNewViewer(qint64 webinar, const QString &email)
    {
        if (signUp(webinar, email).status != 202)
            return {};
        const QString token = m_inbox.tokenIn(m_inbox.next(email), u"registration"_s);
        const ApiReply confirmed =
            post(api::path::signUpConfirmation, {{"token"_L1, token}, {"password"_L1, QString::fromLatin1(password)}});
        if (confirmed.status != 201)
            qWarning("%s", qPrintable(confirmed.describe()));
        return confirmed.json();
    }

    ApiReply setApproval(qint64 registration, const QString &state)
    {
        const QUrl url = m_api.url(api::path::expand(api::path::registration, {registration}));
        const qint64 version = m_api.send("GET", url, m_director).json().value("version"_L1).toInteger();
        return m_api.sendJson("PATCH", url, m_director, {{"approvalState"_L1, state}, {"version"_L1, version}});
    }

    QString joinTokenIn(const QByteArray &mail)
    {
        const QString token = m_inbox.tokenIn(mail, u"join"_s);
        m_joinTokens.append(token);
        return token;
    }

    QString page(const QString &pathAndQuery) const { return m_server.baseUrl().toString() + pathAndQuery; }

    // One headless Chromium for the page tests, trusting exactly the server's certificate.
    ChromiumDriver &startedBrowser()
    {
        if (!m_browser) {
            m_browser = std::make_unique<ChromiumDriver>();
            const auto certificates = QSslCertificate::fromPath(m_server.dataDir() + u"/server-certificate.pem"_s);
            if (certificates.size() != 1 || !m_browser->start(certificates.first(), m_downloads.path()))
                qWarning("Chromium did not start: %s", qPrintable(m_browser->lastError()));
        }
        return *m_browser;
    }
    QTemporaryDir m_downloads;
    std::unique_ptr<ChromiumDriver> m_browser;
    QString m_browserAccount; // registered through the pages in Chromium

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
        const auto director = m_server.demoAccounts().value(Role::Director);
        m_admin = m_api.login(admin.email, admin.password);
        m_director = m_api.login(director.email, director.password);
        QVERIFY(!m_admin.isEmpty() && !m_director.isEmpty());
        const ApiReply webinars = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::webinars)), m_admin);
        for (const QJsonValue &item : webinars.items()) {
            const QJsonObject webinar = item.toObject();
            const QString state = webinar.value("state"_L1).toString();
            const bool approval = webinar.value("requiresApproval"_L1).toBool();
            if (state == "live"_L1 && approval)
                m_approvalWebinar = webinar.value("id"_L1).toInteger();
            else if (state == "scheduled"_L1 && !approval)
                m_openWebinar = webinar.value("id"_L1).toInteger();
            else if (state == "draft"_L1)
                m_closedWebinar = webinar.value("id"_L1).toInteger();
        }
        QVERIFY(m_approvalWebinar > 0 && m_openWebinar > 0 && m_closedWebinar > 0);
    }

    // The form's answer tells nothing about the address: the same 202 body for a new address, a viewer's and a
    // staff member's. A webinar that is not open answers 404 (as an unknown one), a malformed address 400.
    void theAnswerIsTheSameForEveryAddress()
    {
        const auto viewer = m_server.demoAccounts().value(Role::Viewer);
        const auto moderator = m_server.demoAccounts().value(Role::Moderator);
        const ApiReply fresh = signUp(m_openWebinar, freshAddress("nieuw"));
        const ApiReply known = signUp(m_openWebinar, viewer.email);
        const ApiReply staff = signUp(m_openWebinar, moderator.email);
        QCOMPARE(fresh.status, 202);
        QCOMPARE(known.body, fresh.body);
        QCOMPARE(staff.body, fresh.body);
        QCOMPARE(signUp(m_closedWebinar, freshAddress("dicht")).status, 404);
        QCOMPARE(signUp(987654321, freshAddress("onbekend")).status, 404);
        QCOMPARE(signUp(m_openWebinar, u"geen-adres"_s).status, 400);
        // The staff address got nothing: the viewer's mail, queued after it, arrives, and none for the moderator.
        QVERIFY(!m_inbox.next(viewer.email).isEmpty());
        QTest::qWait(500);
        QCOMPARE(m_inbox.countTo(moderator.email), 0);
    }

    // A new address: the mailed link (opened twice first, as a mail scanner does) makes the account with the chosen
    // password and a pending registration; the director's approval sends the personal join link, and only by mail.
    void aNewViewerRegistersAndGetsTheJoinLinkOnApproval()
    {
        const QString email = freshAddress("aanmelder");
        QCOMPARE(signUp(m_approvalWebinar, email).status, 202);
        const QByteArray mail = m_inbox.next(email);
        QVERIFY2(subjectOf(mail).startsWith(u"Confirm your registration for \""_s), qPrintable(subjectOf(mail)));
        const QString token = m_inbox.tokenIn(mail, u"registration"_s);
        QVERIFY2(!token.isEmpty(), mimeParts::body(mail, "text/plain").constData());
        WebPageClient browser(m_api.tls(), m_server.port());
        QCOMPARE(browser.get(u"/account/registration?lang=en&token="_s + token).status, 200);
        const WebAnswer form = browser.get(u"/account/registration?lang=en&token="_s + token);
        QVERIFY(form.text().contains(u"Confirm your registration"_s));
        QVERIFY(form.text().contains(u"name=\"password\""_s)); // the address has no account yet
        QCOMPARE(post(api::path::signUpConfirmation, {{"token"_L1, token}}).status, 400); // no password
        const ApiReply confirmed =
            post(api::path::signUpConfirmation, {{"token"_L1, token}, {"password"_L1, QString::fromLatin1(password)}});
        QCOMPARE(confirmed.status, 201);
        QCOMPARE(confirmed.json().value("approvalState"_L1).toString(), u"pending"_s);
        QVERIFY(confirmed.json().value("newAccount"_L1).toBool());
        QCOMPARE(
            post(api::path::signUpConfirmation, {{"token"_L1, token}, {"password"_L1, QString::fromLatin1(password)}})
                .errorCode(),
            u"invalid_token"_s);

        QTest::qWait(500); // the outbox worker would have sent a join link by now: pending gets none
        QCOMPARE(m_inbox.countTo(email), 1);
        const QString viewer = m_api.login(email, QString::fromLatin1(password));
        QVERIFY(!viewer.isEmpty());
        const ApiReply own = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::myRegistrations)), viewer);
        QCOMPARE(own.items().size(), 1);
        QCOMPARE(own.items().first().toObject().value("webinarId"_L1).toInteger(), m_approvalWebinar);
        const qint64 registration = confirmed.json().value("registrationId"_L1).toInteger();
        QCOMPARE(setApproval(registration, u"approved"_s).status, 200);
        const QByteArray joinMail = m_inbox.next(email);
        QVERIFY2(subjectOf(joinMail).startsWith(u"Your personal link for \""_s), qPrintable(subjectOf(joinMail)));
        const QString join = joinTokenIn(joinMail);
        QVERIFY(!join.isEmpty());
        const WebAnswer entrance = browser.get(u"/account/join?lang=en&token="_s + join);
        QCOMPARE(entrance.status, 200);
        QVERIFY(entrance.text().contains(u"The webinar is live now."_s));
        // The link is in no answer of the API, for the viewer or the director.
        for (const ApiReply &reply :
             {m_api.send("GET", m_api.url(QString::fromLatin1(api::path::myRegistrations)), viewer),
              m_api.send("GET", m_api.url(api::path::expand(api::path::registration, {registration})), m_director),
              m_api.send("GET", m_api.url(api::path::expand(api::path::webinarRegistrations, {m_approvalWebinar})),
                         m_director)})
            QVERIFY(!reply.body.contains(join.toLatin1()));
        QCOMPARE(setApproval(registration, u"rejected"_s).status, 200);
        QVERIFY(browser.get(u"/account/join?lang=en&token="_s + join).text().contains(u"not approved"_s));
        QCOMPARE(browser.get(u"/account/join?token="_s + QString(43, u'A')).status, 400);
    }

    // An address with a viewer account registers that account (no password asked, no second account); a webinar
    // without approval sends the join link at once.
    void anExistingViewerRegistersWithoutANewAccount()
    {
        const auto viewer = m_server.demoAccounts().value(Role::Viewer);
        QCOMPARE(signUp(m_openWebinar, viewer.email, u"nl"_s).status, 202);
        QByteArray mail = m_inbox.next(viewer.email);
        QString token;
        while (!mail.isEmpty() && (token = m_inbox.tokenIn(mail, u"registration"_s)).isEmpty())
            mail = m_inbox.next(viewer.email);
        QVERIFY(!token.isEmpty());
        WebPageClient browser(m_api.tls(), m_server.port());
        const WebAnswer form = browser.get(u"/account/registration?lang=nl&token="_s + token);
        QCOMPARE(form.status, 200);
        QVERIFY(!form.text().contains(u"name=\"password\""_s));
        const WebAnswer done =
            browser.post(u"/account/registration"_s, {{u"csrf"_s, form.csrfToken()}, {u"token"_s, token}});
        QVERIFY2(done.status == 200 && done.text().contains(u"Je bent aangemeld"_s), done.describe().constData());
        const QString join = joinTokenIn(m_inbox.next(viewer.email));
        QVERIFY(!join.isEmpty());
        QCOMPARE(browser.get(u"/account/join?token="_s + join).status, 200);
        const QString session = m_api.login(viewer.email, viewer.password);
        bool found = false;
        for (const QJsonValue &item :
             m_api.send("GET", m_api.url(QString::fromLatin1(api::path::myRegistrations)), session).items())
            found |= item.toObject().value("webinarId"_L1).toInteger() == m_openWebinar;
        QVERIFY(found);
    }

    // Three links an hour per address and webinar; twenty requests per client network in 15 minutes.
    void requestsAreLimited()
    {
        const QString email = freshAddress("herhaal");
        for (int i = 0; i < 4; ++i)
            QCOMPARE(signUp(m_openWebinar, email).status, 202);
        const QString marker = freshAddress("daarna");
        QCOMPARE(signUp(m_openWebinar, marker).status, 202);
        QVERIFY(!m_inbox.next(marker).isEmpty());
        QCOMPARE(m_inbox.countTo(email), 3);

        const QHostAddress from(u"127.0.6.1"_s);
        const QJsonObject body {{"webinarId"_L1, m_openWebinar}, {"fullName"_L1, u"Veel"_s}, {"email"_L1, email}};
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray request = "POST /api/v1/sign-up HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                   "application/json\r\nContent-Length: "_ba +
            QByteArray::number(json.size()) + "\r\n\r\n"_ba + json;
        for (int i = 0; i <= 20; ++i) {
            RawHttpsClient client(m_api.tls(), m_server.port(), from);
            QVERIFY(client.open());
            client.send(request);
            QCOMPARE(client.readAnswer(nullptr, 30s), i < 20 ? 202 : 429);
        }
    }

    // The password confirms the request; the new address gets the link that makes the change, the old one a notice
    // with a report link (and only part of the new address). The account then signs in with the new address.
    void anEmailChangeIsConfirmedFromTheNewAddress()
    {
        const auto staff = m_server.demoAccounts().value(Role::ClientStaff);
        const QString session = m_api.login(staff.email, staff.password);
        const QString next = freshAddress("nieuwadres");
        const QUrl change = m_api.url(QString::fromLatin1(api::path::myEmailChange));
        QCOMPARE(
            m_api.sendJson("POST", change, session, {{"email"_L1, next}, {"password"_L1, u"verkeerd wachtwoord"_s}})
                .status,
            403);
        QCOMPARE(m_api.sendJson("POST", change, session, {{"email"_L1, next}, {"password"_L1, staff.password}}).status,
                 202);
        const QByteArray confirmation = m_inbox.next(next);
        QCOMPARE(subjectOf(confirmation), u"Bevestig je nieuwe e-mailadres"_s);
        const QString token = m_inbox.tokenIn(confirmation, u"email"_s);
        const QByteArray notice = m_inbox.next(staff.email);
        const QString noticeText = QString::fromUtf8(mimeParts::body(notice, "text/plain"));
        QVERIFY2(noticeText.contains(next.left(1) + u"…@example.org"_s) && !noticeText.contains(next),
                 qPrintable(noticeText));
        QVERIFY(!m_inbox.tokenIn(notice, u"email-report"_s).isEmpty());
        WebPageClient browser(m_api.tls(), m_server.port());
        const WebAnswer form = browser.get(u"/account/email?lang=en&token="_s + token);
        QVERIFY2(form.status == 200 && form.text().contains(next), form.describe().constData());
        QCOMPARE(m_api.login(next, staff.password), QString()); // not before the link's form is sent
        QCOMPARE(post(api::path::emailChangeConfirmation, {{"token"_L1, token}}).status, 204);
        QVERIFY(!m_api.login(next, staff.password).isEmpty());
        QCOMPARE(m_api.login(staff.email, staff.password), QString());
        QCOMPARE(post(api::path::emailChangeConfirmation, {{"token"_L1, token}}).errorCode(), u"invalid_token"_s);
    }

    // Someone who knows the password moves the account to their address and asks for another change (whose notice
    // goes to them); the old address reports it all the same: the address comes back, every session ends, the
    // password stops working, and a reset link reaches the old address only.
    void aReportedChangeSecuresTheAccount()
    {
        const auto moderator = m_server.demoAccounts().value(Role::Moderator);
        const QString session = m_api.login(moderator.email, moderator.password);
        const QString intruder = freshAddress("indringer");
        QCOMPARE(post(api::path::myEmailChange, {{"email"_L1, intruder}, {"password"_L1, moderator.password}}, session)
                     .status,
                 202);
        const QString confirm = m_inbox.tokenIn(m_inbox.next(intruder), u"email"_s);
        const QString report = m_inbox.tokenIn(m_inbox.next(moderator.email), u"email-report"_s);
        QVERIFY(!confirm.isEmpty() && !report.isEmpty());
        QCOMPARE(post(api::path::emailChangeConfirmation, {{"token"_L1, confirm}}).status, 204);
        const QString intruderSession = m_api.login(intruder, moderator.password);
        QVERIFY(!intruderSession.isEmpty());
        // The intruder asks again: that notice, with a report link of its own, goes to the intruder's address. The
        // owner's link must keep working all the same.
        QCOMPARE(post(api::path::myEmailChange,
                      {{"email"_L1, freshAddress("elders")}, {"password"_L1, moderator.password}}, intruderSession)
                     .status,
                 202);
        QVERIFY(!m_inbox.tokenIn(m_inbox.next(intruder), u"email-report"_s).isEmpty());

        QCOMPARE(post(api::path::emailChangeReport, {{"token"_L1, report}}).status, 204);
        QCOMPARE(m_api.send("GET", m_api.url(QString::fromLatin1(api::path::me)), intruderSession).status, 401);
        QCOMPARE(m_api.send("GET", m_api.url(QString::fromLatin1(api::path::me)), session).status, 401);
        QCOMPARE(m_api.login(intruder, moderator.password), QString());
        QCOMPARE(m_api.login(moderator.email, moderator.password), QString());
        const QByteArray secured = m_inbox.next(moderator.email);
        QCOMPARE(subjectOf(secured), u"Je Regiekamer-account is beveiligd"_s);
        const QString reset = m_inbox.tokenIn(secured, u"reset"_s);
        QCOMPARE(post(api::path::passwordResetComplete,
                      {{"token"_L1, reset}, {"password"_L1, QString::fromLatin1(password)}})
                     .status,
                 204);
        QVERIFY(!m_api.login(moderator.email, QString::fromLatin1(password)).isEmpty());
        QCOMPARE(m_inbox.countTo(intruder), 2); // the confirmation link and the second request's notice, nothing after
    }

    // An address that belongs to another account gets no link (the answer does not say so); the notice still goes.
    void aTakenAddressGetsNoLink()
    {
        const auto viewer = m_server.demoAccounts().value(Role::Viewer);
        const auto director = m_server.demoAccounts().value(Role::Director);
        const QString session = m_api.login(viewer.email, viewer.password);
        const int before = m_inbox.countTo(director.email);
        QCOMPARE(
            post(api::path::myEmailChange, {{"email"_L1, director.email}, {"password"_L1, viewer.password}}, session)
                .status,
            202);
        QByteArray notice;
        while ((notice = m_inbox.next(viewer.email)).size() > 0 &&
               m_inbox.tokenIn(notice, u"email-report"_s).isEmpty()) { }
        QVERIFY(!notice.isEmpty());
        QTest::qWait(500);
        QCOMPARE(m_inbox.countTo(director.email), before);
    }

    // In headless Chromium, as a person would: the registration form, the mailed link's page with the password, the
    // join link. Every control labelled; every page captured in nl and en with REGIEKAMER_SCREENSHOT_DIR.
    void theRegistrationPagesWorkInABrowser()
    {
        ChromiumDriver &browser = startedBrowser();
        const QString form = u"/register?webinar=%1"_s.arg(m_approvalWebinar);
        QVERIFY2(browser.captureInBothLanguages(page(form), u"register"_s), qPrintable(browser.lastError()));
        QVERIFY(browser.navigate(page(form + u"&lang=en"_s)));
        QCOMPARE(browser.unlabelledControls(), QString());
        const QString email = freshAddress("chromium");
        QVERIFY(browser.fill(u"#fullName"_s, u"Sem de Graaf"_s));
        QVERIFY(browser.fill(u"#email"_s, email));
        QVERIFY(browser.setChecked(u"#consentRecording"_s, true));
        QVERIFY2(browser.submitForm(), qPrintable(browser.lastError()));
        QCOMPARE(browser.text(u"h1"_s), u"Check your mail"_s);
        const QString token = m_inbox.tokenIn(m_inbox.next(email), u"registration"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(
            browser.captureInBothLanguages(page(u"/account/registration?token="_s + token), u"account-registration"_s));
        QVERIFY(browser.navigate(page(u"/account/registration?lang=en&token="_s + token)));
        QCOMPARE(browser.unlabelledControls(), QString());
        QVERIFY(browser.fill(u"#password"_s, QString::fromLatin1(password)));
        QVERIFY(browser.fill(u"#repeat"_s, QString::fromLatin1(password)));
        QVERIFY2(browser.submitForm(), qPrintable(browser.lastError()));
        QCOMPARE(browser.text(u"h1"_s), u"Registration confirmed"_s);
        QVERIFY(browser.text(u"main"_s).contains(u"The organiser approves each registration"_s));

        const ApiReply registrations =
            m_api.send("GET",
                       m_api.url(api::path::expand(api::path::webinarRegistrations, {m_approvalWebinar}),
                                 {{u"search"_s, u"Sem de Graaf"_s}}),
                       m_director);
        QCOMPARE(registrations.items().size(), 1);
        QCOMPARE(setApproval(registrations.items().first().toObject().value("id"_L1).toInteger(), u"approved"_s).status,
                 200);
        const QString join = joinTokenIn(m_inbox.next(email));
        QVERIFY(browser.captureInBothLanguages(page(u"/account/join?token="_s + join), u"account-join"_s));
        QVERIFY(browser.navigate(page(u"/account/join?lang=en&token="_s + join)));
        QCOMPARE(browser.text(u"h1"_s), u"Your entrance"_s);
        m_browserAccount = email;
    }

    // The account just registered in Chromium moves to a new address: the portal's form with the password, the link
    // to the new address, and the report page the old address's link opens.
    void theEmailChangePagesWorkInABrowser()
    {
        QVERIFY2(!m_browserAccount.isEmpty(), "needs the account of theRegistrationPagesWorkInABrowser");
        ChromiumDriver &browser = startedBrowser();
        QVERIFY(browser.navigate(page(u"/portal/sign-in?lang=en"_s)));
        QVERIFY(browser.fill(u"#email"_s, m_browserAccount));
        QVERIFY(browser.fill(u"#password"_s, QString::fromLatin1(password)));
        QVERIFY2(browser.submitForm(), qPrintable(browser.lastError()));
        QVERIFY(browser.captureInBothLanguages(page(u"/portal/email"_s), u"portal-email"_s));
        QVERIFY(browser.navigate(page(u"/portal/email?lang=en"_s)));
        QCOMPARE(browser.unlabelledControls(), QString());
        const QString next = freshAddress("verhuisd");
        QVERIFY(browser.fill(u"#email"_s, next));
        QVERIFY(browser.fill(u"#password"_s, QString::fromLatin1(password)));
        QVERIFY2(browser.submitForm(), qPrintable(browser.lastError()));
        QCOMPARE(browser.text(u"h1"_s), u"Check your mail"_s);
        const QString confirm = m_inbox.tokenIn(m_inbox.next(next), u"email"_s);
        const QString report = m_inbox.tokenIn(m_inbox.next(m_browserAccount), u"email-report"_s);
        QVERIFY(browser.captureInBothLanguages(page(u"/account/email?token="_s + confirm), u"account-email"_s));
        QVERIFY(browser.captureInBothLanguages(page(u"/account/email-report?token="_s + report),
                                               u"account-email-report"_s));
        QVERIFY(browser.navigate(page(u"/account/email?lang=en&token="_s + confirm)));
        QVERIFY2(browser.submitForm(), qPrintable(browser.lastError()));
        QCOMPARE(browser.text(u"h1"_s), u"Address changed"_s);
        QVERIFY(!m_api.login(next, QString::fromLatin1(password)).isEmpty());
    }

    // No token from any mail, join links included, appears in the access log or the server's own output; every
    // step is in the log.
    void tokensReachNeitherTheLogNorTheOutput()
    {
        QVERIFY(m_inbox.tokensSeen().size() >= 8);
        const ApiReply log =
            m_api.send("GET", m_api.url(QString::fromLatin1(api::path::auditLog), {{u"limit"_s, u"500"_s}}), m_admin);
        QCOMPARE(log.status, 200);
        const QByteArray entries = QJsonDocument(log.items()).toJson();
        for (const char *action : {"\"sign_up\"", "\"email_change\"", "\"join\""})
            QVERIFY2(entries.contains(action), action);
        QCOMPARE(m_inbox.leakedTokenIn(entries), QString());
        QCOMPARE(m_inbox.leakedTokenIn(m_server.lastOutput()), QString());
    }
};

QTEST_GUILESS_MAIN(TestSelfService)
#include "tst_self_service.moc"
