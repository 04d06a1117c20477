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
// the state) and the timeline of state changes. Both follow the events: they reload when the workspace's detail
// changes (which webinar.changed brings: a rehearsal, the stream key), the checklist also shortly after
// registrations.changed (the pending registrations; once per burst). A moderator connecting comes without an event,
// so the checklist is also asked for every safetyPollInterval (was every 10 s, whatever happened).
class GoLiveStatus : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds safetyPollInterval {30};
    static constexpr std::chrono::milliseconds burstDelay {300};

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
    QTimer m_soon; // a burst of registrations.changed: one reload after it
    qint64 m_webinarId = 0;
};

} // namespace regiekamer::client
