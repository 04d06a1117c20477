#include "http/controllers/AccountController.h"
#include "http/ChangeEvents.h"

#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "base/ApiError.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"
#include "protocol/EventTypes.h"
#include "storage/ProfileRepository.h"
#include "storage/UserRepository.h"

#include <QUrlQuery>

#include <openssl/crypto.h>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::FieldClass;
using rights::Resource;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

// An administrator cannot lock themself out: no disabling or demoting of the caller's own account.
Status checkSelfChange(const api::UserInfo &caller, qint64 id, const api::StaffAccountUpdate &change)
{
    if (id != caller.id)
        return {};
    if (change.disabled.value_or(false) || (change.role && *change.role != caller.role))
        return fail(QString::fromLatin1(api::errc::conflict),
                    u"You cannot disable your own account or change its role."_s);
    return {};
}

} // namespace

AccountController::AccountController(UserRepository &users, ProfileRepository &profiles, const PasswordHasher &hasher,
                                     ScopedAccess access)
    : m_users(users)
    , m_profiles(profiles)
    , m_hasher(hasher)
    , m_access(access)
{
}

void AccountController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = AccountController;
    const QList<FieldClass> profileClasses {FieldClass::Identity, FieldClass::Contact, FieldClass::Profile,
                                            FieldClass::Consent};
    router.add(api::path::users, Method::Get, RouteAudit::of(act::read, Resource::StaffAccount), this, &C::list);
    router.add(api::path::users, Method::Post, RouteAudit::of(act::accountChange, Resource::StaffAccount), this,
               &C::create);
    router.add(api::path::user, Method::Get, RouteAudit::of(act::read, Resource::StaffAccount), this, &C::get);
    router.add(api::path::user, Method::Patch, RouteAudit::of(act::accountChange, Resource::StaffAccount), this,
               &C::patch);
    router.add(api::path::myProfile, Method::Get, RouteAudit::of(act::read, Resource::OwnProfile), this,
               &C::getProfile);
    router.add(api::path::myProfile, Method::Patch, RouteAudit::of(act::update, Resource::OwnProfile, profileClasses),
               this, &C::patchProfile);
}

Result<api::StaffAccount> AccountController::accountFor(RequestContext &context, Action action)
{
    auto stored = m_users.findAccount(context.id());
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::unexpected(notFound());
    if (auto allowed = m_access.require(context, Resource::StaffAccount, action, ObjectScope {}); !allowed)
        return std::unexpected(allowed.error());
    return **stored;
}

QHttpServerResponse AccountController::list(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::StaffAccount, Action::Read); !allowed)
        return http::fromError(allowed.error());
    const QUrlQuery query(context.request().url());
    auto paging = http::paging(query);
    if (!paging)
        return http::fromError(paging.error());
    const QString staffOnly = query.queryItemValue(u"staffOnly"_s);
    if (!staffOnly.isEmpty() && staffOnly != u"true"_s && staffOnly != u"false"_s)
        return http::error(StatusCode::BadRequest, api::errc::badRequest, u"staffOnly is true or false."_s);
    auto page = m_users.page(paging->first, paging->second, staffOnly == u"true"_s);
    if (!page)
        return http::fromError(page.error());
    const QList<FieldClass> readable = ScopedAccess::readableWithReason(context, Resource::StaffAccount);
    QList<QJsonObject> items;
    for (const api::StaffAccount &account : std::as_const(page->items))
        items.append(api::staffAccountToJson(account, readable));
    context.reportRows(page->items.size());
    return http::json(api::pageToJson(items, page->total, page->offset, page->limit));
}

QHttpServerResponse AccountController::create(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::StaffAccount, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto wanted = http::body<api::StaffAccountCreate>(context.request());
    if (!wanted)
        return http::fromError(wanted.error());
    const QString email = UserRepository::normaliseEmail(wanted->email);
    auto valid = UserRepository::validateEmail(email);
    auto rule = valid ? UserRepository::checkOrganisationRule(wanted->role, wanted->organisationId) : valid;
    auto hash = rule ? passwordPolicy::hashNewPassword(m_hasher, wanted->password)
                     : Result<QString>(std::unexpected(rule.error()));
    wanted->password.fill(u'\0');
    if (!hash)
        return http::fromError(hash.error());
    auto id =
        m_users.create(NewUser {email, wanted->displayName, wanted->role, QString(), *hash, wanted->organisationId});
    auto stored = id ? m_users.findAccount(*id) : Result<std::optional<api::StaffAccount>>();
    if (!id || !stored || !*stored)
        return http::fromError(!id ? id.error() : stored ? notFound() : stored.error());
    qCInfo(lcHttp, "Account %lld (%s) created by user %lld", static_cast<long long>(*id),
           qUtf8Printable(roleToWire(wanted->role)), static_cast<long long>(context.caller().id));
    return http::json(api::staffAccountToJson(**stored, ScopedAccess::readable(context, Resource::StaffAccount)),
                      StatusCode::Created);
}

QHttpServerResponse AccountController::get(RequestContext &context)
{
    auto account = accountFor(context, Action::Read);
    if (!account)
        return http::fromError(account.error());
    return http::json(
        api::staffAccountToJson(*account, ScopedAccess::readableWithReason(context, Resource::StaffAccount)));
}

QHttpServerResponse AccountController::patch(RequestContext &context)
{
    if (auto allowed = accountFor(context, Action::Update); !allowed)
        return http::fromError(allowed.error());
    auto change = http::body<api::StaffAccountUpdate>(context.request());
    if (!change)
        return http::fromError(change.error());
    if (auto self = checkSelfChange(context.caller(), context.id(), *change); !self)
        return http::fromError(self.error());
    auto updated = m_users.update(context.id(), *change);
    if (!updated)
        return http::fromError(updated.error());
    qCInfo(lcHttp, "Account %lld changed by user %lld (role %s, %s)", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id), qUtf8Printable(roleToWire(updated->account.role)),
           updated->account.disabled ? "disabled" : "enabled");
    for (const QString &tokenHash : std::as_const(updated->endedSessions))
        context.endSession(tokenHash);
    for (qint64 webinarId : std::as_const(updated->changedWebinars))
        publishWebinar(context, webinarId);
    return http::json(
        api::staffAccountToJson(updated->account, ScopedAccess::readable(context, Resource::StaffAccount)));
}

QHttpServerResponse AccountController::getProfile(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::OwnProfile, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto profile = m_profiles.find(context.caller().id);
    if (!profile)
        return http::fromError(profile.error());
    return http::json(profile->toJson());
}

QHttpServerResponse AccountController::patchProfile(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::OwnProfile, Action::Update); !allowed)
        return http::fromError(allowed.error());
    auto change = http::body<api::ProfileUpdate>(context.request());
    if (!change)
        return http::fromError(change.error());
    auto updated = m_profiles.update(context.caller().id, *change);
    if (!updated)
        return http::fromError(updated.error());
    qCInfo(lcHttp, "Profile of user %lld changed", static_cast<long long>(context.caller().id));
    return http::json(updated->toJson());
}

} // namespace regiekamer::server
