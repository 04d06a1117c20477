// Registration routes of DomainApi: the attendee list (paged, searched, sorted), one registration, approval,
// removal, a viewer's own registrations and the CSV export.
#include "http/controllers/DomainApi.h"
#include "protocol/EventTypes.h"

#include "base/ApiError.h"
#include "http/HttpJson.h"
#include "storage/RegistrationRepository.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::FieldClass;
using rights::Resource;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

Status readFilters(const QUrlQuery &url, RegistrationQuery &query)
{
    query.search = url.queryItemValue(u"search"_s, QUrl::FullyDecoded);
    if (query.search.size() > api::maximumStringLength)
        return badRequest(u"The search text is too long."_s);
    if (url.hasQueryItem(u"approval"_s)) {
        query.approval = api::approvalStateFromWire(url.queryItemValue(u"approval"_s));
        if (!query.approval)
            return badRequest(u"Unknown approval state."_s);
    }
    if (url.hasQueryItem(u"present"_s)) {
        const QString present = url.queryItemValue(u"present"_s);
        if (present != "true"_L1 && present != "false"_L1)
            return badRequest(u"present is true or false."_s);
        query.present = present == "true"_L1;
    }
    query.sort = url.queryItemValue(u"sort"_s);
    if (url.hasQueryItem(u"sort"_s) && query.sort.isEmpty())
        return badRequest(u"Empty sort key."_s);
    const QString order = url.queryItemValue(u"order"_s);
    if (url.hasQueryItem(u"order"_s) && order != "asc"_L1 && order != "desc"_L1)
        return badRequest(u"order is asc or desc."_s);
    query.descending = order == "desc"_L1;
    return {};
}

QJsonObject pageJson(const api::Page<api::Registration> &page, const QList<FieldClass> &readable)
{
    QList<QJsonObject> items;
    for (const api::Registration &registration : page.items)
        items.append(api::registrationToJson(registration, readable));
    return api::pageToJson(items, page.total, page.offset, page.limit);
}

} // namespace

QHttpServerResponse DomainApi::listRegistrations(const api::UserInfo &caller, const QList<qint64> &ids,
                                                 const QHttpServerRequest &request)
{
    auto access = webinarListAccess(caller, ids.at(0), Resource::Registration, request);
    if (!access)
        return http::fromError(access.error());
    RegistrationQuery query;
    query.webinarId = ids.at(0);
    query.ownerUserId = access->ownerUserId;
    query.offset = access->offset;
    query.limit = access->limit;
    query.readable = access->readable;
    if (auto filters = readFilters(QUrlQuery(request.url()), query); !filters)
        return http::fromError(filters.error());
    auto page = m_services.registrations.list(query);
    if (!page)
        return http::fromError(page.error());
    return http::json(pageJson(*page, query.readable));
}

QHttpServerResponse DomainApi::getRegistration(const api::UserInfo &caller, const QList<qint64> &ids,
                                               const QHttpServerRequest &request)
{
    auto stored = m_services.registrations.find(ids.at(0));
    if (!stored || !*stored)
        return http::fromError(stored ? notFound() : stored.error());
    if (auto allowed = m_services.policy.require(caller, Resource::Registration, Action::Read, (*stored)->scope);
        !allowed)
        return http::fromError(allowed.error());
    const bool withReason = accessReason(caller, Resource::Registration, request);
    return http::json(api::registrationToJson((*stored)->registration,
                                              AccessPolicy::readable(caller, Resource::Registration, withReason)));
}

QHttpServerResponse DomainApi::patchRegistration(const api::UserInfo &caller, const QList<qint64> &ids,
                                                 const QHttpServerRequest &request)
{
    auto stored = m_services.registrations.find(ids.at(0));
    if (!stored || !*stored)
        return http::fromError(stored ? notFound() : stored.error());
    if (auto allowed = m_services.policy.require(caller, Resource::Registration, Action::Update, (*stored)->scope);
        !allowed)
        return http::fromError(allowed.error());
    auto change = domainHttp::body<api::RegistrationUpdate>(request);
    if (!change)
        return http::fromError(change.error());
    auto updated = m_services.registrations.setApproval(ids.at(0), change->version, change->approvalState);
    if (!updated)
        return http::fromError(updated.error());
    m_publish(QString::fromLatin1(api::event::registrationsChanged), updated->webinarId);
    return http::json(api::registrationToJson(*updated, AccessPolicy::readable(caller, Resource::Registration, false)));
}

QHttpServerResponse DomainApi::deleteRegistration(const api::UserInfo &caller, const QList<qint64> &ids,
                                                  const QHttpServerRequest &)
{
    auto stored = m_services.registrations.find(ids.at(0));
    if (!stored || !*stored)
        return http::fromError(stored ? notFound() : stored.error());
    if (auto allowed = m_services.policy.require(caller, Resource::Registration, Action::Delete, (*stored)->scope);
        !allowed)
        return http::fromError(allowed.error());
    if (auto removed = m_services.registrations.remove(ids.at(0)); !removed)
        return http::fromError(removed.error());
    qInfo("Registration %lld deleted by user %lld", static_cast<long long>(ids.at(0)),
          static_cast<long long>(caller.id));
    m_publish(QString::fromLatin1(api::event::registrationsChanged), (*stored)->scope.webinarId);
    return http::noContent();
}

QHttpServerResponse DomainApi::createRegistration(const api::UserInfo &caller, const QList<qint64> &ids,
                                                  const QHttpServerRequest &request)
{
    auto scope = webinarScope(ids.at(0));
    if (!scope)
        return http::fromError(scope.error());
    // The new registration is the caller's own data; its scope is the caller's account.
    const ObjectScope own {scope->webinarId, scope->organisationId, caller.id};
    if (auto allowed = m_services.policy.require(caller, Resource::Registration, Action::Create, own); !allowed)
        return http::fromError(allowed.error());
    auto wanted = domainHttp::body<api::RegistrationCreate>(request);
    if (!wanted)
        return http::fromError(wanted.error());
    auto created =
        domainHttp::readBack(m_services.registrations.create(ids.at(0), caller, wanted->consent),
                             m_services.registrations, &StoredRegistration::registration,
                             AccessPolicy::readable(caller, Resource::Registration, false), &api::registrationToJson);
    if (created)
        m_publish(QString::fromLatin1(api::event::registrationsChanged), ids.at(0));
    return domainHttp::respond(created, StatusCode::Created);
}

QHttpServerResponse DomainApi::myRegistrations(const api::UserInfo &caller, const QList<qint64> &,
                                               const QHttpServerRequest &)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::OwnProfile, Action::Read); !allowed)
        return http::fromError(allowed.error());
    return domainHttp::itemsJson(m_services.registrations.listOwn(caller.id),
                                 AccessPolicy::readable(caller, Resource::Registration, false),
                                 &api::registrationToJson);
}

} // namespace regiekamer::server
