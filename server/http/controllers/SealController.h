#pragma once

#include "http/controllers/Controller.h"

#include <QHttpServerResponse>

#include <functional>

namespace regiekamer::server {

class RequestContext;

// The seal of a running server (docs/security.md "Sealed server"): POST /api/v1/seal (admin) answers 202 and then
// seals it again; POST /api/v1/unseal on a server that serves answers 409 not_sealed (logged either way).
class SealController final : public Controller
{
public:
    // `seal` runs once the answer has been sent; null when the server has no seal (development mode: 409).
    explicit SealController(std::function<void()> seal);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse seal(RequestContext &context);
    QHttpServerResponse unseal(RequestContext &context);

    std::function<void()> m_seal;
};

} // namespace regiekamer::server
