#include "http/RoomSweep.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "http/ApiServer.h"
#include "http/HttpLogging.h"
#include "protocol/EventTypes.h"
#include "protocol/Room.h"
#include "storage/AttendanceRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

RoomSweep::RoomSweep(Database &database, AttendanceRepository &attendance, audit::AuditLog &auditLog, ApiServer &api,
                     std::chrono::seconds timeout, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_attendance(attendance)
    , m_auditLog(auditLog)
    , m_api(api)
    , m_timeout(timeout)
{
    connect(&m_timer, &QTimer::timeout, this, &RoomSweep::sweepNow);
    // A third of the timeout: a silent viewer is gone at most a third late.
    m_timer.start(std::max<std::chrono::milliseconds>(std::chrono::seconds(1), m_timeout / 3));
}

void RoomSweep::sweepNow()
{
    Transaction transaction(m_database);
    auto swept = m_attendance.sweep(QDateTime::currentDateTimeUtc(), m_timeout);
    if (!swept) {
        qCWarning(lcHttp, "The room's sweep failed: %s", qUtf8Printable(swept.error().message));
        return;
    }
    if (swept->isEmpty())
        return;
    for (const AttendanceRepository::Swept &stay : *swept) {
        api::AuditEntry entry = audit::operatorEntry(u"server"_s, api::auditAction::leave, u"registration"_s,
                                                     stay.registrationId, u"presence timeout"_s);
        entry.webinarId = stay.webinarId;
        entry.organisationId = stay.organisationId;
        entry.subjectUserId = stay.ownerUserId;
        entry.fields = QStringList {rights::fieldClassToWire(rights::FieldClass::Attendance)};
        if (auto appended = m_auditLog.append(entry); !appended) {
            qCWarning(lcHttp, "The room's sweep could not log: %s", qUtf8Printable(appended.error().message));
            return; // rolled back: the access log fails closed
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        qCWarning(lcHttp, "The room's sweep failed: %s", qUtf8Printable(committed.error().message));
        return;
    }
    for (const AttendanceRepository::Swept &stay : *swept) {
        auto count = m_attendance.presentCount(stay.webinarId);
        const api::AttendanceChange change {stay.webinarId, stay.registrationId, false, false, count.value_or(0)};
        Q_EMIT m_api.domainChanged(QString::fromLatin1(api::event::attendanceChanged), stay.webinarId, change.toJson());
    }
    qCInfo(lcHttp, "The room's sweep counted %lld silent viewers as left", static_cast<long long>(swept->size()));
}

} // namespace regiekamer::server
