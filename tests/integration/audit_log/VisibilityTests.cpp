// Visibility: each role reads exactly its part of the log (admin all, director their webinars, client staff their
// organisation's data, a viewer their own data), a moderator nothing; every read of the log is logged itself.
#include "protocol/ApiPaths.h"
#include "tst_audit_log.h"

#include "protocol/AuditEntry.h"

#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

// (b) Who sees what.
void TestAuditLogApi::visibility()
{
    const QString list = u"/api/v1/webinars/%1/registrations"_s;
    const ApiReply directorRead = get(Role::Director, list.arg(m_directorWebinar));
    QCOMPARE(directorRead.status, 200);
    const ApiReply adminOther = get(Role::Admin, list.arg(m_otherWebinar), "audit test");
    QCOMPARE(adminOther.status, 200);
    const ApiReply viewerOwn = get(Role::Viewer, u"/api/v1/me/registrations"_s);
    QCOMPARE(viewerOwn.status, 200);
    // The director reads one registration of another attendee of the viewer's webinar.
    qint64 otherAttendee = 0;
    for (const QJsonObject &registration : registrationsOf(m_directorWebinar)) {
        if (!m_viewerRegistrations.contains(registration.value("id"_L1).toInteger()))
            otherAttendee = registration.value("id"_L1).toInteger();
    }
    QVERIFY(otherAttendee > 0);
    const ApiReply directorSingle = get(Role::Director, u"/api/v1/registrations/%1"_s.arg(otherAttendee));
    QCOMPARE(directorSingle.status, 200);

    // Admin: everything.
    for (const ApiReply *reply : {&directorRead, &adminOther, &viewerOwn, &directorSingle})
        QVERIFY2(sees(Role::Admin, rid(*reply)), qPrintable(rid(*reply)));

    // Director: the webinars assigned to them, nothing of another webinar.
    QVERIFY(sees(Role::Director, rid(directorRead)));
    QVERIFY(!sees(Role::Director, rid(adminOther)));
    const QSet<qint64> directorScope = m_webinars.value(Role::Director);
    for (const QJsonObject &entry : all(Role::Director, {}))
        QVERIFY2(directorScope.contains(entry.value("webinarId"_L1).toInteger()), show(entry).constData());

    // Client staff: their organisation's data, including the operator's director's read.
    if (m_organisationOf.value(m_directorWebinar) == m_clientOrganisation) {
        QVERIFY(sees(Role::ClientStaff, rid(directorRead)));
        QVERIFY(sees(Role::ClientStaff, rid(directorSingle)));
    }
    QVERIFY(!sees(Role::ClientStaff, rid(adminOther)));
    for (const QJsonObject &entry : all(Role::ClientStaff, {}))
        QVERIFY2(entry.value("organisationId"_L1).toInteger() == m_clientOrganisation, show(entry).constData());

    // Moderator: nothing, and each refusal is logged.
    for (const char *path : {api::path::auditLog, api::path::auditExport, api::path::auditStatus}) {
        const ApiReply refused = get(Role::Moderator, QString::fromLatin1(path));
        QVERIFY2(refused.status == 403, qPrintable(refused.describe()));
        QVERIFY(!refused.body.contains("requestId"));
        const QJsonObject entry = entryOf(rid(refused));
        QCOMPARE(entry.value("actorId"_L1).toInteger(), m_userId.value(Role::Moderator));
        QCOMPARE(entry.value("objectType"_L1).toString(), u"access_log"_s);
        QCOMPARE(entry.value("outcome"_L1).toString(), u"denied"_s);
    }

    // Every read of the log is logged, with its row count.
    for (const Role role : {Role::Admin, Role::Director, Role::ClientStaff, Role::Viewer}) {
        const ApiReply read = get(role, u"/api/v1/audit?limit=7"_s);
        QCOMPARE(read.status, 200);
        const QJsonObject entry = entryOf(rid(read));
        QVERIFY2(entry.value("actorId"_L1).toInteger() == m_userId.value(role), show(entry).constData());
        QCOMPARE(entry.value("action"_L1).toString(), u"read"_s);
        QCOMPARE(entry.value("objectType"_L1).toString(), u"access_log"_s);
        QCOMPARE(entry.value("rowCount"_L1).toInteger(), read.items().size());
    }

    // Viewer: the director's read of the list of a webinar they attend, their own actions; not another
    // attendee's single registration, nor another webinar.
    const bool listRead = sees(Role::Viewer, rid(directorRead)), ownRead = sees(Role::Viewer, rid(viewerOwn));
    const bool single = sees(Role::Viewer, rid(directorSingle)), other = sees(Role::Viewer, rid(adminOther));
    QVERIFY2(listRead && ownRead && !single && !other,
             qPrintable(u"viewer sees: director's list read %1 (expected 1), own read %2 (1), director's read of "
                        u"another attendee %3 (0), another webinar %4 (0)"_s.arg(listRead)
                            .arg(ownRead)
                            .arg(single)
                            .arg(other)));
    const qint64 me = m_userId.value(Role::Viewer);
    for (const QJsonObject &entry : all(Role::Viewer, {})) {
        const bool own =
            entry.value("actorId"_L1).toInteger() == me || entry.value("subjectUserId"_L1).toInteger() == me;
        const bool listOfMine = entry.value("objectId"_L1).toInteger() == entry.value("webinarId"_L1).toInteger() &&
            m_viewerWebinars.contains(entry.value("webinarId"_L1).toInteger()) &&
            entry.value("action"_L1).toString() != "delete"_L1;
        QVERIFY2(own || listOfMine, show(entry).constData());
    }
}
