#pragma once

#include "protocol/GoLive.h"
#include "protocol/Roles.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace regiekamer::client {

class ApiClient;
class TimelineModel;
class WebinarWorkspace;

// Going live, for the open webinar of a WebinarWorkspace: the server's pre-flight checklist (for roles that may change
// the state) and the timeline of state changes. Both reload when the workspace's detail changes (which the
// webinar.changed event brings) and the checklist every refreshInterval, since a moderator's presence comes without an
// event.
class GoLiveStatus : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds refreshInterval {10};

    GoLiveStatus(ApiClient *api, WebinarWorkspace *workspace, Role role, QObject *parent = nullptr);

    void refresh();
    const std::optional<api::Preflight> &preflight() const { return m_preflight; }
    TimelineModel *timeline() const { return m_timeline; }
    bool mayChangeState() const { return m_mayChangeState; }

Q_SIGNALS:
    void preflightChanged();
    void failed(const QString &message); // translated

private:
    void onDetailChanged();
    void loadPreflight();
    void loadTimeline();

    ApiClient *m_api;
    WebinarWorkspace *m_workspace;
    bool m_mayChangeState;
    bool m_mayReadTimeline;
    TimelineModel *m_timeline;
    std::optional<api::Preflight> m_preflight;
    QTimer m_poll;
    qint64 m_webinarId = 0;
};

} // namespace regiekamer::client
