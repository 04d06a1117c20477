#include "views/RoleViews.h"

#include "views/AdminView.h"
#include "views/ClientStaffView.h"
#include "views/DirectorView.h"
#include "views/ModeratorView.h"

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

QString roleViewName(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"adminView"_s;
    case Role::Director:
        return u"directorView"_s;
    case Role::Moderator:
        return u"moderatorView"_s;
    case Role::ClientStaff:
        return u"clientStaffView"_s;
    case Role::Viewer:
        break;
    }
    return {};
}

QWidget *createRoleView(Role role, client::SessionController *session, QWidget *parent)
{
    switch (role) {
    case Role::Director:
        return new DirectorView(session, parent);
    case Role::Moderator:
        return new ModeratorView(session, parent);
    case Role::ClientStaff:
        return createClientStaffView(session, parent);
    case Role::Admin:
        return createAdminView(session, parent);
    case Role::Viewer:
        break;
    }
    return nullptr;
}

} // namespace regiekamer::ui
