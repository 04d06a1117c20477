#include "http/controllers/SecurityKeyController.h"

#include "base/ApiError.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

SecurityKeyController::SecurityKeyController(SecondFactors &factors, ScopedAccess access)
    : m_factors(factors)
    , m_access(access)
{
}

void SecurityKeyController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = SecurityKeyController;
    const auto own = [](const char *action) { return RouteAudit::of(action, Resource::SecondFactor); };
    router.add(api::path::mySecurityKeysChallenge, Method::Post, own(act::securityKeyRegister), this,
               &C::registrationChallenge);
    router.add(api::path::mySecurityKeys, Method::Post, own(act::securityKeyRegister), this, &C::registerKey);
    router.add(api::path::mySecurityKeys, Method::Get, own(act::read), this, &C::list);
    router.add(api::path::mySecurityKey, Method::Delete, own(act::securityKeyRemove), this, &C::remove);
    router.add(api::path::sessionStepUpChallenge, Method::Post, RouteAudit::session(act::stepUp), this,
               &C::stepUpChallenge);
}

Status SecurityKeyController::requireOwn(RequestContext &context, Action action)
{
    return m_access.require(context, Resource::SecondFactor, action, ObjectScope {0, 0, context.caller().id});
}

QHttpServerResponse SecurityKeyController::registrationChallenge(RequestContext &context)
{
    if (auto allowed = requireOwn(context, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto request = m_factors.securityKeys().createChallenge(context.caller().id, context.sessionTokenHash(),
                                                            api::securityKey::registration);
    return request ? http::json(request->toJson()) : http::fromError(request.error());
}

// The new key, verified against the session's registration challenge. The account's first factor comes with its
// recovery codes and confirms sensitive actions for a while, like a TOTP enrolment's first code.
QHttpServerResponse SecurityKeyController::registerKey(RequestContext &context)
{
    if (auto allowed = requireOwn(context, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto registration = http::body<api::SecurityKeyRegistration>(context.request());
    if (!registration)
        return http::error(StatusCode::BadRequest, api::errc::badRequest, registration.error().message);
    const qint64 userId = context.caller().id;
    SecurityKeys &keys = m_factors.securityKeys();
    if (auto taken = keys.takeChallenge(registration->challenge, userId, context.sessionTokenHash(),
                                        api::securityKey::registration);
        !taken)
        return http::fromError(taken.error());
    auto wasActive = m_factors.isActive(userId);
    if (!wasActive)
        return http::fromError(wasActive.error());
    auto added = keys.add(userId, *registration);
    if (!added) {
        qCInfo(lcHttp, "A security key of user %lld was not registered: %s", static_cast<long long>(userId),
               qUtf8Printable(added.error().code));
        return http::fromError(added.error());
    }
    context.entry().objectId = added->id;
    QJsonObject answer {{"securityKey"_L1, added->toJson()}};
    if (!*wasActive) {
        auto codes = m_factors.newRecoveryCodes(userId);
        if (!codes)
            return http::fromError(codes.error());
        if (auto stepped = m_factors.stepUp(context.sessionTokenHash()); !stepped)
            return http::fromError(stepped.error());
        answer.insert("recoveryCodes"_L1, QJsonArray::fromStringList(codes->codes));
    }
    qCInfo(lcHttp, "Security key %lld of user %lld registered", static_cast<long long>(added->id),
           static_cast<long long>(userId));
    return http::json(answer, StatusCode::Created);
}

QHttpServerResponse SecurityKeyController::list(RequestContext &context)
{
    if (auto allowed = requireOwn(context, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto keys = m_factors.securityKeys().list(context.caller().id);
    if (!keys)
        return http::fromError(keys.error());
    QJsonArray items;
    for (const api::SecurityKeyInfo &key : *keys)
        items.append(key.toJson());
    context.reportRows(keys->size());
    return http::json({{"items"_L1, items}});
}

QHttpServerResponse SecurityKeyController::remove(RequestContext &context)
{
    if (auto allowed = requireOwn(context, Action::Delete); !allowed)
        return http::fromError(allowed.error());
    auto removed = m_factors.securityKeys().remove(context.caller().id, context.id());
    if (!removed)
        return http::fromError(removed.error());
    if (!*removed)
        return http::fromError(notFound());
    qCInfo(lcHttp, "Security key %lld of user %lld removed by its owner", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    return http::noContent();
}

QHttpServerResponse SecurityKeyController::stepUpChallenge(RequestContext &context)
{
    auto count = m_factors.securityKeys().count(context.caller().id);
    if (!count)
        return http::fromError(count.error());
    if (*count == 0)
        return http::error(StatusCode::Conflict, api::errc::noSecondFactor, u"No security key is registered."_s);
    auto request = m_factors.securityKeys().createChallenge(context.caller().id, context.sessionTokenHash(),
                                                            api::securityKey::stepUp);
    return request ? http::json(request->toJson()) : http::fromError(request.error());
}

} // namespace regiekamer::server
