#pragma once

#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class GoLiveGate;
class RequestContext;
class WebinarRepository;

// Going live (docs/api.md "Go-live"): a webinar's pre-flight checklist, for whoever may change its state, and its
// timeline of state changes, for the staff who may read the webinar.
class GoLiveController final : public Controller
{
public:
    GoLiveController(WebinarRepository &webinars, GoLiveGate &gate, ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse preflight(RequestContext &context);
    QHttpServerResponse timeline(RequestContext &context);

    WebinarRepository &m_webinars;
    GoLiveGate &m_gate;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
