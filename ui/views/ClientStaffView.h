#pragma once

class QWidget;

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The client staff view (objectName "clientStaffView"): the organisation's webinars and, for the selected one,
// the registrations and attendance with search, sort, filters, an "N of M shown" count and CSV export; next to it
// the access log of the organisation's data. Read-only.
QWidget *createClientStaffView(client::SessionController *session, QWidget *parent);

} // namespace regiekamer::ui
