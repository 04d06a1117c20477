#pragma once

#include "base/Result.h"
#include "protocol/Rights.h"
#include "protocol/Session.h"
#include "storage/ScopeLookup.h"

#include <optional>

namespace regiekamer::server {

class Database;

// Every authorisation decision of the domain API, strictly through common/Rights (the one definition): scope
// from rights::scopeOf, actions from rights::permits, readable fields from rights::readableFields. Scope is read
// from the database on every call, so losing an assignment loses access on the next request.
class AccessPolicy
{
public:
    explicit AccessPolicy(Database &database);

    // Is the object inside the caller's scope on that resource?
    Result<bool> inScope(const api::UserInfo &caller, rights::Resource resource, const ObjectScope &object);
    // "not_found" outside the scope, "forbidden" inside it without the action.
    Status require(const api::UserInfo &caller, rights::Resource resource, rights::Action action,
                   const ObjectScope &object);
    // For the lists inside one webinar (its registrations, its questions, the export): "not_found" when the webinar
    // is outside the caller's scope, "forbidden" without the action. Returns the user whose rows alone the caller
    // may see: the caller for a role whose scope on the resource is its own account (a viewer sees its own
    // registration and questions of a webinar it attends), 0 for all rows.
    Result<qint64> requireWithinWebinar(const api::UserInfo &caller, rights::Resource resource, rights::Action action,
                                        const ObjectScope &webinar);
    // For registering: "not_found", as for a webinar outside the scope, unless the webinar is open for registration
    // (protocol/WebinarState.h), so that the answer does not confirm that a draft or an archived webinar exists.
    Status requireOpenForRegistration(qint64 webinarId);
    // For collection endpoints: "forbidden" when the role has no scope or lacks the action on the resource.
    static Status requireCollection(const api::UserInfo &caller, rights::Resource resource, rights::Action action);
    // The field classes the caller may read; withReason only counts for a role granted fields with a reason.
    static QList<rights::FieldClass> readable(const api::UserInfo &caller, rights::Resource resource, bool withReason);

    Result<bool> isAssigned(qint64 userId, qint64 webinarId);
    Result<bool> isRegistered(qint64 userId, qint64 webinarId);

    // Where a webinar sits; "not_found" when it does not exist.
    Result<ObjectScope> webinarScope(qint64 webinarId) { return m_lookup.webinarScope(webinarId); }

private:
    ScopeLookup m_lookup;
};

} // namespace regiekamer::server
