#include "net/ReconnectBackoff.h"

#include <QRandomGenerator>

#include <cmath>

namespace regiekamer::client {

ReconnectBackoff::ReconnectBackoff(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReconnectBackoff::attempt);
}

int ReconnectBackoff::jittered(int delayMs, quint32 random)
{
    const double factor = 0.8 + 0.4 * (static_cast<double>(random) / 4294967295.0);
    return static_cast<int>(std::lround(delayMs * factor));
}

void ReconnectBackoff::scheduleNext()
{
    const int delay = jittered(m_nextDelayMs, QRandomGenerator::global()->generate());
    m_nextDelayMs = std::min(m_nextDelayMs * 2, maximumDelayMs);
    m_timer.start(delay);
    Q_EMIT scheduled(secondsUntilAttempt());
}

void ReconnectBackoff::reset()
{
    stop();
    m_nextDelayMs = firstDelayMs;
}

void ReconnectBackoff::stop()
{
    m_timer.stop();
}

bool ReconnectBackoff::isScheduled() const
{
    return m_timer.isActive();
}

int ReconnectBackoff::secondsUntilAttempt() const
{
    if (!m_timer.isActive())
        return -1;
    return (m_timer.remainingTime() + 999) / 1000;
}

} // namespace regiekamer::client
