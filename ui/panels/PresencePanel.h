#pragma once

#include "protocol/Roles.h"

#include <QWidget>

class QAbstractProxyModel;
class QLabel;
class QListView;

namespace regiekamer::client {
class RegistrationFilterModel;
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// Who is present in the selected webinar: the count and the names (display names only; the moderator's
// registrations carry no contact or profile fields at all; two equal names are told apart by company or by when
// they joined). Follows `attendance.changed` row by row (client::RoomPresence); the selected attendee can be sent out
// of the room (RoomActions).
class PresencePanel : public QWidget
{
    Q_OBJECT
public:
    PresencePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);

    QListView *list() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColumn();
    void updateCount();
    void retranslate();

    client::WebinarWorkspace *m_workspace;
    client::RegistrationFilterModel *m_present;
    QAbstractProxyModel *m_names; // the names shown, equal ones told apart
    QLabel *m_heading;
    QLabel *m_count;
    QListView *m_list;
};

} // namespace regiekamer::ui
