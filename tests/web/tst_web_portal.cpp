// The viewer portal in a real browser (Debian's headless Chromium over the DevTools protocol, ChromiumDriver): sign
// in with the keyboard only, the overview of the viewer's own registrations and questions, the profile edited and
// kept, who accessed the data, the JSON download of all of it, and deleting the account (GDPR article 17) with the
// subject key destroyed. With REGIEKAMER_SCREENSHOT_DIR set, every page is captured in nl and en into that folder.

#include "ApiRequests.h"
#include "ChromiumDriver.h"
#include "ServerProcess.h"
#include "SqlFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using regiekamer::Role;

class TestWebPortal : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;
    ChromiumDriver m_browser;
    QTemporaryDir m_downloads;
    qint64 m_viewerId = 0;

    ServerProcess::DemoAccount viewer() const { return m_server.demoAccounts().value(Role::Viewer); }
    QString page(const QString &path) const { return m_server.baseUrl().toString() + path; }
    QString viewerToken() { return m_api.login(viewer().email, viewer().password, &m_viewerId); }
    QString tokenOf(Role role)
    {
        const auto account = m_server.demoAccounts().value(role);
        return m_api.login(account.email, account.password);
    }
    // Each portal page in both languages, when REGIEKAMER_SCREENSHOT_DIR names a folder (docs/screenshots).
    void capture(const QString &name, const QString &path)
    {
        checkLabels(path);
        QVERIFY2(m_browser.captureInBothLanguages(page(path), u"portal-"_s + name), qPrintable(m_browser.lastError()));
        QVERIFY(m_browser.navigate(page(path + u"?lang=en"_s)));
    }
    // Every visible control of the page has exactly one label, and there is one h1.
    void checkLabels(const QString &path)
    {
        QVERIFY(m_browser.navigate(page(path)));
        const QString unlabelled = m_browser.unlabelledControls();
        QVERIFY2(unlabelled.isEmpty(), qPrintable(path + u": "_s + unlabelled));
        QCOMPARE(m_browser.evaluate(u"document.querySelectorAll('h1').length"_s)->toInt(), 1);
    }
    void submit() { QVERIFY2(m_browser.submitForm(), qPrintable(m_browser.lastError())); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        QVERIFY(m_api.connectTo(m_server));
        const auto certificates = QSslCertificate::fromPath(m_server.dataDir() + u"/server-certificate.pem"_s);
        QCOMPARE(certificates.size(), 1);
        QVERIFY2(m_browser.start(certificates.first(), m_downloads.path()), qPrintable(m_browser.lastError()));
        QVERIFY(!viewerToken().isEmpty());
    }

    // The sign-in form works with the keyboard alone: Tab to the address, type, Tab, type, Enter.
    void signInWithTheKeyboardOnly()
    {
        capture(u"sign-in"_s, u"/portal/sign-in"_s);
        QVERIFY(m_browser.navigate(page(u"/portal/sign-in?lang=en"_s)));
        QCOMPARE(m_browser.lastDocument().status, 200);
        int tabs = 0;
        while (m_browser.activeElementId() != u"email"_s && tabs++ < 10)
            QVERIFY(m_browser.press(u"Tab"_s));
        QCOMPARE(m_browser.activeElementId(), u"email"_s);
        QVERIFY(m_browser.typeText(viewer().email));
        QVERIFY(m_browser.press(u"Tab"_s));
        QCOMPARE(m_browser.activeElementId(), u"password"_s);
        QVERIFY(m_browser.typeText(viewer().password));
        m_browser.expectNavigation();
        QVERIFY(m_browser.press(u"Enter"_s));
        QVERIFY2(m_browser.waitForLoad(), qPrintable(m_browser.lastError()));
        QVERIFY2(m_browser.url().endsWith(u"/portal"_s), qPrintable(m_browser.url()));
        QCOMPARE(m_browser.text(u"h1"_s), u"Overview"_s);
        QCOMPARE(m_browser.lastDocument().headers.value("cache-control"_L1).toString(), u"no-store"_s);
    }

    // The overview lists the viewer's own registrations and questions, as the API has them.
    void overviewShowsOwnRegistrationsAndQuestions()
    {
        const QString token = viewerToken();
        const QJsonArray registrations = m_api.send("GET", m_api.url(u"/api/v1/me/registrations"_s), token).items();
        QVERIFY(!registrations.isEmpty());
        const qint64 webinar = registrations.first().toObject().value("webinarId"_L1).toInteger();
        const ApiReply asked = m_api.sendJson("POST", m_api.url(u"/api/v1/webinars/%1/questions"_s.arg(webinar)), token,
                                              {{u"text"_s, u"Komt er een opname van deze sessie?"_s}});
        QVERIFY2(asked.status == 201, qPrintable(asked.describe()));
        QVERIFY(m_browser.navigate(page(u"/portal"_s)));
        QCOMPARE(m_browser.evaluate(u"document.querySelectorAll('table')[0].tBodies[0].rows.length"_s)->toInt(),
                 registrations.size());
        QVERIFY(m_browser.text(u"main"_s).contains(u"Komt er een opname van deze sessie?"_s));
        capture(u"overview"_s, u"/portal"_s);
    }

    // A change on the profile page is kept, and the API reads it back.
    void profileEditIsKept()
    {
        QVERIFY(m_browser.navigate(page(u"/portal/profile"_s)));
        QVERIFY(m_browser.fill(u"#company"_s, u"Portaal & Co"_s));
        QVERIFY(m_browser.fill(u"#jobTitle"_s, u"Webinarbezoeker"_s));
        QVERIFY(m_browser.setChecked(u"#consentMarketing"_s, true));
        submit();
        QCOMPARE(m_browser.lastDocument().status, 200);
        QVERIFY(!m_browser.text(u"[role=status]"_s).isEmpty());
        QCOMPARE(m_browser.value(u"#company"_s), u"Portaal & Co"_s);
        const QJsonObject profile = m_api.send("GET", m_api.url(u"/api/v1/me/profile"_s), viewerToken()).json();
        QCOMPARE(profile.value("company"_L1).toString(), u"Portaal & Co"_s);
        QCOMPARE(profile.value("jobTitle"_L1).toString(), u"Webinarbezoeker"_s);
        QVERIFY(profile.value("consent"_L1).toObject().value("marketing"_L1).toBool());
        capture(u"profile"_s, u"/portal/profile"_s);
    }

    // A staff member's read of the viewer's registration appears on "who accessed my data".
    void accessPageListsStaffReads()
    {
        const QJsonArray registrations =
            m_api.send("GET", m_api.url(u"/api/v1/me/registrations"_s), viewerToken()).items();
        const qint64 registration = registrations.first().toObject().value("id"_L1).toInteger();
        const ApiReply read =
            m_api.send("GET", m_api.url(u"/api/v1/registrations/%1"_s.arg(registration)), tokenOf(Role::Admin));
        QVERIFY2(read.status == 200, qPrintable(read.describe()));
        QVERIFY(m_browser.navigate(page(u"/portal/access"_s)));
        const QString rows = m_browser.text(u"tbody"_s);
        QVERIFY2(rows.contains(u"admin"_s) && rows.contains(u"Viewed: registration"_s), qPrintable(rows));
        capture(u"access"_s, u"/portal/access"_s);
    }

    // The download holds the viewer's own data and nothing of another account.
    void exportDownloadsOwnDataOnly()
    {
        QVERIFY(m_browser.navigate(page(u"/portal"_s)));
        m_browser.expectNavigation();
        QVERIFY(m_browser.click(u"a[href=\"/portal/export\"]"_s));
        const QString path = m_browser.waitForDownload();
        QVERIFY2(!path.isEmpty(), qPrintable(m_browser.lastError()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject data = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(data.value("account"_L1).toObject().value("id"_L1).toInteger(), m_viewerId);
        QCOMPARE(data.value("profile"_L1).toObject().value("company"_L1).toString(), u"Portaal & Co"_s);
        QVERIFY(!data.value("registrations"_L1).toArray().isEmpty());
        QVERIFY(!data.value("questions"_L1).toArray().isEmpty());
        QVERIFY(!data.value("accessLog"_L1).toArray().isEmpty());
        for (const QJsonValue &entry : data.value("accessLog"_L1).toArray())
            QCOMPARE(entry.toObject().value("subjectUserId"_L1).toInteger(), m_viewerId);
        for (const Role role : {Role::Admin, Role::Director, Role::Moderator, Role::ClientStaff})
            QVERIFY(!bytes.contains(m_server.demoAccounts().value(role).email.toUtf8()));
    }

    // A wrong password on the confirmation page deletes nothing.
    void deleteWithAWrongPasswordChangesNothing()
    {
        capture(u"delete"_s, u"/portal/delete"_s);
        QVERIFY(m_browser.navigate(page(u"/portal/delete"_s)));
        QVERIFY(m_browser.fill(u"#password"_s, u"not the password"_s));
        submit();
        QCOMPARE(m_browser.lastDocument().status, 403);
        QVERIFY(!m_browser.text(u"[role=alert]"_s).isEmpty());
        QVERIFY(!viewerToken().isEmpty());
        QVERIFY(m_browser.navigate(page(u"/portal"_s)));
        QVERIFY(m_browser.url().endsWith(u"/portal"_s));
    }

    // With the password the account is gone: signed out everywhere, no sign-in, no rows, and its subject key
    // destroyed.
    void deleteAccountShredsItsKey()
    {
        SqlFile database(m_server.dataDir() + u"/regiekamer.sqlite"_s);
        QVERIFY(database.isOpen());
        const QString keyQuery = u"SELECT count(*) FROM data_keys WHERE scope_kind = 'subject' AND scope_id = ?"_s;
        QCOMPARE(database.rows(keyQuery, {m_viewerId}), QStringList {u"1"_s});
        const QString apiSession = viewerToken();
        QVERIFY(m_browser.navigate(page(u"/portal/delete"_s)));
        QVERIFY(m_browser.fill(u"#password"_s, viewer().password));
        submit();
        QCOMPARE(m_browser.lastDocument().status, 200);
        QCOMPARE(m_browser.text(u"h1"_s), u"Account deleted"_s);
        if (const QString folder = qEnvironmentVariable("REGIEKAMER_SCREENSHOT_DIR"); !folder.isEmpty())
            QVERIFY(m_browser.screenshot(folder + u"/portal-deleted-en.png"_s));
        QVERIFY(m_browser.navigate(page(u"/portal"_s)));
        QVERIFY2(m_browser.url().endsWith(u"/portal/sign-in"_s), qPrintable(m_browser.url()));
        QCOMPARE(m_api.send("GET", m_api.url(u"/api/v1/me"_s), apiSession).status, 401);
        QVERIFY(m_api.login(viewer().email, viewer().password).isEmpty());
        QCOMPARE(database.rows(keyQuery, {m_viewerId}), QStringList {u"0"_s});
        QCOMPARE(database.rows(u"SELECT count(*) FROM users WHERE id = ?"_s, {m_viewerId}), QStringList {u"0"_s});
        QCOMPARE(database.rows(u"SELECT count(*) FROM registrations WHERE user_id = ?"_s, {m_viewerId}),
                 QStringList {u"0"_s});
        QCOMPARE(database.rows(u"SELECT count(*) FROM sessions WHERE user_id = ?"_s, {m_viewerId}),
                 QStringList {u"0"_s});
        const QStringList logged = database.rows(
            u"SELECT action, object_type, outcome FROM audit_log WHERE subject_user_id = ? ORDER BY seq DESC LIMIT 1"_s,
            {m_viewerId});
        QCOMPARE(logged, QStringList {u"delete|account|allowed"_s});
    }

    void cleanupTestCase()
    {
        m_browser.stop();
        QCOMPARE(m_server.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWebPortal)
#include "tst_web_portal.moc"
