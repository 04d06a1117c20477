#include "storage/AttendanceRepository.h"

#include "storage/MinuteCounts.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "storage/RegistrationRepository.h"

#include <map>

#include <limits>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

QString leftHowToWire(AttendanceRepository::LeftHow how)
{
    switch (how) {
    case AttendanceRepository::LeftHow::Left:
        return u"left"_s;
    case AttendanceRepository::LeftHow::Timeout:
        return u"timeout"_s;
    case AttendanceRepository::LeftHow::Removed:
        return u"removed"_s;
    case AttendanceRepository::LeftHow::Banned:
        return u"banned"_s;
    }
    return u"left"_s;
}

} // namespace

AttendanceRepository::AttendanceRepository(Database &database, FieldCipher &cipher,
                                           RegistrationRepository &registrations)
    : m_database(database)
    , m_cipher(cipher)
    , m_registrations(registrations)
{
}

Status AttendanceRepository::insertStay(qint64 registrationId, qint64 webinarId, const QDateTime &joinedAt,
                                        const QDateTime &lastTickAt, const QDateTime &leftAt)
{
    const QVariant none(QMetaType::fromType<QString>());
    return m_database.run(u"INSERT INTO attendance_sessions (registration_id, webinar_id, joined_at, last_tick_at,"
                          " left_at, left_how) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {registrationId, webinarId, toDatabaseTime(joinedAt), toDatabaseTime(lastTickAt),
                           leftAt.isValid() ? QVariant(toDatabaseTime(leftAt)) : none,
                           leftAt.isValid() ? QVariant(u"left"_s) : none});
}

