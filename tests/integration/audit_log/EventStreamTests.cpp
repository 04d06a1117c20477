// The event stream carries "audit.appended" to the director of the webinar, not to others.
#include "protocol/ApiPaths.h"
#include "protocol/EventTypes.h"
#include "tst_audit_log.h"

#include "protocol/AuditEntry.h"
#include "protocol/Event.h"
#include "protocol/Roles.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace regiekamer;
using namespace Qt::StringLiterals;

// (e) The event stream: audit.appended reaches the director for their webinar, not for another one.
void TestAuditLogApi::eventStream()
{
    QWebSocket socket;
    socket.setSslConfiguration(m_api.tls());
    QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
    socket.open(
        m_api.request(m_api.webSocketUrl(QString::fromLatin1(api::path::events)), m_token.value(Role::Director)));
    QVERIFY(frames.wait(10000));
    frames.clear();
    const ApiReply mine = get(Role::Admin, u"/api/v1/webinars/%1/registrations"_s.arg(m_directorWebinar), "audit");
    const ApiReply other = get(Role::Admin, u"/api/v1/webinars/%1/registrations"_s.arg(m_otherWebinar), "audit");
    QCOMPARE(mine.status, 200);
    QCOMPARE(other.status, 200);
    QTest::qWait(1500);
    QStringList seen;
    for (const auto &arguments : std::as_const(frames)) {
        const auto event = api::Event::fromFrame(arguments.first().toString().toUtf8());
        QVERIFY(event);
        if (event->type != QLatin1StringView(api::event::auditAppended))
            continue;
        const auto entry = api::AuditEntry::fromJson(event->data);
        QVERIFY2(entry, arguments.first().toString().toUtf8().constData());
        QVERIFY2(m_webinars.value(Role::Director).contains(entry->webinarId),
                 arguments.first().toString().toUtf8().constData());
        seen.append(entry->requestId);
    }
    QVERIFY2(seen.contains(rid(mine)), qPrintable(seen.join(u' ')));
    QVERIFY(!seen.contains(rid(other)));
    socket.close();
}
