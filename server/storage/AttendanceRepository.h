#pragma once

#include "base/Result.h"
#include "keys/FieldCipher.h"
#include "protocol/Room.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace regiekamer::server {

class Database;
class RegistrationRepository;

// Attendees in the live webinar's room (docs/architecture.md "The room"): every stay from join to leave in
// attendance_sessions, bans in attendee_bans (the reason sealed under the organisation's key), and the
// registration's attendance columns kept equal to the stays (joinedAt: the current or last stay's start, leftAt: its
// end or null while present, minutesWatched: the whole minutes of all stays, an open one up to its last tick). Each
// change is one transaction of its own, nested in the caller's when there is one.
class AttendanceRepository
{
public:
    enum class LeftHow { Left, Timeout, Removed, Banned };

    AttendanceRepository(Database &database, FieldCipher &cipher, RegistrationRepository &registrations);

    // Inside the caller's transaction, for data that arrives whole (the demo data): one stay as it is, ended when
    // `leftAt` is valid; the registration's attendance columns are the caller's to write.
    Status insertStay(qint64 registrationId, qint64 webinarId, const QDateTime &joinedAt, const QDateTime &lastTickAt,
                      const QDateTime &leftAt);
    // Opens a stay (a join while one is open only counts as a tick). Returns when the open stay began.
    Result<QDateTime> join(qint64 registrationId, qint64 webinarId, const QDateTime &now);
    // The presence tick; false when the registration has no open stay (swept, removed: the viewer joins again).
    Result<bool> tick(qint64 registrationId, const QDateTime &now);
    // Ends the open stay at `now` (a timeout ends it at its last tick); false when there was none.
    Result<bool> leave(qint64 registrationId, const QDateTime &now, LeftHow how);
    // When the open stay began; nullopt when the registration is not in the room.
    Result<std::optional<QDateTime>> openStay(qint64 registrationId);

    // Ends every stay whose last tick is older than `now - timeout` (the viewer's app went silent).
    struct Swept
    {
        qint64 registrationId = 0;
        qint64 webinarId = 0;
        qint64 organisationId = 0;
        qint64 ownerUserId = 0; // the viewer's account, 0 for none
    };
    Result<QList<Swept>> sweep(const QDateTime &now, std::chrono::seconds timeout);

    Result<qint64> presentCount(qint64 webinarId);
    // For each minute from the webinar's first join to the end of its last stay (open stays: to `until`), how many
    // viewers were in the room at any moment of that minute. Empty when nobody ever joined.
    Result<QList<api::ConcurrentMinute>> concurrentPerMinute(qint64 webinarId, const QDateTime &until);

    // Bans the registration from the room (replacing an earlier ban's reason); the reason is sealed under the key of
    // the webinar's organisation, bound to the registration.
    Status ban(qint64 registrationId, qint64 organisationId, const QString &reason, qint64 byUserId,
               const QDateTime &now);
    Result<bool> unban(qint64 registrationId); // false when it was not banned
    Result<bool> isBanned(qint64 registrationId);

private:
    Result<bool> changeOpenStay(qint64 registrationId, const QDateTime &now, const QString &assignments,
                                QVariantList values);
    Status updateRegistration(qint64 registrationId, const QDateTime &now);

    Database &m_database;
    FieldCipher &m_cipher;
    RegistrationRepository &m_registrations;
};

} // namespace regiekamer::server
