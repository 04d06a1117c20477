#include "http/controllers/RegistrationController.h"
#include "http/ChangeEvents.h"

#include "accounts/JoinLinks.h"
#include "accounts/WaitingList.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/RegistrationCsv.h"
#include "http/controllers/RegistrationFilters.h"
#include "http/controllers/Replies.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditChange.h"
#include "protocol/EventTypes.h"
#include "storage/ApprovalRuleRepository.h"
#include "storage/RegistrationRepository.h"

#include <QUrlQuery>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::FieldClass;
using rights::Resource;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

RegistrationController::RegistrationController(RegistrationRepository &registrations, ScopedAccess access,
                                               JoinLinks *joinLinks, ApprovalRuleRepository *rules,
                                               WaitingList *waitingList)
    : m_registrations(registrations)
    , m_access(access)
    , m_joinLinks(joinLinks)
    , m_rules(rules)
    , m_waitingList(waitingList)
{
}

Status RegistrationController::mailJoinLink(qint64 registrationId, const QString &reason)
{
    if (!m_joinLinks)
        return {};
    auto mailed = m_joinLinks->send(registrationId, reason);
    return mailed ? Status {} : Status(std::unexpected(mailed.error()));
}

Status RegistrationController::decide(RequestContext &context, const StoredRegistration &before,
                                      const api::RegistrationUpdate &change)
{
    const auto was = before.registration.registration ? before.registration.registration->approvalState
                                                      : api::ApprovalState::Pending;
    const bool approvedNow =
        change.approvalState == api::ApprovalState::Approved && was != api::ApprovalState::Approved;
    if (approvedNow && m_rules) {
        auto place = m_rules->hasPlace(before.scope.webinarId);
        if (!place)
            return std::unexpected(place.error());
        if (!*place)
            return fail(QString::fromLatin1(api::errc::capacityFull),
                        u"The webinar is full: raise its capacity or put the registration on the waiting list."_s);
    }
    auto updated = m_registrations.setApproval(context.id(), change.version, change.approvalState);
    if (!updated)
        return std::unexpected(updated.error());
    // The reason goes into the attendee's mail only: not into the answer, the access log or an event.
    if (approvedNow) {
        if (auto mailed = mailJoinLink(context.id(), change.reason); !mailed)
            return mailed;
    } else if (change.approvalState == api::ApprovalState::Rejected && was != api::ApprovalState::Rejected &&
               !change.reason.isEmpty() && m_joinLinks) {
        if (auto mailed = m_joinLinks->sendRejection(context.id(), change.reason); !mailed)
            return std::unexpected(mailed.error());
    }
    return moveUp(context, before.scope.webinarId);
}

Status RegistrationController::moveUp(RequestContext &context, qint64 webinarId)
{
    if (!m_waitingList)
        return {};
    auto moved = m_waitingList->moveUp(webinarId, context.entry().requestId);
    if (!moved)
        return std::unexpected(moved.error());
    if (!moved->isEmpty()) {
        qCInfo(lcHttp, "%lld registrations of webinar %lld moved up from the waiting list",
               static_cast<long long>(moved->size()), static_cast<long long>(webinarId));
        publishRows(context, api::event::registrationsChanged, webinarId, api::ChangeKind::Updated, *moved);
    }
    return {};
}

void RegistrationController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    namespace path = api::path;
    using C = RegistrationController;
    const ResourceAudit registration {Resource::Registration};
    const QList<FieldClass> registrationClasses {FieldClass::Identity, FieldClass::Contact, FieldClass::Profile,
                                                 FieldClass::Registration, FieldClass::Consent};
    router.add(path::webinarRegistrations, Method::Get, registration(act::read), this, &C::list);
    router.add(path::webinarRegistrations, Method::Post, registration(act::create, registrationClasses), this,
               &C::create);
    router.add(path::webinarRegistrationsExport, Method::Get, registration(act::exportRows), this, &C::exportCsv);
    router.add(path::registration, Method::Get, registration(act::read), this, &C::get);
    router.add(path::registration, Method::Patch, registration(act::update, {FieldClass::Registration}), this,
               &C::patch);
    router.add(path::registration, Method::Delete, registration(act::remove, rights::allFieldClasses()), this,
               &C::remove);
    router.add(path::myRegistrations, Method::Get, registration(act::read), this, &C::listOwn);
}

QHttpServerResponse RegistrationController::list(RequestContext &context)
{
    auto access = m_access.webinarList(context, Resource::Registration);
    if (!access)
        return http::fromError(access.error());
    RegistrationQuery query;
    query.webinarId = context.id();
    query.ownerUserId = access->ownerUserId;
    query.offset = access->offset;
    query.limit = access->limit;
    query.readable = ScopedAccess::readableWithReason(context, Resource::Registration);
    if (auto filters = readRegistrationFilters(QUrlQuery(context.request().url()), query); !filters)
        return http::fromError(filters.error());
    auto page = m_registrations.listJson(query);
    if (!page)
        return http::fromError(page.error());
    context.reportRows(page->rows);
    return http::jsonBytes(page->json);
}

QHttpServerResponse RegistrationController::get(RequestContext &context)
{
    // Found, then authorised, then written with the readable classes only (RegistrationRepository::findJson).
    auto body = m_registrations.findJson(context.id(), [&](const ObjectScope &scope) -> Result<QList<FieldClass>> {
        if (auto allowed = m_access.require(context, Resource::Registration, Action::Read, scope); !allowed)
            return std::unexpected(allowed.error());
        return ScopedAccess::readableWithReason(context, Resource::Registration);
    });
    if (!body || !*body)
        return http::fromError(body ? notFound() : body.error());
    return http::jsonBytes(**body);
}

