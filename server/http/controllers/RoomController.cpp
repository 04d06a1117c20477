#include "http/controllers/RoomController.h"

#include "auth/AccountTokens.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditChange.h"
#include "protocol/EventTypes.h"
#include "storage/AttendanceRepository.h"
#include "storage/RegistrationRepository.h"
#include "storage/WebinarRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::FieldClass;
using rights::Resource;
using Method = QHttpServerRequest::Method;
using LeftHow = AttendanceRepository::LeftHow;

RoomController::RoomController(Services services, ScopedAccess access)
    : m_services(services)
    , m_access(access)
{
}

void RoomController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    namespace path = api::path;
    using C = RoomController;
    const ResourceAudit registration {Resource::Registration};
    const QList<FieldClass> attendance {FieldClass::Attendance};
    router.add(path::roomJoin, Method::Post, registration(act::join, attendance), this, &C::join);
    router.add(path::registrationPresence, Method::Post, registration(act::presence, attendance), this, &C::tick);
    router.add(path::registrationLeave, Method::Post, registration(act::leave, attendance), this, &C::leave);
    router.add(path::registrationRemoval, Method::Post, registration(act::removeFromRoom, attendance), this,
               &C::removeFromRoom);
    router.add(path::registrationBan, Method::Put, registration(act::ban, attendance), this, &C::ban);
    router.add(path::registrationBan, Method::Delete, registration(act::unban, attendance), this, &C::unban);
}

Result<StoredRegistration> RoomController::registrationFor(RequestContext &context, Action action)
{
    auto stored = m_services.registrations.find(context.id());
    if (!stored || !*stored)
        return std::unexpected(stored ? notFound() : stored.error());
    if (auto allowed = m_access.require(context, Resource::Registration, action, (*stored)->scope); !allowed)
        return std::unexpected(allowed.error());
    return **stored;
}

Status RoomController::mayJoin(const StoredRegistration &stored)
{
    const api::Registration &r = stored.registration;
    if (!r.registration || r.registration->approvalState != api::ApprovalState::Approved)
        return std::unexpected(conflict(u"The registration is not approved (yet)."_s));
    if (r.attendance && r.attendance->banned)
        return fail(QString::fromLatin1(api::errc::forbidden),
                    u"The director banned this registration from the webinar's room."_s);
    auto webinar = m_services.webinars.find(stored.scope.webinarId);
    if (!webinar || !*webinar)
        return std::unexpected(webinar ? notFound() : webinar.error());
    if ((*webinar)->summary.state != WebinarState::Live)
        return std::unexpected(conflict(u"The webinar is not live."_s));
    return {};
}

Result<api::RoomStay> RoomController::stayOf(const StoredRegistration &stored)
{
    auto open = m_services.attendance.openStay(stored.registration.id);
    if (!open)
        return std::unexpected(open.error());
    return api::RoomStay {stored.registration.id, stored.scope.webinarId, open->has_value(),
                          open->value_or(QDateTime()), api::presenceTickSeconds};
}

Status RoomController::announce(RequestContext &context, const StoredRegistration &stored, bool present, bool banned)
{
    auto count = m_services.attendance.presentCount(stored.scope.webinarId);
    if (!count)
        return std::unexpected(count.error());
    const api::AttendanceChange change {stored.scope.webinarId, stored.registration.id, present, banned, *count};
    context.publish(api::event::attendanceChanged, stored.scope.webinarId, change.toJson());
    return {};
}

QHttpServerResponse RoomController::join(RequestContext &context)
{
    auto body = http::body<api::RoomJoin>(context.request());
    if (!body)
        return http::fromError(body.error());
    // An unknown, replaced or malformed token: as if there were no such registration.
    if (!AccountTokens::wellFormed(body->token))
        return http::fromError(notFound());
    auto target = m_services.registrations.findByJoinTokenHash(AccountTokens::hashOf(body->token));
    if (!target || !*target)
        return http::fromError(target ? notFound() : target.error());
    auto stored = m_services.registrations.find((*target)->registrationId);
    if (!stored || !*stored)
        return http::fromError(stored ? notFound() : stored.error());
    // Only the account whose registration it is (the link was mailed to it): anyone else is outside the scope.
    if (auto allowed = m_access.require(context, Resource::Registration, Action::Join, (*stored)->scope); !allowed)
        return http::fromError(allowed.error());
    if (auto open = mayJoin(**stored); !open)
        return http::fromError(open.error());
    Transaction transaction(m_services.registrations.database());
    auto joined = m_services.attendance.join((*stored)->registration.id, (*stored)->scope.webinarId,
                                             QDateTime::currentDateTimeUtc());
    if (!joined)
        return http::fromError(joined.error());
    if (auto announced = announce(context, **stored, true, false); !announced)
        return http::fromError(announced.error());
    if (auto committed = transaction.commit(); !committed)
        return http::fromError(committed.error());
    qCInfo(lcHttp, "Registration %lld joined the room of webinar %lld",
           static_cast<long long>((*stored)->registration.id), static_cast<long long>((*stored)->scope.webinarId));
    return http::json(
        api::RoomStay {(*stored)->registration.id, (*stored)->scope.webinarId, true, *joined, api::presenceTickSeconds}
            .toJson());
}

