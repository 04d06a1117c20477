#pragma once

#include "protocol/Rights.h"

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <any>
#include <functional>
#include <optional>

namespace regiekamer::server {

class RequestContext;

// What the ids of a route's path are in its access log entry: the object, then (…/staff/{userId}) the staff member
// as the data subject; or the account whose data it is (the subject), then the object (…/users/{id}/devices/…).
enum class PathIds { ObjectThenSubject, SubjectThenObject };

// How a route appears in the access log: its action (api::auditAction), the type of object it is about and, for the
// resources of the rights matrix, the personal field classes involved (a read logs the classes the caller could read,
// a write the classes it changes).
struct RouteAudit
{
    const char *action;
    QString objectType;
    std::optional<rights::Resource> resource;
    QList<rights::FieldClass> written;
    PathIds pathIds = PathIds::ObjectThenSubject;

    static RouteAudit of(const char *action, rights::Resource resource, QList<rights::FieldClass> written = {})
    {
        return {action, rights::resourceToWire(resource), resource, std::move(written)};
    }
    // A route under one account (/users/{id}/…): the account is the entry's data subject, a second id its object.
    static RouteAudit ofAccount(const char *action, rights::Resource resource)
    {
        return {action, rights::resourceToWire(resource), resource, {}, PathIds::SubjectThenObject};
    }
    // Routes about the caller's session (sign-in and sign-out), outside the rights matrix.
    static RouteAudit session(const char *action) { return {action, QStringLiteral("session"), std::nullopt, {}}; }
};

// The RouteAudit of the routes on one resource: audit(action) or audit(action, written classes).
struct ResourceAudit
{
    rights::Resource resource;

    RouteAudit operator()(const char *action, QList<rights::FieldClass> written = {}) const
    {
        return RouteAudit::of(action, resource, std::move(written));
    }
};

// Who may call a route: a signed-in session (the pipeline authenticates the bearer token), or anyone (the handler
// decides who acts), or a web page (the pipeline authenticates the session cookie, http/Cookies.h, when there is one;
// the handler answers a visitor without a session, typically by sending them to the sign-in page). Bearer routes never
// read the cookie, so no API call can be made on a browser's behalf by another site.
enum class Access { Session, Anyone, WebPage };

// Whether a route is served while the access log fails verification: only signing in and out and the log's own
// status are, so that an administrator can see why nothing else is (RequestPipeline::Gate).
enum class WhileLogBroken { Refused, Served };

// What a route asks of the caller's second factor (docs/security.md "Second factor"): nothing more than a session;
// served to a session limited to enrolment as well (the caller's account, enrolment, sign-out); or a step-up in force
// when the caller has a second factor (exports, account changes, sealing). http/SecondFactorRoutes lists them.
// EnrolOrStepUp: adding a factor, served while enrolling and with a step-up once the account has a factor.
enum class SecondFactorRule { Session, WhileEnrolling, StepUp, EnrolOrStepUp };

// One logged route: what the access log records of it, who may call it, and its handler.
struct Route
{
    using Handler = std::function<QHttpServerResponse(RequestContext &)>;
    // Work done off the event loop before the pipeline runs (a password check); its result reaches the handler
    // through RequestContext::prepared(). Only for routes without ids in their path.
    using Prepare = std::function<QFuture<std::any>(const QHttpServerRequest &)>;

    RouteAudit audit;
    Access access = Access::Session;
    Handler handler;
    WhileLogBroken whileLogBroken = WhileLogBroken::Refused;
    Prepare prepare;
    SecondFactorRule secondFactor = SecondFactorRule::Session;
};

} // namespace regiekamer::server