QHttpServerResponse RegistrationController::patch(RequestContext &context)
{
    auto stored = m_registrations.find(context.id());
    if (!stored || !*stored)
        return http::fromError(stored ? notFound() : stored.error());
    if (auto allowed = m_access.require(context, Resource::Registration, Action::Update, (*stored)->scope); !allowed)
        return http::fromError(allowed.error());
    auto change = http::body<api::RegistrationUpdate>(context.request());
    if (!change)
        return http::fromError(change.error());
    // The decision, the mail it sends and whoever moves up from the waiting list are one change: all or nothing.
    Transaction transaction(m_registrations.database());
    if (auto decided = decide(context, **stored, *change); !decided)
        return http::fromError(decided.error());
    auto updated = m_registrations.find(context.id());
    if (!updated || !*updated)
        return http::fromError(updated ? notFound() : updated.error());
    if (auto committed = transaction.commit(); !committed)
        return http::fromError(committed.error());
    const api::Registration &now = (*updated)->registration;
    if (const auto &before = (*stored)->registration.registration; before && now.registration)
        context.recordChange(api::auditChangeField::approvalState, api::approvalStateToWire(before->approvalState),
                             api::approvalStateToWire(now.registration->approvalState));
    publishRows(context, api::event::registrationsChanged, now.webinarId, api::ChangeKind::Updated, {now.id});
    return http::json(api::registrationToJson(now, ScopedAccess::readable(context, Resource::Registration)));
}

QHttpServerResponse RegistrationController::remove(RequestContext &context)
{
    auto stored = m_registrations.find(context.id());
    if (!stored || !*stored)
        return http::fromError(stored ? notFound() : stored.error());
    if (auto allowed = m_access.require(context, Resource::Registration, Action::Delete, (*stored)->scope); !allowed)
        return http::fromError(allowed.error());
    // A cancelled place goes to the first on the waiting list, in the same transaction.
    Transaction transaction(m_registrations.database());
    if (auto removed = m_registrations.remove(context.id()); !removed)
        return http::fromError(removed.error());
    if (auto moved = moveUp(context, (*stored)->scope.webinarId); !moved)
        return http::fromError(moved.error());
    if (auto committed = transaction.commit(); !committed)
        return http::fromError(committed.error());
    qCInfo(lcHttp, "Registration %lld deleted by user %lld", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    publishRows(context, api::event::registrationsChanged, (*stored)->scope.webinarId, api::ChangeKind::Removed,
                {context.id()});
    return http::noContent();
}

QHttpServerResponse RegistrationController::create(RequestContext &context)
{
    auto scope = m_access.webinarScope(context.id());
    if (!scope)
        return http::fromError(scope.error());
    // The new registration is the caller's own data; its scope is the caller's account.
    const ObjectScope own {scope->webinarId, scope->organisationId, context.caller().id};
    if (auto allowed = m_access.require(context, Resource::Registration, Action::Create, own); !allowed)
        return http::fromError(allowed.error());
    if (auto open = m_access.requireOpenForRegistration(context.id()); !open)
        return http::fromError(open.error());
    auto wanted = http::body<api::RegistrationCreate>(context.request());
    if (!wanted)
        return http::fromError(wanted.error());
    Transaction transaction(m_registrations.database());
    auto id = m_registrations.create(context.id(), context.caller(), wanted->consent);
    if (auto mailed = id ? mailJoinLink(*id) : Status {}; !mailed)
        return http::fromError(mailed.error());
    if (auto committed = id ? transaction.commit() : Status {}; !committed)
        return http::fromError(committed.error());
    auto created = replies::readBack(id, m_registrations, &StoredRegistration::registration,
                                     ScopedAccess::readable(context, Resource::Registration), &api::registrationToJson);
    if (created)
        publishRows(context, api::event::registrationsChanged, context.id(), api::ChangeKind::Created, {*id});
    return http::respond(created, StatusCode::Created);
}

QHttpServerResponse RegistrationController::listOwn(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::OwnProfile, Action::Read); !allowed)
        return http::fromError(allowed.error());
    return replies::items(context, m_registrations.listOwn(context.caller().id),
                          ScopedAccess::readable(context, Resource::Registration), &api::registrationToJson);
}

QHttpServerResponse RegistrationController::exportCsv(RequestContext &context)
{
    auto scope = m_access.webinarScope(context.id());
    if (!scope)
        return http::fromError(scope.error());
    auto owner = m_access.requireWithinWebinar(context, Resource::Registration, Action::Export, *scope);
    if (!owner)
        return http::fromError(owner.error());
    RegistrationQuery query;
    query.webinarId = context.id();
    query.ownerUserId = *owner;
    query.limit = std::numeric_limits<int>::max();
    query.readable = ScopedAccess::readable(context, Resource::Registration);
    // The list's filters: an export holds what the person sees, not more.
    if (auto filters = readRegistrationFilters(QUrlQuery(context.request().url()), query); !filters)
        return http::fromError(filters.error());
    auto page = m_registrations.list(query);
    if (!page)
        return http::fromError(page.error());
    qCInfo(lcHttp, "Registrations of webinar %lld exported by user %lld (%lld rows)",
           static_cast<long long>(context.id()), static_cast<long long>(context.caller().id),
           static_cast<long long>(page->items.size()));
    context.reportRows(page->items.size());
    return http::csvAttachment(registrationsCsv(page->items, query.readable),
                               "registrations-" + QByteArray::number(context.id()) + ".csv");
}

} // namespace regiekamer::server
