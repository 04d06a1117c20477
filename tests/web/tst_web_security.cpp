// The web pages' defences without a browser (docs/portal.md): security headers on every answer, exact cookie
// attributes, CSRF tokens on every form, no page without a session, no other account's data, escaped values, and
// bad forms that change nothing. Raw HTTP over TLS (WebPageClient), as an attacker's tool would send it.

#include "ApiRequests.h"
#include "ServerProcess.h"
#include "WebPageClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using regiekamer::Role;

namespace {

const QByteArray csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                       "frame-ancestors 'none'; base-uri 'none'";
const QStringList signedInPages {u"/portal"_s,        u"/portal/profile"_s, u"/portal/access"_s,
                                 u"/portal/delete"_s, u"/portal/export"_s,  u"/portal/email"_s};

} // namespace

class TestWebSecurity : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;

    WebPageClient client() { return WebPageClient(m_api.tls(), m_server.port()); }
    ServerProcess::DemoAccount account(Role role) const { return m_server.demoAccounts().value(role); }
    WebPageClient signedIn(Role role)
    {
        WebPageClient web = client();
        const WebAnswer answer = web.signIn(account(role).email, account(role).password);
        if (answer.status != 303)
            qWarning("sign-in failed: %s", answer.describe().constData());
        return web;
    }
    QJsonObject apiProfile(Role role)
    {
        const QString token = m_api.login(account(role).email, account(role).password);
        return m_api.send("GET", m_api.url(u"/api/v1/me/profile"_s), token).json();
    }

    static void checkHeaders(const WebAnswer &answer, const QString &what)
    {
        const QByteArray where = what.toUtf8();
        QVERIFY2(answer.status > 0, where.constData());
        QCOMPARE(answer.header("content-security-policy"), csp);
        QCOMPARE(answer.header("strict-transport-security"), "max-age=31536000"_ba);
        QCOMPARE(answer.header("referrer-policy"), "no-referrer"_ba);
        QCOMPARE(answer.header("x-content-type-options"), "nosniff"_ba);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        QVERIFY(m_api.connectTo(m_server));
    }

    // Every answer of the pages carries the security headers; pages (personal data, form tokens) are never stored,
    // the stylesheet is cacheable.
    void everyAnswerHasTheSecurityHeaders()
    {
        WebPageClient anonymous = client();
        for (const QString &path : signedInPages + QStringList {u"/portal/sign-in"_s}) {
            const WebAnswer answer = anonymous.get(path);
            checkHeaders(answer, path);
            QCOMPARE(answer.header("cache-control"), "no-store"_ba);
        }
        WebPageClient viewer = signedIn(Role::Viewer);
        for (const QString &path : signedInPages) {
            const WebAnswer answer = viewer.get(path);
            QVERIFY2(answer.status == 200, qPrintable(path + u": "_s + QString::fromUtf8(answer.describe())));
            checkHeaders(answer, path);
            QCOMPARE(answer.header("cache-control"), "no-store"_ba);
        }
        const WebAnswer css = anonymous.get(u"/web/style.css"_s);
        QCOMPARE(css.status, 200);
        checkHeaders(css, u"css"_s);
        QVERIFY(css.header("content-type").startsWith("text/css"));
        QCOMPARE(css.header("cache-control"), "public, max-age=86400"_ba);
        QVERIFY2(!css.text().contains(u"url("_s), "the stylesheet loads nothing else");
    }

    // The cookies' attributes, exactly.
    void cookiesAreSecureHttpOnlyStrict()
    {
        WebPageClient web = client();
        const WebAnswer page = web.get(u"/portal/sign-in?lang=en"_s);
        const QList<QByteArray> set = page.headerValues("set-cookie");
        QCOMPARE(set.size(), 2);
        QVERIFY2(set.contains("regiekamer_lang=en; Max-Age=31536000; Path=/; Secure; HttpOnly; SameSite=Strict"_ba),
                 set.join('\n').constData());
        const QByteArray pre = web.cookies().value("__Host-regiekamer_presession");
        QCOMPARE(pre.size(), 43);
        QVERIFY(set.contains("__Host-regiekamer_presession=" + pre +
                             "; Max-Age=3600; Path=/; Secure; HttpOnly; SameSite=Strict"));
        const WebAnswer signIn = web.post(u"/portal/sign-in"_s,
                                          {{u"csrf"_s, page.csrfToken()},
                                           {u"email"_s, account(Role::Viewer).email},
                                           {u"password"_s, account(Role::Viewer).password}});
        QCOMPARE(signIn.status, 303);
        QCOMPARE(signIn.header("location"), "/portal"_ba);
        const QByteArray token = web.cookies().value("__Host-regiekamer_session");
        QCOMPARE(token.size(), 43);
        QCOMPARE(
            signIn.headerValues("set-cookie"),
            QList<QByteArray> {"__Host-regiekamer_session=" + token + "; Path=/; Secure; HttpOnly; SameSite=Strict"});
        const WebAnswer out = web.post(u"/portal/sign-out"_s, {{u"csrf"_s, web.get(u"/portal"_s).csrfToken()}});
        QCOMPARE(out.status, 303);
        QCOMPARE(
            out.headerValues("set-cookie"),
            QList<QByteArray> {"__Host-regiekamer_session=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Strict"});
        // Signed out means the session is gone on the server, not only the cookie in this browser.
        web.cookies().insert("__Host-regiekamer_session", token);
        QCOMPARE(web.get(u"/portal"_s).status, 303);
    }

    // The language: ?lang= (then remembered in its cookie), else the cookie, else Accept-Language, else Dutch.
    void languageFollowsQueryCookieAndBrowser()
    {
        const auto langOf = [](const WebAnswer &answer) {
            return answer.text().section(u"<html lang=\""_s, 1, 1).left(2);
        };
        QCOMPARE(langOf(client().get(u"/portal/sign-in"_s)), u"nl"_s);
        QCOMPARE(langOf(client().get(u"/portal/sign-in"_s, {{"Accept-Language", "en-GB,en;q=0.9,nl;q=0.5"}})), u"en"_s);
        QCOMPARE(langOf(client().get(u"/portal/sign-in"_s, {{"Accept-Language", "de, fr"}})), u"nl"_s);
        WebPageClient web = client();
        QCOMPARE(langOf(web.get(u"/portal/sign-in?lang=en"_s, {{"Accept-Language", "nl"}})), u"en"_s);
        QCOMPARE(langOf(web.get(u"/portal/sign-in"_s, {{"Accept-Language", "nl"}})), u"en"_s);
        QCOMPARE(langOf(web.get(u"/portal/sign-in?lang=xx"_s)), u"en"_s);
        QVERIFY(web.get(u"/portal/sign-in?lang=nl"_s).text().contains(u"Inloggen"_s));
    }

    // Every POST without its form's token, or with another browser's, is refused with 403 and changes nothing.
    void formsWithoutTheirTokenChangeNothing()
    {
        WebPageClient viewer = signedIn(Role::Viewer);
        WebPageClient other = signedIn(Role::Moderator);
        const QString foreignToken = other.get(u"/portal/profile"_s).csrfToken();
        const QJsonObject before = apiProfile(Role::Viewer);
        const qint64 version = before.value("version"_L1).toInteger();
        for (const QString &token : {QString(), foreignToken, u"x"_s}) {
            QList<std::pair<QString, QString>> fields {{u"version"_s, QString::number(version)},
                                                       {u"fullName"_s, u"Forged Name"_s}};
            if (!token.isEmpty())
                fields.append({u"csrf"_s, token});
            const WebAnswer answer = viewer.post(u"/portal/profile"_s, fields);
            QVERIFY2(answer.status == 403, answer.describe().constData());
            checkHeaders(answer, u"403"_s);
            QCOMPARE(
                viewer.post(u"/portal/delete"_s, {{u"csrf"_s, token}, {u"password"_s, account(Role::Viewer).password}})
                    .status,
                403);
            QCOMPARE(viewer.post(u"/portal/sign-out"_s, {{u"csrf"_s, token}}).status, 403);
        }
        QCOMPARE(apiProfile(Role::Viewer), before);
        QCOMPARE(viewer.get(u"/portal"_s).status, 200); // still signed in: the sign-out was refused
        // The sign-in form's token is bound to the browser's pre-session cookie.
        WebPageClient stranger = client();
        const QString strangerToken = stranger.get(u"/portal/sign-in"_s).csrfToken();
        WebPageClient victim = client();
        victim.get(u"/portal/sign-in"_s);
        const WebAnswer forged = victim.post(u"/portal/sign-in"_s,
                                             {{u"csrf"_s, strangerToken},
                                              {u"email"_s, account(Role::Viewer).email},
                                              {u"password"_s, account(Role::Viewer).password}});
        QCOMPARE(forged.status, 403);
        QVERIFY(!victim.cookies().contains("__Host-regiekamer_session"));
    }

    // Without a session every page sends the visitor to the sign-in page, whatever the cookie says; the cookie never
    // opens the API and a bearer token never opens a page.
    void noPageWithoutASession()
    {
        for (const QByteArray &cookie : {QByteArray(), "__Host-regiekamer_session=forged"_ba}) {
            WebPageClient web = client();
            if (!cookie.isEmpty())
                web.cookies().insert("__Host-regiekamer_session", "forged");
            for (const QString &path : signedInPages) {
                const WebAnswer answer = web.get(path);
                QCOMPARE(answer.status, 303);
                QCOMPARE(answer.header("location"), "/portal/sign-in"_ba);
                QVERIFY(answer.body.isEmpty());
            }
            QCOMPARE(web.post(u"/portal/profile"_s, {{u"fullName"_s, u"x"_s}}).status, 303);
        }
        WebPageClient viewer = signedIn(Role::Viewer);
        const QByteArray token = viewer.cookies().value("__Host-regiekamer_session");
        WebPageClient cookieOnApi = client();
        cookieOnApi.cookies().insert("__Host-regiekamer_session", token);
        QCOMPARE(cookieOnApi.get(u"/api/v1/me"_s).status, 401);
        const QString bearer = m_api.login(account(Role::Viewer).email, account(Role::Viewer).password);
        QCOMPARE(client().get(u"/portal"_s, {{"Authorization", "Bearer " + bearer.toLatin1()}}).status, 303);
    }

    // The portal's URLs carry no ids; whatever a viewer adds to them, they see their own data and nobody else's.
    void aViewerSeesOnlyTheirOwnData()
    {
        WebPageClient viewer = signedIn(Role::Viewer);
        const QJsonObject own = apiProfile(Role::Viewer);
        const QString director = m_api
                                     .send("GET", m_api.url(u"/api/v1/me"_s),
                                           m_api.login(account(Role::Director).email, account(Role::Director).password))
                                     .json()
                                     .value("email"_L1)
                                     .toString();
        QVERIFY(director.contains(u'@'));
        for (const QString &query : {u""_s, u"?id=1"_s, u"?user=1&subject=1"_s, u"?lang=en&id=2"_s}) {
            const WebAnswer profile = viewer.get(u"/portal/profile"_s + query);
            QCOMPARE(profile.status, 200);
            QVERIFY(profile.text().contains(own.value("email"_L1).toString()));
            QVERIFY(!profile.text().contains(director));
            const WebAnswer data = viewer.get(u"/portal/export"_s + query);
            QCOMPARE(data.status, 200);
            QVERIFY(!data.text().contains(director));
        }
        QCOMPARE(viewer.get(u"/portal/profile/1"_s).status, 404);
        QCOMPARE(viewer.get(u"/portal/users/1"_s).status, 404);
    }

    // A display name with markup appears as text.
    void valuesAreEscaped()
    {
        const QString token = m_api.login(account(Role::Viewer).email, account(Role::Viewer).password);
        const QJsonObject before = m_api.send("GET", m_api.url(u"/api/v1/me/profile"_s), token).json();
        const QString evil = u"<script>alert(\"x\")</script> & 'co'"_s;
        const ApiReply changed = m_api.sendJson(
            "PATCH", m_api.url(u"/api/v1/me/profile"_s), token,
            {{u"version"_s, before.value("version"_L1)}, {u"fullName"_s, evil}, {u"company"_s, u"<b>bold</b>"_s}});
        QVERIFY2(changed.status == 200, qPrintable(changed.describe()));
        WebPageClient viewer = signedIn(Role::Viewer);
        for (const QString &path : {u"/portal"_s, u"/portal/profile"_s}) {
            const QString page = viewer.get(path).text();
            QVERIFY2(!page.contains(u"<script"_s) && !page.contains(u"<b>"_s), qPrintable(page));
        }
        QVERIFY(viewer.get(u"/portal"_s)
                    .text()
                    .contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"_s));
        QVERIFY(viewer.get(u"/portal/profile"_s).text().contains(u"value=\"&lt;b&gt;bold&lt;/b&gt;\""_s));
    }

    // A form the server cannot read, or whose values the profile refuses, gets an error on the page and changes
    // nothing.
    void badFormsChangeNothing()
    {
        WebPageClient viewer = signedIn(Role::Viewer);
        const QString token = viewer.get(u"/portal/profile"_s).csrfToken();
        const QJsonObject before = apiProfile(Role::Viewer);
        const QByteArray version = QByteArray::number(before.value("version"_L1).toInteger());
        const QByteArray csrf = "csrf=" + token.toLatin1();
        const QList<QByteArray> bodies {
            csrf + "&version=" + version + "&fullName=%FF%FE", // not UTF-8
            csrf + "&version=" + version + "&fullName=a&fullName=b", // repeated
            csrf + "&version=" + version + "&fullName=" + QByteArray(3000, 'a'), // too long
            csrf + "&version=" + version + "&fullName=", // the profile's own rule
            csrf + "&version=" + version + QByteArray("&x=1").repeated(20), // too many fields
        };
        for (const QByteArray &body : bodies) {
            const WebAnswer answer = viewer.send("POST", u"/portal/profile"_s,
                                                 {{"Content-Type", "application/x-www-form-urlencoded"}}, body);
            QVERIFY2(answer.status == 400 || answer.status == 403, answer.describe().constData());
            QCOMPARE(apiProfile(Role::Viewer), before);
        }
        const WebAnswer named =
            viewer.post(u"/portal/profile"_s,
                        {{u"csrf"_s, token}, {u"version"_s, QString::fromLatin1(version)}, {u"fullName"_s, QString()}});
        QCOMPARE(named.status, 400);
        QVERIFY(named.text().contains(u"role=\"alert\""_s));
        const WebAnswer json = viewer.send("POST", u"/portal/profile"_s, {{"Content-Type", "application/json"}},
                                           "{\"csrf\":\"" + token.toLatin1() + "\"}");
        QCOMPARE(json.status, 403);
        QCOMPARE(apiProfile(Role::Viewer), before);
    }

    // Every page is in the access log like an API call: the admin sees the viewer's overview read about them.
    void pagesAreInTheAccessLog()
    {
        WebPageClient viewer = signedIn(Role::Viewer);
        QCOMPARE(viewer.get(u"/portal"_s).status, 200);
        const QString admin = m_api.login(account(Role::Admin).email, account(Role::Admin).password);
        const QJsonArray entries =
            m_api.send("GET", m_api.url(u"/api/v1/audit"_s, {{u"limit"_s, u"20"_s}}), admin).items();
        bool found = false;
        for (const QJsonValue &entry : entries) {
            const QJsonObject e = entry.toObject();
            found = found ||
                (e.value("objectType"_L1) == "own_data"_L1 && e.value("action"_L1) == "read"_L1 &&
                 e.value("subjectUserId"_L1) == e.value("actorId"_L1) && e.value("outcome"_L1) == "allowed"_L1);
        }
        QVERIFY(found);
    }

    // Guessing the password on the deletion's confirmation counts like failed sign-ins: the account's back-off
    // stops it, and the account is still there.
    void deleteConfirmationIsThrottled()
    {
        WebPageClient staff = signedIn(Role::ClientStaff);
        int status = 0;
        for (int guess = 0; guess < 12 && status != 429; ++guess) {
            const QString token = staff.get(u"/portal/delete"_s).csrfToken();
            status =
                staff.post(u"/portal/delete"_s, {{u"csrf"_s, token}, {u"password"_s, u"guess %1"_s.arg(guess)}}).status;
            QVERIFY2(status == 403 || status == 429, QByteArray::number(status).constData());
        }
        QCOMPARE(status, 429);
        const WebAnswer right = staff.post(u"/portal/delete"_s,
                                           {{u"csrf"_s, staff.get(u"/portal/delete"_s).csrfToken()},
                                            {u"password"_s, account(Role::ClientStaff).password}});
        QCOMPARE(right.status, 429); // locked: not even the right password is checked now
        QCOMPARE(staff.get(u"/portal"_s).status, 200);
    }

    // Page weight (the figure of issue 15): bytes of each page's HTML in nl and en, and of the one stylesheet,
    // printed for docs/portal.md; every page stays under 8 KiB of HTML.
    void pageWeight()
    {
        const qsizetype css = client().get(u"/web/style.css"_s).body.size();
        WebPageClient viewer = signedIn(Role::Viewer);
        const QString admin = m_api.login(account(Role::Admin).email, account(Role::Admin).password);
        qint64 live = 0;
        for (const QJsonValue &item : m_api.send("GET", m_api.url(u"/api/v1/webinars"_s), admin).items())
            live = item.toObject().value("state"_L1).toString() == "live"_L1
                ? item.toObject().value("id"_L1).toInteger()
                : live;
        const QString registration = u"/register?webinar=%1"_s.arg(live);
        for (const QString &path : QStringList {u"/portal/sign-in"_s, registration} + signedInPages) {
            QList<qsizetype> sizes;
            for (const QString &language : {u"nl"_s, u"en"_s}) {
                WebPageClient anonymous = client();
                WebPageClient &web = path.startsWith(u"/portal"_s) && !path.endsWith(u"sign-in"_s) ? viewer : anonymous;
                const WebAnswer answer = web.get(path + (path.contains(u'?') ? u"&lang="_s : u"?lang="_s) + language);
                QCOMPARE(answer.status, 200);
                QVERIFY2(path.endsWith(u"/export"_s) || answer.body.size() < 8192, qPrintable(path)); // the JSON grows
                sizes.append(answer.body.size());
            }
            qInfo("page weight %s: nl %lld B, en %lld B HTML; + %lld B CSS", qPrintable(path),
                  static_cast<long long>(sizes.at(0)), static_cast<long long>(sizes.at(1)),
                  static_cast<long long>(css));
        }
    }

    // After a restore, an operator re-applies an erasure by account id: the account is gone, its subject key too,
    // and the access log says an operator deleted it. (Last: it erases the director.)
    void adminErasesAnAccountById()
    {
        qint64 id = 0;
        QVERIFY(!m_api.login(account(Role::Director).email, account(Role::Director).password, &id).isEmpty());
        QByteArray output;
        QCOMPARE(m_server.runAdmin({u"user"_s, u"erase"_s, QString::number(id)}, {}, &output), 0);
        QVERIFY2(output.contains("subject key is destroyed"), output.constData());
        QVERIFY(m_api.login(account(Role::Director).email, account(Role::Director).password).isEmpty());
        QVERIFY(m_server.runAdmin({u"user"_s, u"erase"_s, QString::number(id)}, {}, &output) != 0);
        const QString admin = m_api.login(account(Role::Admin).email, account(Role::Admin).password);
        const QJsonObject entry =
            m_api.send("GET", m_api.url(u"/api/v1/audit"_s, {{u"action"_s, u"delete"_s}, {u"limit"_s, u"1"_s}}), admin)
                .items()
                .first()
                .toObject();
        QCOMPARE(entry.value("objectType"_L1).toString(), u"account"_s);
        QCOMPARE(entry.value("objectId"_L1).toInteger(), id);
        QCOMPARE(entry.value("actorRole"_L1).toString(), u"operator"_s);
    }

    void cleanupTestCase() { QCOMPARE(m_server.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestWebSecurity)
#include "tst_web_security.moc"
