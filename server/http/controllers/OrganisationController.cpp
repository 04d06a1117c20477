#include "http/controllers/OrganisationController.h"

#include "base/ApiError.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"
#include "storage/OrganisationRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using rights::Scope;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

OrganisationController::OrganisationController(OrganisationRepository &organisations, ScopedAccess access)
    : m_organisations(organisations)
    , m_access(access)
{
}

void OrganisationController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = OrganisationController;
    router.add(api::path::organisations, Method::Get, RouteAudit::of(act::read, Resource::Organisation), this,
               &C::list);
    router.add(api::path::organisations, Method::Post, RouteAudit::of(act::create, Resource::Organisation), this,
               &C::create);
    router.add(api::path::organisation, Method::Get, RouteAudit::of(act::read, Resource::Organisation), this, &C::get);
    router.add(api::path::organisation, Method::Patch, RouteAudit::of(act::update, Resource::Organisation), this,
               &C::patch);
    router.add(api::path::organisation, Method::Delete, RouteAudit::of(act::remove, Resource::Organisation), this,
               &C::remove);
}

Result<api::Organisation> OrganisationController::organisationFor(RequestContext &context, Action action)
{
    auto stored = m_organisations.find(context.id());
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::unexpected(notFound());
    if (auto allowed = m_access.require(context, Resource::Organisation, action, ObjectScope {0, context.id(), 0});
        !allowed)
        return std::unexpected(allowed.error());
    return **stored;
}

QHttpServerResponse OrganisationController::list(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::Organisation, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto paging = http::paging(QUrlQuery(context.request().url()));
    if (!paging)
        return http::fromError(paging.error());
    // The page holds exactly the organisations in the caller's scope.
    std::optional<qint64> onlyId;
    switch (rights::scopeOf(context.caller().role, Resource::Organisation)) {
    case Scope::All:
        break;
    case Scope::OwnOrganisation:
        onlyId = context.caller().organisationId;
        break;
    default:
        return http::fromError(forbidden());
    }
    auto page = m_organisations.list(paging->first, paging->second, onlyId);
    if (!page)
        return http::fromError(page.error());
    context.reportRows(page->items.size());
    return http::json(api::pageToJson(*page));
}

QHttpServerResponse OrganisationController::create(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::Organisation, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto wanted = http::body<api::OrganisationCreate>(context.request());
    if (!wanted)
        return http::fromError(wanted.error());
    auto created = m_organisations.create(wanted->name);
    if (!created)
        return http::fromError(created.error());
    qCInfo(lcHttp, "Organisation %lld created by user %lld", static_cast<long long>(created->id),
           static_cast<long long>(context.caller().id));
    return http::json(created->toJson(), StatusCode::Created);
}

QHttpServerResponse OrganisationController::get(RequestContext &context)
{
    auto organisation = organisationFor(context, Action::Read);
    if (!organisation)
        return http::fromError(organisation.error());
    return http::json(organisation->toJson());
}

QHttpServerResponse OrganisationController::patch(RequestContext &context)
{
    if (auto allowed = organisationFor(context, Action::Update); !allowed)
        return http::fromError(allowed.error());
    auto change = http::body<api::OrganisationUpdate>(context.request());
    if (!change)
        return http::fromError(change.error());
    auto updated = m_organisations.update(context.id(), *change);
    if (!updated)
        return http::fromError(updated.error());
    qCInfo(lcHttp, "Organisation %lld renamed by user %lld", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    return http::json(updated->toJson());
}

QHttpServerResponse OrganisationController::remove(RequestContext &context)
{
    if (auto allowed = organisationFor(context, Action::Delete); !allowed)
        return http::fromError(allowed.error());
    if (auto removed = m_organisations.remove(context.id()); !removed)
        return http::fromError(removed.error());
    qCInfo(lcHttp, "Organisation %lld deleted by user %lld", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    return http::noContent();
}

} // namespace regiekamer::server
