#pragma once

#include "base/Result.h"
#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/Rights.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class DeviceRepository;
class RequestContext;

// The computers an account signed in from (/api/v1/users/{id}/devices, resource `device` of the rights matrix): the
// list, and revoking one, which ends its sessions at once (their event streams get "device.revoked" first) and
// refuses its sign-ins from then on (docs/security.md "Devices"). An administrator reaches every account's devices,
// everyone else their own; another account's id answers 404 like one that does not exist.
class DeviceController final : public Controller
{
public:
    DeviceController(DeviceRepository &devices, ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse revoke(RequestContext &context);
    // The account of the path ({id}), when the caller may do `action` to its devices.
    Status requireAccount(RequestContext &context, rights::Action action);

    DeviceRepository &m_devices;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
