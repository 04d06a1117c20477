#pragma once

#include "auth/SecondFactors.h"
#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class RequestContext;

// FIDO2 security keys (docs/api.md "Security keys", resource `second_factor` of the rights matrix): a registration's
// challenge and the new key verified against it (the first factor of an account also gets its ten recovery codes),
// the owner's list of keys and the removal of one, and the challenge of a step-up with a key. The sign-in's second
// step and the step-up itself are SecondFactorController's, with a key's answer in place of a code.
class SecurityKeyController final : public Controller
{
public:
    SecurityKeyController(SecondFactors &factors, ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse registrationChallenge(RequestContext &context);
    QHttpServerResponse registerKey(RequestContext &context);
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse remove(RequestContext &context);
    QHttpServerResponse stepUpChallenge(RequestContext &context);
    Status requireOwn(RequestContext &context, rights::Action action);

    SecondFactors &m_factors;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
