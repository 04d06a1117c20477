// Events by scope, and losing access: a removed assignment or a disabled account ends access on the next request.
#include "protocol/ApiPaths.h"
#include "protocol/EventTypes.h"
#include "tst_domain_api.h"

#include "base/ApiError.h"
#include "protocol/AuditEntry.h"
#include "protocol/Event.h"
#include "protocol/Roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <map>
#include <memory>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

const QList<Role> listeningRoles {Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer};

// One event-stream socket per role and the frames each received.
struct EventListeners
{
    std::map<Role, std::unique_ptr<QWebSocket>> sockets;
    std::map<Role, std::unique_ptr<QSignalSpy>> spies;

    // The frames as "type:webinarId".
    QStringList typesOf(Role role) const
    {
        QStringList types;
        for (const auto &arguments : *spies.at(role)) {
            auto event = api::Event::fromFrame(arguments.first().toString().toUtf8());
            if (event && event->type == QLatin1StringView(api::event::auditAppended))
                continue; // access log entries on the stream are tested by tst_audit_log
            types += event ? u"%1:%2"_s.arg(event->type).arg(event->data.value("webinarId"_L1).toInteger()) : u"?"_s;
        }
        return types;
    }

    QString summary() const
    {
        return u"director: %1; viewer: %2; moderator: %3; client: %4"_s.arg(
            typesOf(Role::Director).join(u' '), typesOf(Role::Viewer).join(u' '), typesOf(Role::Moderator).join(u' '),
            typesOf(Role::ClientStaff).join(u' '));
    }

    void clear()
    {
        for (auto &[role, spy] : spies)
            spy->clear();
    }
};

} // namespace

void TestDomainApi::eventsReachOnlySessionsInScope()
{
    // Ended (org 1): director assigned; moderator not assigned, client staff of org 0: out of scope.
    // Rehearsal (org 0): director and client staff in scope; moderator and viewer out.
    EventListeners listeners;
    for (const Role role : listeningRoles) {
        listeners.sockets[role].reset(openEvents(role, this));
        listeners.spies[role] =
            std::make_unique<QSignalSpy>(listeners.sockets[role].get(), &QWebSocket::textMessageReceived);
    }
    for (const Role role : listeningRoles) {
        QSignalSpy &spy = *listeners.spies[role];
        QVERIFY2(!spy.isEmpty() || spy.wait(10000), qPrintable(roleToWire(role)));
        QCOMPARE(api::Event::fromFrame(spy.first().first().toString().toUtf8())->type, u"hello"_s);
        spy.clear();
    }
    const auto moderate = [&](qint64 webinarId) {
        const QJsonObject question = firstQuestion(Role::Director, webinarId);
        const QString path = api::path::expand(api::path::question, {question.value("id"_L1).toInteger()});
        const ApiReply reply =
            change(Role::Director, "PATCH", path,
                   {{"version"_L1, question.value("version"_L1).toInteger()}, {"state"_L1, u"approved"_s}});
        return reply.status;
    };

    QCOMPARE(moderate(m_ended), 200);
    QSignalSpy &director = *listeners.spies[Role::Director];
    QVERIFY2(!director.isEmpty() || director.wait(5000), qPrintable(listeners.summary()));
    QTest::qWait(1000);
    const QString endedFrame = u"questions.changed:%1"_s.arg(m_ended);
    QCOMPARE(listeners.typesOf(Role::Director), QStringList {endedFrame});
    QCOMPARE(listeners.typesOf(Role::Viewer), QStringList {endedFrame}); // registered for it
    QCOMPARE(listeners.typesOf(Role::Moderator), QStringList {});
    QCOMPARE(listeners.typesOf(Role::ClientStaff), QStringList {});
    listeners.clear();

    QCOMPARE(moderate(m_rehearsal), 200);
    QSignalSpy &client = *listeners.spies[Role::ClientStaff];
    QVERIFY(!client.isEmpty() || client.wait(5000));
    QTest::qWait(1000);
    const QString rehearsalFrame = u"questions.changed:%1"_s.arg(m_rehearsal);
    QCOMPARE(listeners.typesOf(Role::Director), QStringList {rehearsalFrame});
    QCOMPARE(listeners.typesOf(Role::ClientStaff), QStringList {rehearsalFrame});
    QCOMPARE(listeners.typesOf(Role::Moderator), QStringList {});
    QCOMPARE(listeners.typesOf(Role::Viewer), QStringList {});
    for (auto &[role, socket] : listeners.sockets)
        socket->close();
}

