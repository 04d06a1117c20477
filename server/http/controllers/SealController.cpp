#include "http/controllers/SealController.h"

#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/ApiPaths.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {
constexpr auto sealAction = "seal";
constexpr auto unsealAction = "unseal";
} // namespace

SealController::SealController(std::function<void()> seal)
    : m_seal(std::move(seal))
{
}

void SealController::addRoutes(Router &router)
{
    // STEP-UP: sealing is an account-level change; the mfa part's step-up check (second factor within 15 minutes)
    // applies to this route (issue 18 contract, section B).
    router.add(api::path::seal, Method::Post, RouteAudit::of(sealAction, Resource::Seal), this, &SealController::seal);
    router.add(api::path::unseal, Method::Post, RouteAudit::of(unsealAction, Resource::Seal), this,
               &SealController::unseal, Access::Anyone);
}

QHttpServerResponse SealController::seal(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::Seal, Action::Change); !allowed)
        return http::fromError(allowed.error());
    if (!m_seal) {
        return http::error(StatusCode::Conflict, "not_sealable",
                           u"This server runs in development mode (no seal.json): there are no custodians' shares to "
                           "unseal it with. Deal them first: regiekamer-admin custodians deal (docs/keys.md)."_s);
    }
    // After this answer has been sent, and only once the pipeline has committed the entry.
    context.afterAnswer([seal = m_seal] { seal(); });
    return http::json({{"sealed"_L1, true}}, StatusCode::Accepted);
}

QHttpServerResponse SealController::unseal(RequestContext &)
{
    return http::error(StatusCode::Conflict, "not_sealed", u"The server is not sealed: it serves already."_s);
}

} // namespace regiekamer::server
