#include "http/controllers/DeviceController.h"

#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"
#include "protocol/Device.h"
#include "storage/DeviceRepository.h"

#include <QJsonArray>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;

DeviceController::DeviceController(DeviceRepository &devices, ScopedAccess access)
    : m_devices(devices)
    , m_access(access)
{
}

void DeviceController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = DeviceController;
    router.add(api::path::userDevices, Method::Get, RouteAudit::ofAccount(act::read, Resource::Device), this, &C::list);
    router.add(api::path::userDevice, Method::Delete, RouteAudit::ofAccount(act::remove, Resource::Device), this,
               &C::revoke);
}

// The scope first: outside it the answer is 404 whether or not the account exists.
Status DeviceController::requireAccount(RequestContext &context, Action action)
{
    return m_access.require(context, Resource::Device, action, ObjectScope {0, 0, context.id()});
}

QHttpServerResponse DeviceController::list(RequestContext &context)
{
    if (auto allowed = requireAccount(context, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto devices = m_devices.list(context.id());
    if (!devices)
        return http::fromError(devices.error());
    QJsonArray items;
    for (const api::Device &device : std::as_const(*devices))
        items.append(device.toJson());
    context.reportRows(devices->size());
    return http::json(QJsonObject {{"items"_L1, items}});
}

QHttpServerResponse DeviceController::revoke(RequestContext &context)
{
    if (auto allowed = requireAccount(context, Action::Delete); !allowed)
        return http::fromError(allowed.error());
    auto ended = m_devices.revoke(context.id(), context.id(1), context.caller().id);
    if (!ended)
        return http::fromError(ended.error());
    for (const QString &tokenHash : std::as_const(*ended))
        context.endRevokedDeviceSession(tokenHash);
    qCInfo(lcHttp, "Device %lld of user %lld revoked by user %lld (%lld sessions ended)",
           static_cast<long long>(context.id(1)), static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id), static_cast<long long>(ended->size()));
    return http::noContent();
}

} // namespace regiekamer::server
