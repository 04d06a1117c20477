#include "http/RequestPipeline.h"

#include "audit/AuditLog.h"
#include "auth/AccessPolicy.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "http/HttpLogging.h"
#include "http/PathIds.h"
#include "http/RequestAudit.h"
#include "http/RequestContext.h"
#include "http/Responses.h"

#include <QPromise>
#include <QTimer>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

bool readsData(const char *action)
{
    return qstrcmp(action, api::auditAction::read) == 0 || qstrcmp(action, api::auditAction::exportRows) == 0;
}

// Whose own data a route of the rights matrix touches when the caller's scope on it is their own account.
bool touchesOwnData(const api::UserInfo &caller, rights::Resource resource)
{
    return resource == rights::Resource::OwnProfile ||
        (rights::scopeOf(caller.role, resource) == rights::Scope::OwnAccount &&
         (resource == rights::Resource::Registration || resource == rights::Resource::Question));
}

// Where the object sat (the first scope decision) and whose data it was.
void placeObject(const RouteAudit &audit, RequestContext &context)
{
    api::AuditEntry &entry = context.entry();
    if (const auto &scope = context.decidedScope()) {
        entry.webinarId = scope->webinarId;
        entry.organisationId = scope->organisationId;
        if (scope->ownerUserId > 0)
            entry.subjectUserId = scope->ownerUserId;
    }
    if (audit.resource && context.hasCaller() && entry.subjectUserId == 0 &&
        touchesOwnData(context.caller(), *audit.resource))
        entry.subjectUserId = context.caller().id;
}

// The outcome; for a request that was not denied where the object sat and whose data it was; for an allowed one
// which personal fields were read or written and how many rows were answered. A denied entry keeps only the ids the
// request itself named (its path): the actor reads their own entries, and what the server found behind an id would
// tell them what the 404 hides (attack review finding 4).
void completeEntry(const RouteAudit &audit, RequestContext &context, const QHttpServerResponse &response)
{
    api::AuditEntry &entry = context.entry();
    requestAudit::settle(entry, response);
    if (context.refusalCountsAsDenied() && entry.outcome != QLatin1StringView(api::auditOutcome::allowed))
        entry.outcome = QString::fromLatin1(api::auditOutcome::denied);
    if (entry.outcome == QLatin1StringView(api::auditOutcome::denied))
        return;
    placeObject(audit, context);
    if (entry.outcome != QLatin1StringView(api::auditOutcome::allowed) || !audit.resource)
        return;
    if (readsData(audit.action)) {
        QList<rights::FieldClass> read =
            AccessPolicy::readable(context.caller(), *audit.resource, context.readsWithReason());
        for (rights::FieldClass shown : context.fieldsShown()) {
            if (!read.contains(shown))
                read.append(shown);
        }
        entry.fields = requestAudit::fieldNames(read);
        entry.rowCount = context.reportedRows().value_or(-1);
    } else {
        entry.fields = requestAudit::fieldNames(audit.written);
    }
}

// What the caller's second factor forbids on this route (docs/security.md "Second factor"): everything but enrolment
// while the policy wants a factor the account lacks; a sensitive route (or an administrator's read with a reason)
// without a step-up in force when it has one.
std::optional<QHttpServerResponse> secondFactorRefusal(const Route &route, const Caller &caller,
                                                       const QHttpServerRequest &request)
{
    using enum SecondFactorRule;
    if (caller.enrolmentOnly && route.secondFactor != WhileEnrolling && route.secondFactor != EnrolOrStepUp)
        return http::error(StatusCode::Forbidden, api::errc::enrolmentRequired,
                           u"Enrol a second factor first (POST /api/v1/me/second-factor/totp)."_s);
    const bool withReason = !request.headers().value(QLatin1StringView("X-Access-Reason")).trimmed().isEmpty();
    if (!caller.hasSecondFactor || (route.secondFactor != StepUp && route.secondFactor != EnrolOrStepUp && !withReason))
        return std::nullopt;
    if (caller.stepUpUntil.isValid() && caller.stepUpUntil > QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return http::error(StatusCode::Forbidden, api::errc::stepUpRequired,
                       u"Confirm with a code first (POST /api/v1/session/step-up)."_s);
}

QHttpServerResponse accessLogUnavailable()
{
    return http::error(StatusCode::ServiceUnavailable, api::errc::accessLogUnavailable,
                       u"The access log cannot be written, so the request was not carried out."_s);
}

QFuture<QHttpServerResponse> answered(QHttpServerResponse response, const QString &requestId)
{
    requestAudit::tag(response, requestId);
    return QtFuture::makeReadyValueFuture(std::move(response));
}

} // namespace

struct RequestPipeline::Outgoing
{
    QHttpServerResponse response;
    QString requestId;
    QList<QString> endedSessions, revokedDeviceSessions;
    QList<RequestContext::PendingEvent> events;
    QList<std::function<void()>> afterAnswer;
    api::AuditEntry appended;
    QPromise<QHttpServerResponse> promise;
};

