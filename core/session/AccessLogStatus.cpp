#include "session/AccessLogStatus.h"

#include "net/DomainClient.h"

#include <QPointer>

namespace regiekamer::client {

AccessLogStatus::AccessLogStatus(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_poll.setInterval(intervalMs);
    m_throttle.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &AccessLogStatus::refresh);
    connect(&m_throttle, &QTimer::timeout, this, &AccessLogStatus::refresh);
}

void AccessLogStatus::refresh()
{
    m_throttle.stop();
    m_sinceRequest.start();
    QPointer<AccessLogStatus> self(this);
    const quint64 generation = ++m_generation;
    DomainClient(*m_api).fetchAuditStatus([self, generation](Result<api::AuditStatus> status) {
        if (!self || generation != self->m_generation)
            return;
        if (!status) {
            Q_EMIT self->failed(status.error().message);
            return;
        }
        self->m_status = *status;
        Q_EMIT self->changed();
    });
}

void AccessLogStatus::setPolling(bool on)
{
    if (on && !m_poll.isActive())
        m_poll.start();
    else if (!on)
        m_poll.stop();
}

const std::optional<api::AuditStatus> &AccessLogStatus::status() const
{
    return m_status;
}

void AccessLogStatus::afterNewEntry()
{
    if (!m_poll.isActive() || m_throttle.isActive())
        return;
    const qint64 since = m_sinceRequest.isValid() ? m_sinceRequest.elapsed() : throttleMs;
    m_throttle.start(static_cast<int>(std::max<qint64>(0, throttleMs - since)));
}

void AccessLogStatus::reset()
{
    ++m_generation;
    m_status.reset();
    m_poll.stop();
    m_throttle.stop();
    m_sinceRequest.invalidate();
    Q_EMIT changed();
}

} // namespace regiekamer::client
