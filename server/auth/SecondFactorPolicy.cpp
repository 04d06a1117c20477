#include "auth/SecondFactorPolicy.h"

#include "base/ApiError.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

Result<QList<Role>> SecondFactorPolicy::parseRoles(const QString &text)
{
    QList<Role> roles;
    if (text.trimmed() == u"none"_s)
        return roles;
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<Role> role = roleFromWire(name.trimmed());
        if (!role)
            return badRequest(u"--mfa-roles: unknown role \"%1\" (admin, director, moderator, client_staff, viewer, "
                              "or none)."_s.arg(name.trimmed()));
        if (!roles.contains(*role))
            roles.append(*role);
    }
    if (roles.isEmpty())
        return badRequest(u"--mfa-roles needs roles separated by commas, or none."_s);
    return roles;
}

} // namespace regiekamer::server