RequestPipeline::RequestPipeline(Database &database, audit::AuditLog &auditLog, Authenticate authenticate,
                                 Outlets outlets, Gate gate, GroupCommit::Limits limits)
    : m_group(database, limits)
    , m_auditLog(auditLog)
    , m_authenticate(std::move(authenticate))
    , m_outlets(std::move(outlets))
    , m_gate(std::move(gate))
{
}

RequestPipeline::~RequestPipeline()
{
    m_group.close();
}

QFuture<QHttpServerResponse> RequestPipeline::run(const Route &route, const QList<QString> &pathIds,
                                                  const QHttpServerRequest &request, std::any prepared)
{
    const QString requestId = requestAudit::newRequestId();
    if (const auto refused = route.whileLogBroken == WhileLogBroken::Refused ? m_gate() : std::nullopt)
        return answered(http::fromError(*refused), requestId);
    GroupCommit::Member member = m_group.join();
    const Result<Caller> caller = member.started() && route.access != Access::Anyone
        ? m_authenticate(request, route.access)
        : Result<Caller>(std::unexpected(Error {}));
    const auto ids = http::pathNumbers(pathIds);
    const std::optional<Caller> signedIn = caller ? std::optional(*caller) : std::nullopt;
    const bool subjectFirst = route.audit.pathIds == PathIds::SubjectThenObject;
    RequestContext context(request, signedIn, ids.value_or(QList<qint64> {}),
                           requestAudit::begin(request, requestId,
                                               signedIn ? std::optional(signedIn->user) : std::nullopt,
                                               route.audit.action, route.audit.objectType,
                                               pathIds.value(subjectFirst ? 1 : 0).toLongLong()));
    if (subjectFirst)
        context.entry().subjectUserId = pathIds.value(0).toLongLong(); // the account whose devices these are
    else if (pathIds.size() > 1)
        context.entry().subjectUserId = pathIds.at(1).toLongLong(); // the staff member assigned or removed
    context.setPrepared(std::move(prepared));

    QHttpServerResponse response =
        member.started() ? handle(route, ids, caller, context) : http::fromError(member.started().error());
    completeEntry(route.audit, context, response);
    auto appended = member.started() ? m_auditLog.append(context.entry())
                                     : Result<api::AuditEntry>(std::unexpected(member.started().error()));
    if (!appended) {
        member.discard();
        qCCritical(lcHttp, "Access log entry for request %s not written; request refused: %s",
                   qUtf8Printable(requestId), qUtf8Printable(appended.error().message));
        return answered(accessLogUnavailable(), requestId);
    }
    auto outgoing = std::make_shared<Outgoing>(Outgoing {std::move(response),
                                                         requestId,
                                                         context.endedSessions(),
                                                         context.revokedDeviceSessions(),
                                                         context.events(),
                                                         context.afterAnswerActions(),
                                                         std::move(*appended),
                                                         {}});
    outgoing->promise.start();
    QFuture<QHttpServerResponse> future = outgoing->promise.future();
    member.keep([this, outgoing](bool committed) {
        if (committed) {
            flush(*outgoing);
        } else {
            qCCritical(lcHttp, "Access log entry for request %s not committed; request refused",
                       qUtf8Printable(outgoing->requestId));
            outgoing->response = accessLogUnavailable();
        }
        requestAudit::tag(outgoing->response, outgoing->requestId);
        outgoing->promise.addResult(std::move(outgoing->response));
        outgoing->promise.finish(); // QHttpServer sends the answer now, or as soon as it takes the future
        for (std::function<void()> &action : outgoing->afterAnswer) {
            if (committed)
                QTimer::singleShot(0, std::move(action));
        }
    });
    return future;
}

QHttpServerResponse RequestPipeline::handle(const Route &route, const std::optional<QList<qint64>> &ids,
                                            const Result<Caller> &caller, RequestContext &context)
{
    if (context.request().body().size() > http::maximumBodyBytes)
        return http::payloadTooLarge();
    if (route.access == Access::Session && !caller)
        return http::fromError(caller.error());
    if (caller) {
        if (auto refused = secondFactorRefusal(route, *caller, context.request()))
            return std::move(*refused);
    }
    if (!ids)
        return http::fromError(notFound());
    return route.handler(context);
}

void RequestPipeline::flush(const Outgoing &outgoing)
{
    for (const QString &tokenHash : outgoing.endedSessions)
        m_outlets.closeSession(tokenHash);
    for (const QString &tokenHash : outgoing.revokedDeviceSessions)
        m_outlets.deviceRevoked(tokenHash);
    for (const auto &[type, webinarId, data] : outgoing.events)
        m_outlets.publish(QString::fromLatin1(type), webinarId, data);
    m_outlets.auditAppended(outgoing.appended);
}

} // namespace regiekamer::server
