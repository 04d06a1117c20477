#pragma once

#include <QDateTime>

#include <functional>

namespace regiekamer::server {

// The current time in UTC. Injectable so tests check expiry and back-off without sleeping.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace regiekamer::server
