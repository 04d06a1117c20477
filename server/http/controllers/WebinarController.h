#pragma once

#include "base/Result.h"
#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/Rights.h"
#include "protocol/Session.h"
#include "protocol/Webinar.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class GoLiveGate;
class RequestContext;
class WebinarRepository;

// Webinars (/api/v1/webinars…): the list in the caller's scope, one webinar, creating, changing, deleting, its state,
// its staff assignments and the accounts that could be assigned.
class WebinarController final : public Controller
{
public:
    // With a gate, going live requires the pre-flight checklist and every state change enters the timeline.
    WebinarController(WebinarRepository &webinars, ScopedAccess access, GoLiveGate *gate = nullptr);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse create(RequestContext &context);
    QHttpServerResponse get(RequestContext &context);
    QHttpServerResponse patch(RequestContext &context);
    QHttpServerResponse remove(RequestContext &context);
    QHttpServerResponse changeState(RequestContext &context);
    QHttpServerResponse assignStaff(RequestContext &context);
    QHttpServerResponse removeStaff(RequestContext &context);
    QHttpServerResponse listStaffCandidates(RequestContext &context);
    // The webinar of the path, when the caller may do `action` to it.
    Result<api::WebinarDetail> webinarFor(RequestContext &context, rights::Action action);
    // What the caller's role may see of a webinar.
    static QJsonObject webinarJson(const api::UserInfo &caller, api::WebinarDetail detail);

    WebinarRepository &m_webinars;
    ScopedAccess m_access;
    GoLiveGate *m_gate = nullptr;
};

} // namespace regiekamer::server
