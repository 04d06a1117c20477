#pragma once

#include "protocol/Roles.h"

#include <QString>

class QWidget;

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

// "adminView", "directorView", "moderatorView", "clientStaffView"; empty for viewers (no view).
QString roleViewName(Role role);

// The central view for a role, named "adminView", "directorView", "moderatorView" or "clientStaffView".
// Each shows the server's (already role-scoped) data through the session's models; nullptr for viewers.
QWidget *createRoleView(Role role, client::SessionController *session, QWidget *parent);

} // namespace regiekamer::ui
