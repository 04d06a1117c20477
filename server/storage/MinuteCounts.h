#pragma once

#include <QDateTime>
#include <QList>

// Viewers per minute from stays in the room: the one sweep over the minutes that the room (AttendanceRepository) and
// the reports (ReportRepository) both count with.
namespace regiekamer::server::minuteCounts {

struct Stay
{
    QDateTime joined, left;
};

struct Minute
{
    QDateTime start; // UTC, seconds zero
    qint64 viewers = 0;
};

QDateTime minuteOf(const QDateTime &time);

// For each minute from the first join to the end of the last stay, at most `maximumMinutes` of them, how many stays
// touch it (a stay counts in every minute it touches). Empty without stays.
QList<Minute> perMinute(const QList<Stay> &stays, qint64 maximumMinutes);

} // namespace regiekamer::server::minuteCounts