Result<std::optional<QDateTime>> AttendanceRepository::openStay(qint64 registrationId)
{
    auto row = m_database.firstRow(
        u"SELECT joined_at FROM attendance_sessions WHERE registration_id = ? AND left_at IS NULL"_s, {registrationId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<QDateTime> {};
    return std::optional<QDateTime> {fromDatabaseTime((**row).at(0))};
}

Result<QDateTime> AttendanceRepository::join(qint64 registrationId, qint64 webinarId, const QDateTime &now)
{
    Transaction transaction(m_database);
    auto open = openStay(registrationId);
    if (!open)
        return std::unexpected(open.error());
    if (*open) {
        auto ticked = tick(registrationId, now);
        if (!ticked)
            return std::unexpected(ticked.error());
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
        return **open;
    }
    auto inserted = m_database.run(u"INSERT INTO attendance_sessions (registration_id, webinar_id, joined_at,"
                                   " last_tick_at) VALUES (?, ?, ?, ?)"_s,
                                   {registrationId, webinarId, toDatabaseTime(now), toDatabaseTime(now)});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (auto updated = updateRegistration(registrationId, now); !updated)
        return std::unexpected(updated.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return now;
}

Result<bool> AttendanceRepository::tick(qint64 registrationId, const QDateTime &now)
{
    // The minutes watched move on with the ticks (written once a minute).
    return changeOpenStay(registrationId, now, u"last_tick_at = ?"_s, {toDatabaseTime(now)});
}

Result<bool> AttendanceRepository::leave(qint64 registrationId, const QDateTime &now, LeftHow how)
{
    // A timeout ends the stay when the viewer was last seen, not when the sweep noticed.
    const QString end = how == LeftHow::Timeout ? u"last_tick_at"_s : u"?"_s;
    QVariantList values;
    if (how != LeftHow::Timeout)
        values.append(toDatabaseTime(now));
    values << leftHowToWire(how);
    return changeOpenStay(registrationId, now, u"left_at = %1, left_how = ?"_s.arg(end), values);
}

// In one transaction: `assignments` (with their `values`) on the registration's open stay, then the registration's
// attendance columns. False when it has no open stay (nothing changes).
Result<bool> AttendanceRepository::changeOpenStay(qint64 registrationId, const QDateTime &now,
                                                  const QString &assignments, QVariantList values)
{
    Transaction transaction(m_database);
    values << registrationId;
    auto updated = m_database.exec(
        u"UPDATE attendance_sessions SET %1 WHERE registration_id = ? AND left_at IS NULL"_s.arg(assignments), values);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0)
        return false;
    if (auto registration = updateRegistration(registrationId, now); !registration)
        return std::unexpected(registration.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return true;
}

// joinedAt: the newest stay's start; leftAt: its end (null while open); minutes: the whole minutes of all stays, an
// open one up to its last tick (never past `now`). Written only when it changed.
Status AttendanceRepository::updateRegistration(qint64 registrationId, const QDateTime &now)
{
    auto stays = m_database.exec(u"SELECT joined_at, left_at, last_tick_at FROM attendance_sessions"
                                 " WHERE registration_id = ? ORDER BY joined_at, id"_s,
                                 {registrationId});
    if (!stays)
        return std::unexpected(stays.error());
    QDateTime joined, left;
    qint64 seconds = 0;
    while (stays->next()) {
        joined = fromDatabaseTime(stays->value(0));
        left = stays->value(1).isNull() ? QDateTime() : fromDatabaseTime(stays->value(1));
        const QDateTime end = left.isValid() ? left : std::min(fromDatabaseTime(stays->value(2)), now);
        seconds += std::max<qint64>(0, joined.secsTo(end));
    }
    stays->finish();
    auto current = m_database.firstRow(u"SELECT joined_at, left_at, minutes_watched FROM registrations WHERE id = ?"_s,
                                       {registrationId});
    if (!current || !*current)
        return std::unexpected(current ? notFound() : current.error());
    const auto time = [](const QVariant &value) { return value.isNull() ? QDateTime() : fromDatabaseTime(value); };
    const QVariantList &stored = **current;
    if (time(stored.at(0)) == joined && time(stored.at(1)) == left && stored.at(2).toLongLong() == seconds / 60)
        return {};
    return m_registrations.setAttendance(registrationId, joined, left, seconds / 60);
}

Result<QList<AttendanceRepository::Swept>> AttendanceRepository::sweep(const QDateTime &now,
                                                                       std::chrono::seconds timeout)
{
    auto silent = m_database.exec(u"SELECT s.registration_id, s.webinar_id, w.organisation_id, COALESCE(r.user_id, 0)"
                                  " FROM attendance_sessions s JOIN registrations r ON r.id = s.registration_id"
                                  " JOIN webinars w ON w.id = s.webinar_id"
                                  " WHERE s.left_at IS NULL AND s.last_tick_at < ?"_s,
                                  {toDatabaseTime(now.addSecs(-timeout.count()))});
    if (!silent)
        return std::unexpected(silent.error());
    QList<Swept> found;
    while (silent->next())
        found.append(Swept {silent->value(0).toLongLong(), silent->value(1).toLongLong(), silent->value(2).toLongLong(),
                            silent->value(3).toLongLong()});
    silent->finish();
    QList<Swept> swept;
    for (const Swept &stay : found) {
        auto left = leave(stay.registrationId, now, LeftHow::Timeout);
        if (!left)
            return std::unexpected(left.error());
        if (*left)
            swept.append(stay);
    }
    return swept;
}

Result<qint64> AttendanceRepository::presentCount(qint64 webinarId)
{
    auto row = m_database.firstRow(
        u"SELECT COUNT(*) FROM attendance_sessions WHERE webinar_id = ? AND left_at IS NULL"_s, {webinarId});
    if (!row)
        return std::unexpected(row.error());
    return *row ? (**row).at(0).toLongLong() : 0;
}

Result<QList<api::ConcurrentMinute>> AttendanceRepository::concurrentPerMinute(qint64 webinarId, const QDateTime &until)
{
    auto stays = m_database.exec(
        u"SELECT joined_at, left_at FROM attendance_sessions WHERE webinar_id = ? ORDER BY joined_at"_s, {webinarId});
    if (!stays)
        return std::unexpected(stays.error());
    QList<minuteCounts::Stay> counted;
    while (stays->next()) {
        const QDateTime joined = fromDatabaseTime(stays->value(0));
        counted.append({joined, stays->value(1).isNull() ? until : fromDatabaseTime(stays->value(1))});
    }
    QList<api::ConcurrentMinute> minutes;
    for (const minuteCounts::Minute &minute : minuteCounts::perMinute(counted, std::numeric_limits<qint64>::max()))
        minutes.append(api::ConcurrentMinute {minute.start, minute.viewers});
    return minutes;
}

Status AttendanceRepository::ban(qint64 registrationId, qint64 organisationId, const QString &reason, qint64 byUserId,
                                 const QDateTime &now)
{
    auto key = m_cipher.organisationKey(organisationId);
    if (!key)
        return std::unexpected(key.error());
    return m_database.run(
        u"INSERT INTO attendee_bans (registration_id, reason, banned_by, banned_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (registration_id) DO UPDATE SET reason = excluded.reason, banned_by = excluded.banned_by,"
        " banned_at = excluded.banned_at"_s,
        {registrationId, FieldCipher::seal(*key, reason, "attendee_bans", "reason", registrationId),
         byUserId > 0 ? QVariant(byUserId) : QVariant(QMetaType::fromType<qint64>()), toDatabaseTime(now)});
}

Result<bool> AttendanceRepository::unban(qint64 registrationId)
{
    auto deleted = m_database.exec(u"DELETE FROM attendee_bans WHERE registration_id = ?"_s, {registrationId});
    if (!deleted)
        return std::unexpected(deleted.error());
    return deleted->numRowsAffected() > 0;
}

Result<bool> AttendanceRepository::isBanned(qint64 registrationId)
{
    auto row = m_database.firstRow(u"SELECT 1 FROM attendee_bans WHERE registration_id = ?"_s, {registrationId});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

} // namespace regiekamer::server
