#pragma once

#include "base/Result.h"
#include "protocol/Roles.h"

#include <QList>

#include <chrono>

namespace regiekamer::server {

// Who must sign in with a second factor and how it is guarded (docs/security.md "Second factor"). The durations are
// options so that tests need not wait 15 minutes; the server's defaults are those below.
struct SecondFactorPolicy
{
    QList<Role> roles {Role::Admin, Role::Director, Role::ClientStaff}; // --mfa-roles
    int maximumFailures = 5; // wrong codes in a row before the factor locks
    std::chrono::seconds lock {15 * 60}; // --mfa-lock-seconds
    std::chrono::seconds stepUp {15 * 60}; // --mfa-step-up-seconds: how long a code confirms sensitive actions
    std::chrono::seconds challenge {5 * 60}; // the sign-in's second step must come within this

    bool covers(Role role) const { return roles.contains(role); }
    // "admin,director,client_staff", or "none"; a usage error names an unknown role.
    static Result<QList<Role>> parseRoles(const QString &text);
};

} // namespace regiekamer::server
