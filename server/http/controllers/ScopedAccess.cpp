#include "http/controllers/ScopedAccess.h"

#include "auth/AccessPolicy.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"

#include <QHttpHeaders>

namespace regiekamer::server {

ScopedAccess::ScopedAccess(AccessPolicy &policy)
    : m_policy(policy)
{
}

Status ScopedAccess::require(RequestContext &context, rights::Resource resource, rights::Action action,
                             const ObjectScope &object)
{
    context.decidedOn(object);
    return m_policy.require(context.caller(), resource, action, object);
}

Result<qint64> ScopedAccess::requireWithinWebinar(RequestContext &context, rights::Resource resource,
                                                  rights::Action action, const ObjectScope &webinar)
{
    context.decidedOn(ObjectScope {webinar.webinarId, webinar.organisationId, 0});
    return m_policy.requireWithinWebinar(context.caller(), resource, action, webinar);
}

Status ScopedAccess::requireCollection(const RequestContext &context, rights::Resource resource, rights::Action action)
{
    return AccessPolicy::requireCollection(context.caller(), resource, action);
}

Result<ObjectScope> ScopedAccess::webinarScope(qint64 webinarId)
{
    return m_policy.webinarScope(webinarId);
}

Status ScopedAccess::requireOpenForRegistration(qint64 webinarId)
{
    return m_policy.requireOpenForRegistration(webinarId);
}

QList<rights::FieldClass> ScopedAccess::readableWithReason(RequestContext &context, rights::Resource resource)
{
    const QString reason =
        QString::fromUtf8(context.request().headers().value(QLatin1StringView("X-Access-Reason"))).simplified();
    const bool granted = !rights::grantFor(context.caller().role, resource).fieldsWithReason.isEmpty();
    if (granted && reason.size() >= 4 && reason.size() <= 500)
        context.readWithReason(reason);
    return AccessPolicy::readable(context.caller(), resource, context.readsWithReason());
}

QList<rights::FieldClass> ScopedAccess::readable(const RequestContext &context, rights::Resource resource)
{
    return AccessPolicy::readable(context.caller(), resource, false);
}

Result<ScopedAccess::WebinarList> ScopedAccess::webinarList(RequestContext &context, rights::Resource resource)
{
    auto scope = webinarScope(context.id());
    if (!scope)
        return std::unexpected(scope.error());
    auto owner = requireWithinWebinar(context, resource, rights::Action::Read, *scope);
    if (!owner)
        return std::unexpected(owner.error());
    auto paging = http::paging(QUrlQuery(context.request().url()));
    if (!paging)
        return std::unexpected(paging.error());
    return WebinarList {*owner, paging->first, paging->second};
}

} // namespace regiekamer::server