QHttpServerResponse RoomController::tick(RequestContext &context)
{
    auto stored = registrationFor(context, Action::Join);
    if (!stored)
        return http::fromError(stored.error());
    auto ticked = m_services.attendance.tick(stored->registration.id, QDateTime::currentDateTimeUtc());
    if (!ticked)
        return http::fromError(ticked.error());
    auto stay = stayOf(*stored);
    return stay ? http::json(stay->toJson()) : http::fromError(stay.error());
}

QHttpServerResponse RoomController::leave(RequestContext &context)
{
    auto stored = registrationFor(context, Action::Join);
    if (!stored)
        return http::fromError(stored.error());
    Transaction transaction(m_services.registrations.database());
    auto left = m_services.attendance.leave(stored->registration.id, QDateTime::currentDateTimeUtc(), LeftHow::Left);
    if (!left)
        return http::fromError(left.error());
    if (auto announced = *left ? announce(context, *stored, false, false) : Status {}; !announced)
        return http::fromError(announced.error());
    if (auto committed = transaction.commit(); !committed)
        return http::fromError(committed.error());
    auto stay = stayOf(*stored);
    return stay ? http::json(stay->toJson()) : http::fromError(stay.error());
}

QHttpServerResponse RoomController::removeFromRoom(RequestContext &context)
{
    auto stored = registrationFor(context, Action::RemoveFromRoom);
    if (!stored)
        return http::fromError(stored.error());
    Transaction transaction(m_services.registrations.database());
    auto left = m_services.attendance.leave(stored->registration.id, QDateTime::currentDateTimeUtc(), LeftHow::Removed);
    if (!left)
        return http::fromError(left.error());
    if (!*left)
        return http::fromError(conflict(u"The attendee is not in the room."_s));
    if (auto announced = announce(context, *stored, false, false); !announced)
        return http::fromError(announced.error());
    if (auto committed = transaction.commit(); !committed)
        return http::fromError(committed.error());
    qCInfo(lcHttp, "Registration %lld removed from the room by user %lld", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    return http::noContent();
}

QHttpServerResponse RoomController::ban(RequestContext &context)
{
    auto stored = registrationFor(context, Action::Ban);
    if (!stored)
        return http::fromError(stored.error());
    auto body = http::body<api::RoomBan>(context.request());
    if (!body)
        return http::fromError(body.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_services.registrations.database());
    auto banned = m_services.attendance.ban(stored->registration.id, stored->scope.organisationId, body->reason,
                                            context.caller().id, now);
    auto left = banned ? m_services.attendance.leave(stored->registration.id, now, LeftHow::Banned)
                       : Result<bool>(std::unexpected(banned.error()));
    if (!left)
        return http::fromError(left.error());
    if (auto announced = announce(context, *stored, false, true); !announced)
        return http::fromError(announced.error());
    if (auto committed = transaction.commit(); !committed)
        return http::fromError(committed.error());
    context.recordChange(api::auditChangeField::banned, u"false"_s, u"true"_s);
    auto updated = m_services.registrations.find(stored->registration.id);
    if (!updated || !*updated)
        return http::fromError(updated ? notFound() : updated.error());
    return http::json(
        api::registrationToJson((*updated)->registration, ScopedAccess::readable(context, Resource::Registration)));
}

QHttpServerResponse RoomController::unban(RequestContext &context)
{
    auto stored = registrationFor(context, Action::Ban);
    if (!stored)
        return http::fromError(stored.error());
    Transaction transaction(m_services.registrations.database());
    auto lifted = m_services.attendance.unban(stored->registration.id);
    if (!lifted)
        return http::fromError(lifted.error());
    if (!*lifted)
        return http::fromError(conflict(u"The attendee is not banned."_s));
    if (auto announced = announce(context, *stored, false, false); !announced)
        return http::fromError(announced.error());
    if (auto committed = transaction.commit(); !committed)
        return http::fromError(committed.error());
    context.recordChange(api::auditChangeField::banned, u"true"_s, u"false"_s);
    auto updated = m_services.registrations.find(stored->registration.id);
    if (!updated || !*updated)
        return http::fromError(updated ? notFound() : updated.error());
    return http::json(
        api::registrationToJson((*updated)->registration, ScopedAccess::readable(context, Resource::Registration)));
}

} // namespace regiekamer::server
