#include "http/controllers/WebinarController.h"
#include "http/ChangeEvents.h"

#include "base/ApiError.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/GoLiveGate.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditChange.h"
#include "protocol/EventTypes.h"
#include "protocol/Lists.h"
#include "storage/WebinarRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::FieldClass;
using rights::Resource;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

// Whoever's assign right reaches only their assigned webinars may assign and remove moderators only.
bool mayAssignRole(const api::UserInfo &caller, Role role)
{
    return role == Role::Moderator || rights::scopeOf(caller.role, Resource::Webinar) == rights::Scope::All;
}

} // namespace

WebinarController::WebinarController(WebinarRepository &webinars, ScopedAccess access, GoLiveGate *gate)
    : m_webinars(webinars)
    , m_access(access)
    , m_gate(gate)
{
}

void WebinarController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    namespace path = api::path;
    using C = WebinarController;
    const ResourceAudit webinar {Resource::Webinar};
    router.add(path::webinars, Method::Get, webinar(act::read), this, &C::list);
    router.add(path::webinars, Method::Post, webinar(act::create), this, &C::create);
    router.add(path::webinar, Method::Get, webinar(act::read), this, &C::get);
    router.add(path::webinar, Method::Patch, webinar(act::update), this, &C::patch);
    router.add(path::webinar, Method::Delete, webinar(act::remove, rights::allFieldClasses()), this, &C::remove);
    router.add(path::webinarState, Method::Post, webinar(act::changeState), this, &C::changeState);
    router.add(path::webinarStaff, Method::Put, webinar(act::assign), this, &C::assignStaff);
    router.add(path::webinarStaff, Method::Delete, webinar(act::unassign), this, &C::removeStaff);
    router.add(path::webinarStaffCandidates, Method::Get, RouteAudit::of(act::read, Resource::StaffAccount), this,
               &C::listStaffCandidates);
}

QHttpServerResponse WebinarController::list(RequestContext &context)
{
    auto list = m_webinars.listVisibleTo(context.caller());
    if (!list)
        return http::fromError(list.error());
    context.reportRows(list->size());
    return http::json(api::listToJson(*list));
}

Result<api::WebinarDetail> WebinarController::webinarFor(RequestContext &context, Action action)
{
    auto detail = m_webinars.find(context.id());
    if (!detail)
        return std::unexpected(detail.error());
    if (!*detail)
        return std::unexpected(notFound());
    const ObjectScope scope {context.id(), (*detail)->summary.organisationId, 0};
    if (auto allowed = m_access.require(context, Resource::Webinar, action, scope); !allowed)
        return std::unexpected(allowed.error());
    return **detail;
}

QJsonObject WebinarController::webinarJson(const api::UserInfo &caller, api::WebinarDetail detail)
{
    // The staff list goes to those who manage assignments; counts about other attendees not to a viewer.
    if (!rights::permits(caller.role, Resource::Webinar, Action::Assign))
        detail.staff.reset();
    if (rights::scopeOf(caller.role, Resource::Webinar) == rights::Scope::OwnAccount) {
        detail.summary.registrationCount = 0;
        detail.summary.openQuestionCount = 0;
    }
    return detail.toJson();
}

QHttpServerResponse WebinarController::create(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::Webinar, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto wanted = http::body<api::WebinarCreate>(context.request());
    if (!wanted)
        return http::fromError(wanted.error());
    auto created = m_webinars.create(*wanted);
    if (!created)
        return http::fromError(created.error());
    qCInfo(lcHttp, "Webinar %lld created by user %lld", static_cast<long long>(created->summary.id),
           static_cast<long long>(context.caller().id));
    publishWebinar(context, created->summary.id, api::ChangeKind::Created);
    return http::json(webinarJson(context.caller(), *created), StatusCode::Created);
}

