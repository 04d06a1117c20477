#include "auth/AccessPolicy.h"

#include "base/ApiError.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Scope;

AccessPolicy::AccessPolicy(Database &database)
    : m_lookup(database)
{
}

Result<bool> AccessPolicy::isAssigned(qint64 userId, qint64 webinarId)
{
    return m_lookup.isAssigned(userId, webinarId);
}

Result<bool> AccessPolicy::isRegistered(qint64 userId, qint64 webinarId)
{
    return m_lookup.isRegistered(userId, webinarId);
}

Result<bool> AccessPolicy::inScope(const api::UserInfo &caller, rights::Resource resource, const ObjectScope &object)
{
    switch (rights::scopeOf(caller.role, resource)) {
    case Scope::None:
        return false;
    case Scope::All:
        return true;
    case Scope::AssignedWebinar:
        return object.webinarId > 0 ? isAssigned(caller.id, object.webinarId) : Result<bool>(false);
    case Scope::OwnOrganisation:
        return caller.organisationId > 0 && object.organisationId == caller.organisationId;
    case Scope::OwnAccount:
        if (object.ownerUserId > 0)
            return object.ownerUserId == caller.id;
        // A webinar is the viewer's when they are registered for it.
        return resource == rights::Resource::Webinar && object.webinarId > 0 ? isRegistered(caller.id, object.webinarId)
                                                                             : Result<bool>(false);
    }
    return false;
}

Status AccessPolicy::require(const api::UserInfo &caller, rights::Resource resource, rights::Action action,
                             const ObjectScope &object)
{
    auto scoped = inScope(caller, resource, object);
    if (!scoped)
        return std::unexpected(scoped.error());
    if (!*scoped)
        return std::unexpected(notFound());
    if (!rights::permits(caller.role, resource, action))
        return std::unexpected(forbidden());
    return {};
}

Result<qint64> AccessPolicy::requireWithinWebinar(const api::UserInfo &caller, rights::Resource resource,
                                                  rights::Action action, const ObjectScope &webinar)
{
    const bool ownRowsOnly = rights::scopeOf(caller.role, resource) == Scope::OwnAccount;
    const ObjectScope object {webinar.webinarId, webinar.organisationId, 0};
    auto scoped = inScope(caller, ownRowsOnly ? rights::Resource::Webinar : resource, object);
    if (!scoped)
        return std::unexpected(scoped.error());
    if (!*scoped)
        return std::unexpected(notFound());
    if (!rights::permits(caller.role, resource, action))
        return std::unexpected(forbidden());
    return ownRowsOnly ? caller.id : 0;
}

Status AccessPolicy::requireOpenForRegistration(qint64 webinarId)
{
    auto open = m_lookup.isOpenForRegistration(webinarId);
    if (!open)
        return std::unexpected(open.error());
    if (!*open)
        return std::unexpected(notFound());
    return {};
}

Status AccessPolicy::requireCollection(const api::UserInfo &caller, rights::Resource resource, rights::Action action)
{
    if (rights::scopeOf(caller.role, resource) == Scope::None || !rights::permits(caller.role, resource, action))
        return std::unexpected(forbidden());
    return {};
}

QList<rights::FieldClass> AccessPolicy::readable(const api::UserInfo &caller, rights::Resource resource,
                                                 bool withReason)
{
    return rights::readableFields(caller.role, resource, withReason);
}

} // namespace regiekamer::server
