#pragma once

#include "Roles.h"

#include <QString>

class QWidget;

namespace regiekamer::client {
class WebinarListModel;
class StaffAccountModel;
} // namespace regiekamer::client

namespace regiekamer::ui {

// "adminView", "directorView", "moderatorView", "clientStaffView"; empty for viewers (no view).
QString roleViewName(Role role);

// The central view for a role, named "adminView", "directorView", "moderatorView" or "clientStaffView".
// Each shows the server's (already role-scoped) data through the shared models.
QWidget *createRoleView(Role role, client::WebinarListModel *webinars, client::StaffAccountModel *staffAccounts,
                        QWidget *parent);

} // namespace regiekamer::ui
