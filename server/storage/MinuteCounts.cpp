#include "storage/MinuteCounts.h"

#include <QTimeZone>

#include <algorithm>

namespace regiekamer::server::minuteCounts {

QDateTime minuteOf(const QDateTime &time)
{
    const qint64 seconds = time.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(seconds - seconds % 60, QTimeZone::UTC);
}

QList<Minute> perMinute(const QList<Stay> &stays, qint64 maximumMinutes)
{
    if (stays.isEmpty())
        return {};
    QDateTime first = minuteOf(stays.first().joined), last = minuteOf(stays.first().left);
    for (const Stay &stay : stays) {
        first = std::min(first, minuteOf(stay.joined));
        last = std::max(last, minuteOf(std::max(stay.joined, stay.left)));
    }
    const qint64 minutes = std::min(first.secsTo(last) / 60 + 1, maximumMinutes);
    // +1 where a stay's first minute begins, -1 after its last minute.
    QList<qint64> change(minutes + 1, 0);
    for (const Stay &stay : stays) {
        const qint64 from = first.secsTo(minuteOf(stay.joined)) / 60;
        const qint64 to = std::min(first.secsTo(minuteOf(std::max(stay.joined, stay.left))) / 60, minutes - 1);
        if (from > to)
            continue;
        ++change[from];
        --change[to + 1];
    }
    QList<Minute> counted;
    counted.reserve(minutes);
    qint64 viewers = 0;
    for (qint64 minute = 0; minute < minutes; ++minute) {
        viewers += change[minute];
        counted.append({first.addSecs(minute * 60), viewers});
    }
    return counted;
}

} // namespace regiekamer::server::minuteCounts
