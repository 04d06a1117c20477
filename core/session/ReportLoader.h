#pragma once

#include "base/Result.h"
#include "protocol/Report.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace regiekamer::api {
struct Event;
} // namespace regiekamer::api

namespace regiekamer::client {

class ApiClient;

// A webinar's report (GET /api/v1/webinars/{id}/report) for the report tab: loaded when the webinar is chosen and
// again, at most once per refreshIntervalMs, after an event says its registrations, attendance or questions changed.
// exportReport() fetches it through the export path, which the server logs as an export (the PDF).
class ReportLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int refreshIntervalMs = 3000;

    explicit ReportLoader(ApiClient *api, QObject *parent = nullptr);

    void setWebinar(qint64 webinarId); // 0: none (forgets the report)
    qint64 webinarId() const;
    void refresh();
    void setActive(bool active); // only an active loader follows events (the tab is shown)
    void onEvent(const api::Event &event);
    const std::optional<api::WebinarReport> &report() const;
    QDateTime receivedAt() const; // when the shown report arrived

    using ExportCallback = std::function<void(Result<api::WebinarReport>)>;
    void exportReport(ExportCallback done);

Q_SIGNALS:
    void loaded();
    void failed(const QString &message); // translated

private:
    void load();

    ApiClient *m_api;
    QTimer m_throttle;
    std::optional<api::WebinarReport> m_report;
    QDateTime m_receivedAt;
    qint64 m_webinarId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_active = true;
    bool m_stale = false;
};

} // namespace regiekamer::client
