#include "http/controllers/StreamKeyController.h"
#include "http/ChangeEvents.h"

#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"
#include "protocol/EventTypes.h"
#include "protocol/StreamKey.h"
#include "storage/StreamKeyRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;

StreamKeyController::StreamKeyController(StreamKeyRepository &keys, ScopedAccess access)
    : m_keys(keys)
    , m_access(access)
{
}

void StreamKeyController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    namespace path = api::path;
    using C = StreamKeyController;
    const ResourceAudit key {Resource::StreamKey};
    router.add(path::webinarStreamKey, Method::Get, key(act::read), this, &C::get);
    router.add(path::webinarStreamKey, Method::Put, key(act::update), this, &C::put);
    router.add(path::webinarStreamKeyReveal, Method::Post, key(act::reveal), this, &C::reveal);
    router.add(path::webinarStreamKeyRotation, Method::Post, key(act::rotate), this, &C::rotate);
}

Result<ObjectScope> StreamKeyController::allowed(RequestContext &context, Action action)
{
    auto scope = m_access.webinarScope(context.id());
    if (!scope)
        return std::unexpected(scope.error());
    if (auto ok = m_access.require(context, Resource::StreamKey, action, *scope); !ok)
        return std::unexpected(ok.error());
    return *scope;
}

QHttpServerResponse StreamKeyController::infoAnswer(qint64 webinarId)
{
    auto info = m_keys.info(webinarId);
    if (!info)
        return http::fromError(info.error());
    return http::json(info->toJson());
}

QHttpServerResponse StreamKeyController::get(RequestContext &context)
{
    if (auto scope = allowed(context, Action::Read); !scope)
        return http::fromError(scope.error());
    return infoAnswer(context.id());
}

QHttpServerResponse StreamKeyController::put(RequestContext &context)
{
    auto scope = allowed(context, Action::Update);
    if (!scope)
        return http::fromError(scope.error());
    auto update = http::body<api::StreamKeyUpdate>(context.request());
    if (!update)
        return http::fromError(update.error());
    const auto stored = m_keys.store(context.id(), scope->organisationId, *update, api::StreamKeyOrigin::Set,
                                     context.caller().id, QDateTime::currentDateTimeUtc());
    update->streamKey.fill('\0');
    if (!stored)
        return http::fromError(stored.error());
    qCInfo(lcHttp, "Stream key of webinar %lld set by user %lld", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    publishWebinar(context, context.id());
    return infoAnswer(context.id());
}

QHttpServerResponse StreamKeyController::reveal(RequestContext &context)
{
    auto scope = allowed(context, Action::Reveal);
    if (!scope)
        return http::fromError(scope.error());
    auto revealed = m_keys.reveal(context.id(), scope->organisationId);
    if (!revealed)
        return http::fromError(revealed.error());
    qCInfo(lcHttp, "Stream key of webinar %lld revealed to user %lld", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    QHttpServerResponse answer = http::json(revealed->toJson());
    revealed->streamKey.fill('\0');
    return answer;
}

QHttpServerResponse StreamKeyController::rotate(RequestContext &context)
{
    auto scope = allowed(context, Action::Update);
    if (!scope)
        return http::fromError(scope.error());
    if (auto rotated =
            m_keys.rotate(context.id(), scope->organisationId, context.caller().id, QDateTime::currentDateTimeUtc());
        !rotated)
        return http::fromError(rotated.error());
    qCInfo(lcHttp, "Stream key of webinar %lld rotated by user %lld", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id));
    publishWebinar(context, context.id());
    return infoAnswer(context.id());
}

} // namespace regiekamer::server
