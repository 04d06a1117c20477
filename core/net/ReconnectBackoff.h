#pragma once

#include <QObject>
#include <QTimer>

namespace regiekamer::client {

// When to try reaching the server again: 1, 2, 4 … seconds, capped at 60 s, each delay with ±20% jitter so many
// desktops do not retry in step after an outage. attempt() fires once per scheduled retry.
class ReconnectBackoff : public QObject
{
    Q_OBJECT
public:
    static constexpr int firstDelayMs = 1000;
    static constexpr int maximumDelayMs = 60000;

    explicit ReconnectBackoff(QObject *parent = nullptr);

    // Schedules the next attempt after the current delay, then doubles it (up to the cap).
    void scheduleNext();
    void reset(); // stops and starts again at the first delay
    void stop();
    bool isScheduled() const;
    int secondsUntilAttempt() const; // -1 when nothing is scheduled
    static int jittered(int delayMs, quint32 random); // delay ±20%, from a random 32-bit value

Q_SIGNALS:
    void scheduled(int seconds);
    void attempt();

private:
    QTimer m_timer;
    int m_nextDelayMs = firstDelayMs;
};

} // namespace regiekamer::client