QHttpServerResponse WebinarController::remove(RequestContext &context)
{
    if (auto detail = webinarFor(context, Action::Delete); !detail)
        return http::fromError(detail.error());
    // The audience is decided while the webinar still exists (afterwards nobody has it in scope); the frames
    // leave only after the request committed, so no client can fetch before the deletion is done.
    publishWebinar(context, context.id(), api::ChangeKind::Removed);
    if (auto removed = m_webinars.remove(context.id()); !removed)
        return http::fromError(removed.error());
    qCInfo(lcHttp, "Webinar %lld deleted by user %lld", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    return http::noContent();
}

QHttpServerResponse WebinarController::get(RequestContext &context)
{
    auto detail = webinarFor(context, Action::Read);
    if (!detail)
        return http::fromError(detail.error());
    return http::json(webinarJson(context.caller(), *detail));
}

QHttpServerResponse WebinarController::patch(RequestContext &context)
{
    auto detail = webinarFor(context, Action::Update);
    if (!detail)
        return http::fromError(detail.error());
    auto change = http::body<api::WebinarUpdate>(context.request());
    if (!change)
        return http::fromError(change.error());
    auto updated = m_webinars.update(context.id(), *change);
    if (!updated)
        return http::fromError(updated.error());
    publishWebinar(context, context.id());
    return http::json(webinarJson(context.caller(), *updated));
}

QHttpServerResponse WebinarController::changeState(RequestContext &context)
{
    auto detail = webinarFor(context, Action::ChangeState);
    if (!detail)
        return http::fromError(detail.error());
    auto change = http::body<api::WebinarStateChange>(context.request());
    if (!change)
        return http::fromError(change.error());
    if (m_gate && change->version == detail->summary.version) {
        if (auto refusal = m_gate->check(context, detail->summary, *change))
            return std::move(*refusal);
    }
    auto updated = m_webinars.changeState(context.id(), *change);
    if (!updated)
        return http::fromError(updated.error());
    if (m_gate) {
        if (auto recorded = m_gate->record(context, detail->summary, *change); !recorded)
            return http::fromError(recorded.error());
    }
    qCInfo(lcHttp, "Webinar %lld set to %s by user %lld", static_cast<long long>(context.id()),
           qUtf8Printable(webinarStateToWire(change->state)), static_cast<long long>(context.caller().id));
    context.recordChange(api::auditChangeField::webinarState, webinarStateToWire(detail->summary.state),
                         webinarStateToWire(updated->summary.state));
    publishWebinar(context, context.id());
    return http::json(webinarJson(context.caller(), *updated));
}

QHttpServerResponse WebinarController::assignStaff(RequestContext &context)
{
    auto detail = webinarFor(context, Action::Assign);
    if (!detail)
        return http::fromError(detail.error());
    auto assignment = http::body<api::StaffAssignmentRequest>(context.request());
    if (!assignment)
        return http::fromError(assignment.error());
    if (!mayAssignRole(context.caller(), assignment->role))
        return http::fromError(forbidden());
    auto updated = m_webinars.assign(context.id(), context.id(1), assignment->role);
    if (!updated)
        return http::fromError(updated.error());
    qCInfo(lcHttp, "User %lld assigned to webinar %lld by user %lld", static_cast<long long>(context.id(1)),
           static_cast<long long>(context.id()), static_cast<long long>(context.caller().id));
    publishWebinar(context, context.id());
    return http::json(webinarJson(context.caller(), *updated));
}

QHttpServerResponse WebinarController::removeStaff(RequestContext &context)
{
    auto detail = webinarFor(context, Action::Assign);
    if (!detail)
        return http::fromError(detail.error());
    auto role = m_webinars.assignedRole(context.id(), context.id(1));
    if (!role)
        return http::fromError(role.error());
    if (!*role)
        return http::fromError(notFound());
    if (!mayAssignRole(context.caller(), **role))
        return http::fromError(forbidden());
    auto removed = m_webinars.unassign(context.id(), context.id(1));
    if (!removed)
        return http::fromError(removed.error());
    qCInfo(lcHttp, "User %lld removed from webinar %lld by user %lld", static_cast<long long>(context.id(1)),
           static_cast<long long>(context.id()), static_cast<long long>(context.caller().id));
    publishWebinar(context, context.id());
    return http::noContent();
}

QHttpServerResponse WebinarController::listStaffCandidates(RequestContext &context)
{
    if (auto detail = webinarFor(context, Action::Assign); !detail)
        return http::fromError(detail.error());
    QList<Role> roles;
    for (const Role role : {Role::Director, Role::Moderator}) {
        if (mayAssignRole(context.caller(), role))
            roles.append(role);
    }
    auto candidates = m_webinars.staffCandidates(context.id(), roles);
    if (!candidates)
        return http::fromError(candidates.error());
    context.reportRows(candidates->size());
    return http::json(api::listToJson(*candidates));
}

} // namespace regiekamer::server
