#pragma once

#include <QString>

#include <optional>

namespace regiekamer {

// docs/design.md §5. The single definition of who is who; the server enforces, the UI only adapts to it.
enum class Role {
    Admin,
    Director,
    Moderator,
    ClientStaff,
    Viewer,
};

QString roleToWire(Role role);
std::optional<Role> roleFromWire(const QString &wire);
QString roleDisplayName(Role role); // translated
bool isStaffRole(Role role);
// Roles that may sign in to the desktop app.
bool mayUseDesktopApp(Role role);

} // namespace regiekamer
