#include "http/controllers/InvitationController.h"

#include "accounts/Invitations.h"
#include "base/ApiError.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

InvitationController::InvitationController(Invitations &invitations)
    : m_invitations(invitations)
{
}

void InvitationController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = InvitationController;
    router.add(api::path::invitations, Method::Get, RouteAudit::of(act::read, Resource::Invitation), this, &C::list);
    router.add(api::path::invitations, Method::Post, RouteAudit::of(act::invite, Resource::Invitation), this,
               &C::invite);
    router.add(api::path::invitationResend, Method::Post, RouteAudit::of(act::invite, Resource::Invitation), this,
               &C::resend);
    router.add(api::path::invitation, Method::Delete, RouteAudit::of(act::invite, Resource::Invitation), this,
               &C::revoke);
}

QHttpServerResponse InvitationController::list(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::Invitation, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto pending = m_invitations.pending();
    if (!pending)
        return http::fromError(pending.error());
    QJsonArray items;
    for (const api::Invitation &invitation : *pending)
        items.append(invitation.toJson());
    context.reportRows(pending->size());
    return http::json(QJsonObject {{"items"_L1, items}});
}

QHttpServerResponse InvitationController::invite(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::Invitation, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto wanted = http::body<api::InvitationRequest>(context.request());
    if (!wanted)
        return http::fromError(wanted.error());
    if (wanted->role == Role::Viewer)
        return http::fromError(badRequest(u"Viewers register themselves; invitations are for staff roles."_s).error());
    context.entry().reason = u"invited"_s;
    auto invited = m_invitations.invite(*wanted);
    if (!invited)
        return http::fromError(invited.error());
    qCInfo(lcHttp, "Account %lld invited by user %lld", static_cast<long long>(invited->id),
           static_cast<long long>(context.caller().id));
    return http::json(invited->toJson(), StatusCode::Created);
}

QHttpServerResponse InvitationController::resend(RequestContext &context)
{
    if (!ScopedAccess::requireCollection(context, Resource::Invitation, Action::Update))
        return http::fromError(notFound()); // outside the role's scope: as for an id without an invitation
    context.entry().reason = u"sent again"_s;
    auto sent = m_invitations.resend(context.id());
    if (!sent)
        return http::fromError(sent.error());
    return http::json(sent->toJson());
}

QHttpServerResponse InvitationController::revoke(RequestContext &context)
{
    if (!ScopedAccess::requireCollection(context, Resource::Invitation, Action::Delete))
        return http::fromError(notFound()); // outside the role's scope: as for an id without an invitation
    context.entry().reason = u"revoked"_s;
    if (auto revoked = m_invitations.revoke(context.id()); !revoked)
        return http::fromError(revoked.error());
    qCInfo(lcHttp, "Invitation %lld revoked by user %lld", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    return http::noContent();
}

} // namespace regiekamer::server
