#pragma once

#include "base/Result.h"
#include "protocol/Rights.h"
#include "storage/ObjectScope.h"

namespace regiekamer::server {

class AccessPolicy;
class RequestContext;

// The controllers' way to the AccessPolicy: every decision about an object is noted in the request's context, so its
// access log entry names the object the request was about (its webinar, organisation and owner).
class ScopedAccess
{
public:
    explicit ScopedAccess(AccessPolicy &policy);

    // "not_found" outside the caller's scope, "forbidden" inside it without the action.
    Status require(RequestContext &context, rights::Resource resource, rights::Action action,
                   const ObjectScope &object);
    // For what lies inside one webinar (AccessPolicy::requireWithinWebinar): the user whose rows alone the caller may
    // see, 0 for all rows.
    Result<qint64> requireWithinWebinar(RequestContext &context, rights::Resource resource, rights::Action action,
                                        const ObjectScope &webinar);
    // For collection endpoints: "forbidden" when the role has no scope or lacks the action on the resource.
    static Status requireCollection(const RequestContext &context, rights::Resource resource, rights::Action action);
    // Where a webinar sits; "not_found" when it does not exist.
    Result<ObjectScope> webinarScope(qint64 webinarId);
    // "not_found" unless the webinar is open for registration (AccessPolicy::requireOpenForRegistration).
    Status requireOpenForRegistration(qint64 webinarId);

    // The field classes the caller may read in this request. An administrator who gives a valid X-Access-Reason
    // (4..500 characters) reads the classes granted only with a reason as well: the reason is recorded in the
    // request's access log entry, never the data.
    static QList<rights::FieldClass> readableWithReason(RequestContext &context, rights::Resource resource);
    // The same without a reason (what a write answers with).
    static QList<rights::FieldClass> readable(const RequestContext &context, rights::Resource resource);

    // A list inside one webinar (its registrations or questions): the webinar in scope with the right to read, the
    // page asked for, and whose rows the caller may see.
    struct WebinarList
    {
        qint64 ownerUserId = 0;
        qint64 offset = 0;
        qint64 limit = 0;
    };
    Result<WebinarList> webinarList(RequestContext &context, rights::Resource resource);

private:
    AccessPolicy &m_policy;
};

} // namespace regiekamer::server
