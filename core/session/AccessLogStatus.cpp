// The chain status part of AccessLogLoader: /api/v1/audit/status on request, while polling, and after new entries.
#include "session/AccessLogLoader.h"

#include "net/DomainClient.h"

#include <QPointer>

namespace regiekamer::client {

void AccessLogLoader::refreshStatus()
{
    m_statusThrottle.stop();
    m_sinceStatus.start();
    QPointer<AccessLogLoader> self(this);
    const quint64 generation = ++m_statusGeneration;
    DomainClient(*m_api).fetchAuditStatus([self, generation](Result<api::AuditStatus> status) {
        if (!self || generation != self->m_statusGeneration)
            return;
        if (!status) {
            Q_EMIT self->statusFailed(status.error().message);
            return;
        }
        self->m_status = *status;
        Q_EMIT self->statusChanged();
    });
}

void AccessLogLoader::setStatusPolling(bool on)
{
    if (on && !m_statusPoll.isActive())
        m_statusPoll.start();
    else if (!on)
        m_statusPoll.stop();
}

const std::optional<api::AuditStatus> &AccessLogLoader::status() const
{
    return m_status;
}

// A new entry moves the chain's head: ask again, but at most every statusThrottleMs.
void AccessLogLoader::scheduleStatusAfterEntry()
{
    if (!m_statusPoll.isActive() || m_statusThrottle.isActive())
        return;
    const qint64 since = m_sinceStatus.isValid() ? m_sinceStatus.elapsed() : statusThrottleMs;
    m_statusThrottle.start(static_cast<int>(std::max<qint64>(0, statusThrottleMs - since)));
}

} // namespace regiekamer::client
