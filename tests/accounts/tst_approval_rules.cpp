// Approval rules, capacity and the waiting list end to end (issue 17, docs/api.md "Approval rules"): the real
// regiekamer-server over TLS with --smtp, a real SMTP server (aiosmtpd, STARTTLS required) receiving the join links
// and the reasons, viewers who signed up through the mailed link and then register for webinars made for each case.
#include "ApiRequests.h"
#include "MailInbox.h"
#include "ServerProcess.h"
#include "SmtpTestServer.h"
#include "protocol/ApiPaths.h"
#include "protocol/Roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

constexpr auto publicUrl = "https://portal.example.org";
constexpr auto password = "een lang en eigen wachtwoord";

QString subjectOf(const QByteArray &mail)
{
    return mimeParts::decodeWords(mimeParts::header(mail, "Subject"));
}

QString textOf(const QByteArray &mail)
{
    return QString::fromUtf8(mimeParts::body(mail, "text/plain"));
}

// A viewer of the test: signed up through the mailed link with this address, company and language.
struct Viewer
{
    QString email;
    QString token;
};

} // namespace

class TestApprovalRules : public QObject
{
    Q_OBJECT

    SmtpTestServer m_smtp;
    ServerProcess m_server;
    ApiRequests m_api;
    MailInbox m_inbox {m_smtp, QString::fromLatin1(publicUrl)};
    QString m_admin, m_director;
    qint64 m_directorId = 0, m_organisation = 0;
    // exact: @example.org; evil: @evil-example.org; suffix: @example.org.evil.com; sub: @sub.example.org;
    // dutch: @elders.test, language nl.
    Viewer m_exact, m_evil, m_suffix, m_sub, m_dutch;

    ApiReply send(const QByteArray &verb, const QString &path, const QString &token, const QJsonObject &body = {})
    {
        if (verb == "GET" || verb == "DELETE")
            return m_api.send(verb, m_api.url(path), token);
        return m_api.sendJson(verb, m_api.url(path), token, body);
    }

    static QString rulesPath(qint64 webinar) { return u"/api/v1/webinars/%1/approval-rules"_s.arg(webinar); }
    static QString registrationPath(qint64 id) { return u"/api/v1/registrations/%1"_s.arg(id); }

    Viewer signUpViewer(qint64 webinar, const QString &domain, const QString &company, const QString &language)
    {
        const QString email = u"v%1@%2"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(10), domain);
        const ApiReply asked = send("POST", QString::fromLatin1(api::path::signUp), {},
                                    {{"webinarId"_L1, webinar},
                                     {"fullName"_L1, u"Kim %1"_s.arg(domain)},
                                     {"email"_L1, email},
                                     {"company"_L1, company},
                                     {"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}},
                                     {"language"_L1, language}});
        if (asked.status != 202)
            return {};
        const QString token = m_inbox.tokenIn(m_inbox.next(email), u"registration"_s);
        const ApiReply confirmed = send("POST", QString::fromLatin1(api::path::signUpConfirmation), {},
                                        {{"token"_L1, token}, {"password"_L1, QString::fromLatin1(password)}});
        if (confirmed.status != 201)
            return {};
        m_inbox.next(email); // the join link of the pool webinar (no approval needed)
        return {email, m_api.login(email, QString::fromLatin1(password))};
    }

    // A new scheduled webinar of the demo client with the demo director, approval as asked.
    qint64 newWebinar(bool requiresApproval)
    {
        const ApiReply created =
            send("POST", QString::fromLatin1(api::path::webinars), m_admin,
                 {{"organisationId"_L1, m_organisation},
                  {"title"_L1, u"Regels %1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(6))},
                  {"description"_L1, u""_s},
                  {"startsAt"_L1, QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODateWithMs)},
                  {"durationMinutes"_L1, 60}});
        const qint64 id = created.json().value("id"_L1).toInteger();
        const QString path = u"/api/v1/webinars/%1"_s.arg(id);
        qint64 version = created.json().value("version"_L1).toInteger();
        version = send("POST", path + u"/state"_s, m_admin, {{"state"_L1, u"scheduled"_s}, {"version"_L1, version}})
                      .json()
                      .value("version"_L1)
                      .toInteger();
        send("PATCH", path, m_admin, {{"version"_L1, version}, {"requiresApproval"_L1, requiresApproval}});
        send("PUT", path + u"/staff/%1"_s.arg(m_directorId), m_admin, {{"role"_L1, u"director"_s}});
        return id;
    }

