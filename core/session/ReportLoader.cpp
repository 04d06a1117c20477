#include "session/ReportLoader.h"

#include "net/DomainClient.h"
#include "protocol/Event.h"
#include "protocol/EventTypes.h"

#include <QPointer>

namespace regiekamer::client {

ReportLoader::ReportLoader(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(refreshIntervalMs);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_stale)
            load();
    });
}

void ReportLoader::setWebinar(qint64 webinarId)
{
    if (webinarId == m_webinarId && m_report)
        return;
    m_webinarId = webinarId;
    m_report.reset();
    ++m_generation;
    m_loading = false;
    if (webinarId == 0)
        Q_EMIT loaded();
    else
        refresh();
}

qint64 ReportLoader::webinarId() const
{
    return m_webinarId;
}

void ReportLoader::refresh()
{
    m_throttle.stop();
    load();
}

void ReportLoader::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        refresh();
}

// The change events carry the webinar's id; a burst of them (a live room) costs one read per interval.
void ReportLoader::onEvent(const api::Event &event)
{
    namespace type = api::event;
    const bool counted = event.type == QLatin1StringView(type::registrationsChanged) ||
        event.type == QLatin1StringView(type::questionsChanged) ||
        event.type == QLatin1StringView(type::webinarChanged) ||
        event.type == QLatin1StringView(type::attendanceChanged);
    if (!counted || m_webinarId == 0 || event.data.value(QLatin1StringView("webinarId")).toInteger() != m_webinarId)
        return;
    m_stale = true;
    if (m_active && !m_throttle.isActive() && !m_loading)
        load();
}

const std::optional<api::WebinarReport> &ReportLoader::report() const
{
    return m_report;
}

QDateTime ReportLoader::receivedAt() const
{
    return m_receivedAt;
}

void ReportLoader::load()
{
    if (m_webinarId == 0)
        return;
    m_stale = false;
    m_loading = true;
    m_throttle.start();
    QPointer<ReportLoader> self(this);
    const quint64 generation = ++m_generation;
    DomainClient(*m_api).fetchReport(m_webinarId, false, [self, generation](Result<api::WebinarReport> report) {
        if (!self || generation != self->m_generation)
            return;
        self->m_loading = false;
        if (!report) {
            Q_EMIT self->failed(report.error().message);
            return;
        }
        self->m_report = std::move(*report);
        self->m_receivedAt = QDateTime::currentDateTime();
        Q_EMIT self->loaded();
    });
}

void ReportLoader::exportReport(ExportCallback done)
{
    DomainClient(*m_api).fetchReport(m_webinarId, true, std::move(done));
}

} // namespace regiekamer::client
