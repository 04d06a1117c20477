#include "http/controllers/GoLiveController.h"

#include "base/ApiError.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/GoLiveGate.h"
#include "protocol/ApiPaths.h"
#include "storage/WebinarRepository.h"
#include "storage/WebinarTimeline.h"

#include <QJsonArray>

namespace regiekamer::server {

using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;

GoLiveController::GoLiveController(WebinarRepository &webinars, GoLiveGate &gate, ScopedAccess access)
    : m_webinars(webinars)
    , m_gate(gate)
    , m_access(access)
{
}

void GoLiveController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = GoLiveController;
    router.add(api::path::webinarPreflight, Method::Get, RouteAudit::of(act::read, Resource::Webinar), this,
               &C::preflight);
    router.add(api::path::webinarTimeline, Method::Get, RouteAudit::of(act::read, Resource::WebinarTimeline), this,
               &C::timeline);
}

QHttpServerResponse GoLiveController::preflight(RequestContext &context)
{
    auto detail = m_webinars.find(context.id());
    if (!detail)
        return http::fromError(detail.error());
    if (!*detail)
        return http::fromError(notFound());
    const ObjectScope scope {context.id(), (*detail)->summary.organisationId, 0};
    if (auto allowed = m_access.require(context, Resource::Webinar, Action::ChangeState, scope); !allowed)
        return http::fromError(allowed.error());
    auto checklist = m_gate.preflight(context.id(), (*detail)->summary.state);
    if (!checklist)
        return http::fromError(checklist.error());
    context.reportRows(checklist->items.size()); // its "items", as every answer with items
    return http::json(checklist->toJson());
}

QHttpServerResponse GoLiveController::timeline(RequestContext &context)
{
    auto scope = m_access.webinarScope(context.id());
    if (!scope)
        return http::fromError(scope.error());
    if (auto allowed = m_access.require(context, Resource::WebinarTimeline, Action::Read, *scope); !allowed)
        return http::fromError(allowed.error());
    auto entries = m_gate.timeline().list(context.id());
    if (!entries)
        return http::fromError(entries.error());
    context.reportRows(entries->size());
    QJsonArray items;
    for (const api::TimelineEntry &entry : *entries)
        items.append(entry.toJson());
    return http::json({{QLatin1StringView("items"), items}});
}

} // namespace regiekamer::server
