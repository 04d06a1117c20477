#pragma once

class QWidget;

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The admin view (objectName "adminView"): staff accounts (create, change role, disable), organisations
// (create, rename), webinar assignments (assign or remove a director or moderator), the access log and the
// backups' state (read only). No attendee personal data.
QWidget *createAdminView(client::SessionController *session, QWidget *parent);

} // namespace regiekamer::ui
