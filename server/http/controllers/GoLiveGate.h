#pragma once

#include "base/Result.h"
#include "protocol/GoLive.h"
#include "protocol/Webinar.h"

#include <QHttpServerResponse>

#include <optional>

namespace regiekamer::server {

class Presence;
class RequestContext;
class WebinarTimeline;

// The pre-flight checklist (docs/api.md "Go-live") and the webinar's timeline: what the server requires before a
// webinar goes live, and the record of every state change, written in the change's transaction.
class GoLiveGate
{
public:
    GoLiveGate(WebinarTimeline &timeline, const Presence &presence);

    Result<api::Preflight> preflight(qint64 webinarId, WebinarState current);
    // Before a state change: nullopt to go ahead, else the refusal to answer with (409 preflight_unmet with the unmet
    // checks). Going live with unmet checks and an override reason goes ahead, the reason in the access log entry.
    std::optional<QHttpServerResponse> check(RequestContext &context, const api::WebinarSummary &current,
                                             const api::WebinarStateChange &change);
    // After the state change, in its transaction: the timeline's row.
    Status record(RequestContext &context, const api::WebinarSummary &before, const api::WebinarStateChange &change);
    WebinarTimeline &timeline() { return m_timeline; }

private:
    WebinarTimeline &m_timeline;
    const Presence &m_presence;
};

} // namespace regiekamer::server
