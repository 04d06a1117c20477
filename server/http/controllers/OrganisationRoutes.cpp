// Organisation routes of DomainApi: the (scoped) list, one organisation, creating, renaming and deleting.
#include "http/controllers/DomainApi.h"

#include "base/ApiError.h"
#include "http/HttpJson.h"
#include "storage/OrganisationRepository.h"

#include <QUrlQuery>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using rights::Scope;
using StatusCode = QHttpServerResponse::StatusCode;

Result<api::Organisation> DomainApi::organisationFor(const api::UserInfo &caller, qint64 id, Action action)
{
    auto stored = m_services.organisations.find(id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::unexpected(notFound());
    if (auto allowed = m_services.policy.require(caller, Resource::Organisation, action, ObjectScope {0, id, 0});
        !allowed)
        return std::unexpected(allowed.error());
    return **stored;
}

QHttpServerResponse DomainApi::listOrganisations(const api::UserInfo &caller, const QList<qint64> &,
                                                 const QHttpServerRequest &request)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::Organisation, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto paging = domainHttp::paging(QUrlQuery(request.url()));
    if (!paging)
        return http::fromError(paging.error());
    // The page holds exactly the organisations in the caller's scope.
    std::optional<qint64> onlyId;
    switch (rights::scopeOf(caller.role, Resource::Organisation)) {
    case Scope::All:
        break;
    case Scope::OwnOrganisation:
        onlyId = caller.organisationId;
        break;
    default:
        return http::fromError(forbidden());
    }
    auto page = m_services.organisations.list(paging->first, paging->second, onlyId);
    if (!page)
        return http::fromError(page.error());
    return http::json(api::pageToJson(*page));
}

QHttpServerResponse DomainApi::createOrganisation(const api::UserInfo &caller, const QList<qint64> &,
                                                  const QHttpServerRequest &request)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::Organisation, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto wanted = domainHttp::body<api::OrganisationCreate>(request);
    if (!wanted)
        return http::fromError(wanted.error());
    auto created = m_services.organisations.create(wanted->name);
    if (!created)
        return http::fromError(created.error());
    qInfo("Organisation %lld created by user %lld", static_cast<long long>(created->id),
          static_cast<long long>(caller.id));
    return http::json(created->toJson(), StatusCode::Created);
}

QHttpServerResponse DomainApi::getOrganisation(const api::UserInfo &caller, const QList<qint64> &ids,
                                               const QHttpServerRequest &)
{
    auto organisation = organisationFor(caller, ids.at(0), Action::Read);
    if (!organisation)
        return http::fromError(organisation.error());
    return http::json(organisation->toJson());
}

QHttpServerResponse DomainApi::patchOrganisation(const api::UserInfo &caller, const QList<qint64> &ids,
                                                 const QHttpServerRequest &request)
{
    if (auto allowed = organisationFor(caller, ids.at(0), Action::Update); !allowed)
        return http::fromError(allowed.error());
    auto change = domainHttp::body<api::OrganisationUpdate>(request);
    if (!change)
        return http::fromError(change.error());
    auto updated = m_services.organisations.update(ids.at(0), *change);
    if (!updated)
        return http::fromError(updated.error());
    qInfo("Organisation %lld renamed by user %lld", static_cast<long long>(ids.at(0)),
          static_cast<long long>(caller.id));
    return http::json(updated->toJson());
}

QHttpServerResponse DomainApi::deleteOrganisation(const api::UserInfo &caller, const QList<qint64> &ids,
                                                  const QHttpServerRequest &)
{
    if (auto allowed = organisationFor(caller, ids.at(0), Action::Delete); !allowed)
        return http::fromError(allowed.error());
    if (auto removed = m_services.organisations.remove(ids.at(0)); !removed)
        return http::fromError(removed.error());
    qInfo("Organisation %lld deleted by user %lld", static_cast<long long>(ids.at(0)),
          static_cast<long long>(caller.id));
    return http::noContent();
}

} // namespace regiekamer::server