void TestDomainApi::removedModeratorLosesAccessOnNextRequest()
{
    const qint64 moderator = m_userIds.value(Role::Moderator);
    QVERIFY(moderator > 0);
    QCOMPARE(get(Role::Moderator, webinarPath(m_scheduled)).status, 200);
    QCOMPARE(get(Role::Moderator, registrationsPath(m_scheduled)).status, 200);
    const QString staffPath = api::path::expand(api::path::webinarStaff, {m_scheduled, moderator});
    const ApiReply removed = send("DELETE", url(staffPath), m_tokens.value(Role::Admin));
    QVERIFY2(removed.status == 204, qPrintable(removed.describe()));
    for (const QString &path : {webinarPath(m_scheduled), registrationsPath(m_scheduled), questionsPath(m_scheduled)}) {
        const ApiReply gone = get(Role::Moderator, path);
        QVERIFY2(gone.status == 404, qPrintable(path + u": "_s + gone.describe()));
        QCOMPARE(gone.errorCode(), QString::fromLatin1(api::errc::notFound));
    }
    const QJsonArray visible = get(Role::Moderator, QString::fromLatin1(api::path::webinars)).items();
    for (const QJsonValue &value : visible)
        QVERIFY(value.toObject().value("id"_L1).toInteger() != m_scheduled);
    // Assigned again: access is back, with the same session.
    const ApiReply assigned = change(Role::Admin, "PUT", staffPath, {{"role"_L1, roleToWire(Role::Moderator)}});
    QVERIFY2(assigned.status == 200, qPrintable(assigned.describe()));
    QCOMPARE(get(Role::Moderator, webinarPath(m_scheduled)).status, 200);
}

void TestDomainApi::disabledAccountLosesItsSession()
{
    const QByteArray password = "domain-test-password-2";
    QCOMPARE(m_server.runAdmin({u"user"_s, u"add"_s, u"--email"_s, u"disable.me@example.com"_s, u"--role"_s,
                                u"director"_s, u"--name"_s, u"Dirk Disabled"_s},
                               password + '\n'),
             0);
    qint64 id = 0;
    const QString token = login(u"disable.me@example.com"_s, QString::fromLatin1(password), &id);
    QVERIFY(!token.isEmpty());
    QCOMPARE(change(Role::Admin, "PUT", api::path::expand(api::path::webinarStaff, {m_live, id}),
                    {{"role"_L1, u"director"_s}})
                 .status,
             200);
    QCOMPARE(send("GET", url(webinarPath(m_live)), token).status, 200);
    QByteArray output;
    QCOMPARE(m_server.runAdmin({u"user"_s, u"disable"_s, u"--email"_s, u"disable.me@example.com"_s}, {}, &output), 0);
    for (const QString &path : {webinarPath(m_live), registrationsPath(m_live),
                                QString::fromLatin1(api::path::webinars), QString::fromLatin1(api::path::me)}) {
        const ApiReply refused = send("GET", url(path), token);
        QVERIFY2(refused.status == 401, qPrintable(path + u": "_s + refused.describe()));
    }
    const QString statePath = api::path::expand(api::path::webinarState, {m_live});
    const qint64 version = get(Role::Admin, webinarPath(m_live)).json().value("version"_L1).toInteger();
    QCOMPARE(send("POST", url(statePath), token,
                  QJsonDocument(QJsonObject {{"state"_L1, u"ended"_s}, {"version"_L1, version}}).toJson())
                 .status,
             401);
    QCOMPARE(get(Role::Admin, webinarPath(m_live)).json().value("state"_L1).toString(), u"live"_s);
}
