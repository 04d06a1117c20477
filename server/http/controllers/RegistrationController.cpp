#include "http/controllers/RegistrationController.h"

#include "accounts/JoinLinks.h"
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
                                               JoinLinks *joinLinks)
    : m_registrations(registrations)
    , m_access(access)
    , m_joinLinks(joinLinks)
{
}

Status RegistrationController::mailJoinLink(qint64 registrationId)
{
    if (!m_joinLinks)
        return {};
    auto mailed = m_joinLinks->send(registrationId);
    return mailed ? Status {} : Status(std::unexpected(mailed.error()));
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
    auto page = m_registrations.list(query);
    if (!page)
        return http::fromError(page.error());
    return replies::page(context, *page, query.readable, &api::registrationToJson);
}

QHttpServerResponse RegistrationController::get(RequestContext &context)
{
    auto stored = m_registrations.find(context.id());
    if (!stored || !*stored)
        return http::fromError(stored ? notFound() : stored.error());
    if (auto allowed = m_access.require(context, Resource::Registration, Action::Read, (*stored)->scope); !allowed)
        return http::fromError(allowed.error());
    return http::json(api::registrationToJson((*stored)->registration,
                                              ScopedAccess::readableWithReason(context, Resource::Registration)));
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
    // The approval and the mail with the join link it sends are one change: both or neither.
    Transaction transaction(m_registrations.database());
    const bool approvedNow = change->approvalState == api::ApprovalState::Approved &&
        (*stored)->registration.registration &&
        (*stored)->registration.registration->approvalState != api::ApprovalState::Approved;
    auto updated = m_registrations.setApproval(context.id(), change->version, change->approvalState);
    if (!updated)
        return http::fromError(updated.error());
    if (auto mailed = approvedNow ? mailJoinLink(context.id()) : Status {}; !mailed)
        return http::fromError(mailed.error());
    if (auto committed = transaction.commit(); !committed)
        return http::fromError(committed.error());
    if (const auto &before = (*stored)->registration.registration; before && updated->registration)
        context.recordChange(api::auditChangeField::approvalState, api::approvalStateToWire(before->approvalState),
                             api::approvalStateToWire(updated->registration->approvalState));
    context.publish(api::event::registrationsChanged, updated->webinarId);
    return http::json(api::registrationToJson(*updated, ScopedAccess::readable(context, Resource::Registration)));
}

QHttpServerResponse RegistrationController::remove(RequestContext &context)
{
    auto stored = m_registrations.find(context.id());
    if (!stored || !*stored)
        return http::fromError(stored ? notFound() : stored.error());
    if (auto allowed = m_access.require(context, Resource::Registration, Action::Delete, (*stored)->scope); !allowed)
        return http::fromError(allowed.error());
    if (auto removed = m_registrations.remove(context.id()); !removed)
        return http::fromError(removed.error());
    qCInfo(lcHttp, "Registration %lld deleted by user %lld", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    context.publish(api::event::registrationsChanged, (*stored)->scope.webinarId);
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
        context.publish(api::event::registrationsChanged, context.id());
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
