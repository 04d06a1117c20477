#include "protocol/Roles.h"

#include "base/WireNames.h"

#include <QCoreApplication>

namespace regiekamer {
namespace {

constexpr WireTable<Role, 5> roleWireNames {{
    {Role::Admin, "admin"},
    {Role::Director, "director"},
    {Role::Moderator, "moderator"},
    {Role::ClientStaff, "client_staff"},
    {Role::Viewer, "viewer"},
}};

} // namespace

QString roleToWire(Role role)
{
    return enumToWire(roleWireNames, role);
}

std::optional<Role> roleFromWire(const QString &wire)
{
    return enumFromWire(roleWireNames, wire);
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Director:
        return QCoreApplication::translate("Role", "Director");
    case Role::Moderator:
        return QCoreApplication::translate("Role", "Moderator");
    case Role::ClientStaff:
        return QCoreApplication::translate("Role", "Client staff");
    case Role::Viewer:
        return QCoreApplication::translate("Role", "Viewer");
    }
    Q_UNREACHABLE_RETURN(QString());
}

bool isStaffRole(Role role)
{
    return role != Role::Viewer;
}

bool mayUseDesktopApp(Role role)
{
    return isStaffRole(role);
}

} // namespace regiekamer