    ApiReply putRules(qint64 webinar, const QStringList &domains, const QStringList &organisations,
                      const QJsonValue &capacity)
    {
        const qint64 version = send("GET", rulesPath(webinar), m_director).json().value("version"_L1).toInteger();
        return send("PUT", rulesPath(webinar), m_director,
                    {{"domains"_L1, QJsonArray::fromStringList(domains)},
                     {"organisations"_L1, QJsonArray::fromStringList(organisations)},
                     {"capacity"_L1, capacity},
                     {"version"_L1, version}});
    }

    // The viewer registers: the Registration answer.
    QJsonObject registerFor(qint64 webinar, const Viewer &viewer)
    {
        return send("POST", u"/api/v1/webinars/%1/registrations"_s.arg(webinar), viewer.token,
                    {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}}})
            .json();
    }

    QJsonObject registration(qint64 id) { return send("GET", registrationPath(id), m_director).json(); }

    ApiReply decide(qint64 id, const QString &state, const QString &reason = {})
    {
        QJsonObject change {{"approvalState"_L1, state}, {"version"_L1, registration(id).value("version"_L1)}};
        if (!reason.isEmpty())
            change.insert("reason"_L1, reason);
        return send("PATCH", registrationPath(id), m_director, change);
    }

    static QString stateOf(const QJsonObject &registration)
    {
        return registration.value("approvalState"_L1).toString();
    }

    void expectJoinLink(const Viewer &viewer)
    {
        const QByteArray mail = m_inbox.next(viewer.email);
        QVERIFY2(!m_inbox.tokenIn(mail, u"join"_s).isEmpty(), qPrintable(subjectOf(mail)));
    }

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
        m_director = m_api.login(director.email, director.password, &m_directorId);
        QVERIFY(!m_admin.isEmpty() && !m_director.isEmpty());
        m_organisation =
            send("GET", QString::fromLatin1(api::path::organisations), m_admin).items().first()["id"_L1].toInteger();
        const qint64 pool = newWebinar(false);
        m_exact = signUpViewer(pool, u"example.org"_s, u"Zorggroep Zuid"_s, u"en"_s);
        m_evil = signUpViewer(pool, u"evil-example.org"_s, u"Evil BV"_s, u"en"_s);
        m_suffix = signUpViewer(pool, u"example.org.evil.com"_s, u"  zorggroep   ZUID "_s, u"en"_s);
        m_sub = signUpViewer(pool, u"sub.example.org"_s, u"Zorggroep Zuid-West"_s, u"en"_s);
        m_dutch = signUpViewer(pool, u"elders.test"_s, u"Elders"_s, u"nl"_s);
        for (const Viewer *viewer : {&m_exact, &m_evil, &m_suffix, &m_sub, &m_dutch})
            QVERIFY2(!viewer->token.isEmpty(), qPrintable(viewer->email));
    }

    // Domains are stored normalised and matched exactly: no other domain that merely contains or extends it, and
    // no subdomain. What is not a domain name is refused and changes nothing.
    void domainRulesMatchExactly()
    {
        const qint64 webinar = newWebinar(true);
        const ApiReply stored = putRules(webinar, {u" Example.ORG. "_s}, {}, QJsonValue::Null);
        QVERIFY2(stored.status == 200, qPrintable(stored.describe()));
        QCOMPARE(stored.json().value("domains"_L1).toArray(), QJsonArray {u"example.org"_s});
        for (const QString &bad : {u"*.example.org"_s, u"@example.org"_s, u"example"_s, u"exa mple.org"_s}) {
            const ApiReply refused = putRules(webinar, {bad}, {}, QJsonValue::Null);
            QVERIFY2(refused.status == 400, qPrintable(bad + u": "_s + refused.describe()));
        }
        QCOMPARE(send("GET", rulesPath(webinar), m_director).json().value("version"_L1).toInteger(), 2);
        QCOMPARE(stateOf(registerFor(webinar, m_exact)), u"approved"_s);
        expectJoinLink(m_exact);
        QCOMPARE(stateOf(registerFor(webinar, m_evil)), u"pending"_s);
        QCOMPARE(stateOf(registerFor(webinar, m_suffix)), u"pending"_s);
        QCOMPARE(stateOf(registerFor(webinar, m_sub)), u"pending"_s);
    }

    // The profile's company is compared normalised (case, spaces), and only as a whole name.
    void organisationRuleMatchesTheWholeName()
    {
        const qint64 webinar = newWebinar(true);
        QCOMPARE(putRules(webinar, {}, {u"Zorggroep Zuid"_s}, QJsonValue::Null).status, 200);
        QCOMPARE(stateOf(registerFor(webinar, m_suffix)), u"approved"_s); // "  zorggroep   ZUID "
        expectJoinLink(m_suffix);
        QCOMPARE(stateOf(registerFor(webinar, m_sub)), u"pending"_s); // "Zorggroep Zuid-West"
        QCOMPARE(stateOf(registerFor(webinar, m_evil)), u"pending"_s);
    }

    // Capacity 2: the third and fourth wait in order; a rejection moves the first up (with its join link, logged as
    // the system's action), a cancellation by the attendee the next.
    void theWaitingListMovesUp()
    {
        const qint64 webinar = newWebinar(false);
        QCOMPARE(putRules(webinar, {}, {}, 2).status, 200);
        const qint64 first = registerFor(webinar, m_exact).value("id"_L1).toInteger();
        const QJsonObject second = registerFor(webinar, m_evil);
        const QJsonObject third = registerFor(webinar, m_suffix);
        const QJsonObject fourth = registerFor(webinar, m_sub);
        expectJoinLink(m_exact);
        expectJoinLink(m_evil);
        QCOMPARE(stateOf(second), u"approved"_s);
        QCOMPARE(stateOf(third), u"waitlisted"_s);
        QCOMPARE(third.value("waitlistPosition"_L1).toInteger(), 1);
        QCOMPARE(fourth.value("waitlistPosition"_L1).toInteger(), 2);
        const QJsonObject rules = send("GET", rulesPath(webinar), m_director).json();
        QCOMPARE(rules.value("approvedCount"_L1).toInteger(), 2);
        QCOMPARE(rules.value("waitlistCount"_L1).toInteger(), 2);
        const ApiReply waitingOnly = m_api.send(
            "GET", m_api.url(u"/api/v1/webinars/%1/registrations"_s.arg(webinar), {{u"approval"_s, u"waitlisted"_s}}),
            m_director);
        QCOMPARE(waitingOnly.items().size(), 2);

        const ApiReply rejected = decide(first, u"rejected"_s);
        QCOMPARE(rejected.status, 200);
        const qint64 thirdId = third.value("id"_L1).toInteger();
        QCOMPARE(stateOf(registration(thirdId)), u"approved"_s);
        expectJoinLink(m_suffix);
        QCOMPARE(registration(fourth.value("id"_L1).toInteger()).value("waitlistPosition"_L1).toInteger(), 1);
        const ApiReply audit =
            m_api.send("GET", m_api.url(u"/api/v1/audit"_s, {{u"webinar"_s, QString::number(webinar)}}), m_director);
        bool systemMove = false;
        for (const QJsonValue &item : audit.items()) {
            const QJsonObject entry = item.toObject();
            systemMove |= entry.value("actorRole"_L1).toString() == u"system"_s &&
                entry.value("objectId"_L1).toInteger() == thirdId &&
                entry.value("change"_L1).toString() == u"approval_state=waitlisted>approved"_s;
        }
        QVERIFY2(systemMove, audit.body.left(2000).constData());

        QCOMPARE(send("DELETE", registrationPath(second.value("id"_L1).toInteger()), m_evil.token).status, 204);
        QCOMPARE(stateOf(registration(fourth.value("id"_L1).toInteger())), u"approved"_s);
        expectJoinLink(m_sub);
    }

    // Approving by hand past the capacity is refused; on the waiting list it moves up once the capacity is raised.
    void manualApprovalBeyondCapacityIsRefused()
    {
        const qint64 webinar = newWebinar(true);
        QCOMPARE(putRules(webinar, {}, {}, 1).status, 200);
        const qint64 first = registerFor(webinar, m_evil).value("id"_L1).toInteger();
        const qint64 second = registerFor(webinar, m_sub).value("id"_L1).toInteger();
        QCOMPARE(decide(first, u"approved"_s).status, 200);
        expectJoinLink(m_evil);
        const ApiReply refused = decide(second, u"approved"_s);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"capacity_full"_s);
        QCOMPARE(stateOf(registration(second)), u"pending"_s);
        QTest::qWait(300);
        QCOMPARE(m_inbox.countTo(m_sub.email), 3); // verification, pool, the first webinar's link: nothing new
        const ApiReply waiting = decide(second, u"waitlisted"_s);
        QCOMPARE(waiting.status, 200);
        QCOMPARE(waiting.json().value("waitlistPosition"_L1).toInteger(), 1);
        const ApiReply stale = send(
            "PUT", rulesPath(webinar), m_director,
            {{"domains"_L1, QJsonArray()}, {"organisations"_L1, QJsonArray()}, {"capacity"_L1, 5}, {"version"_L1, 1}});
        QCOMPARE(stale.status, 409);
        const ApiReply raised = putRules(webinar, {}, {}, 2);
        QCOMPARE(raised.status, 200);
        QCOMPARE(raised.json().value("approvedCount"_L1).toInteger(), 2);
        QCOMPARE(stateOf(registration(second)), u"approved"_s);
        expectJoinLink(m_sub);
    }

    // The reason reaches the attendee in their language, and nothing else keeps it: not the registration, not the
    // access log.
    void theReasonIsMailedInTheAttendeesLanguage()
    {
        const qint64 webinar = newWebinar(true);
        const qint64 english = registerFor(webinar, m_exact).value("id"_L1).toInteger();
        const qint64 dutch = registerFor(webinar, m_dutch).value("id"_L1).toInteger();
        const QString rejection = u"Only for care professionals %1"_s.arg(webinar);
        const QString welcome = u"Fijn dat je erbij bent %1"_s.arg(webinar);
        QCOMPARE(decide(english, u"rejected"_s, rejection).status, 200);
        QCOMPARE(decide(dutch, u"approved"_s, welcome).status, 200);
        QCOMPARE(decide(english, u"pending"_s, u"no reason here"_s).status, 400);
        const QByteArray rejectedMail = m_inbox.next(m_exact.email);
        QVERIFY2(subjectOf(rejectedMail).startsWith(u"Your registration for \""_s),
                 qPrintable(subjectOf(rejectedMail)));
        QVERIFY2(textOf(rejectedMail).contains(rejection), qPrintable(textOf(rejectedMail)));
        QCOMPARE(mimeParts::header(rejectedMail, "Content-Language"), QByteArray("en"));
        const QByteArray joinMail = m_inbox.next(m_dutch.email);
        QCOMPARE(mimeParts::header(joinMail, "Content-Language"), QByteArray("nl"));
        QVERIFY2(subjectOf(joinMail).startsWith(u"Je persoonlijke link"_s), qPrintable(subjectOf(joinMail)));
        QVERIFY2(textOf(joinMail).contains(welcome) && textOf(joinMail).contains(u"De regisseur"_s),
                 qPrintable(textOf(joinMail)));
        QVERIFY(!m_inbox.tokenIn(joinMail, u"join"_s).isEmpty());
        for (const ApiReply &reply :
             {send("GET", registrationPath(english), m_director), send("GET", registrationPath(dutch), m_director),
              m_api.send("GET", m_api.url(u"/api/v1/audit"_s, {{u"webinar"_s, QString::number(webinar)}}), m_admin),
              m_api.send("GET", m_api.url(u"/api/v1/audit/export"_s, {{u"webinar"_s, QString::number(webinar)}}),
                         m_admin)}) {
            QVERIFY(reply.status == 200);
            QVERIFY(!reply.body.contains(rejection.toUtf8()) && !reply.body.contains(welcome.toUtf8()));
        }
    }
};

QTEST_GUILESS_MAIN(TestApprovalRules)
#include "tst_approval_rules.moc"
