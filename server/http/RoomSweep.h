#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace regiekamer::server {

class ApiServer;
class AttendanceRepository;
class Database;
namespace audit {
class AuditLog;
}

// The server's sweep of the live rooms (docs/architecture.md "The room"): a joined viewer whose presence ticks stop
// for longer than the timeout (90 s; the app ticks every 30 s) counts as having left at their last tick. Each one is
// logged in the access log as a "leave" by the server, and `attendance.changed` goes out as for any leave.
class RoomSweep : public QObject
{
    Q_OBJECT
public:
    RoomSweep(Database &database, AttendanceRepository &attendance, audit::AuditLog &auditLog, ApiServer &api,
              std::chrono::seconds timeout, QObject *parent = nullptr);

    void sweepNow();

private:
    Database &m_database;
    AttendanceRepository &m_attendance;
    audit::AuditLog &m_auditLog;
    ApiServer &m_api;
    std::chrono::seconds m_timeout;
    QTimer m_timer;
};

} // namespace regiekamer::server
