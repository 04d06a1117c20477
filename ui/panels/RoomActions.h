#pragma once

#include "protocol/Roles.h"

#include <QWidget>

#include <functional>

class QPushButton;

namespace regiekamer::client {
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The staff's actions on the live room for the selected attendee (docs/rights.md): "Send out …" for the director and
// the moderator (asks first: the attendee leaves now, and may join again), "Ban …" (with a required reason,
// BanDialog) and "Lift ban" for the director. Each button is there only when the role may, and enabled only when
// it applies to the selected row (present; not banned; banned). Results reach the view's message bar through the
// workspace.
class RoomActions : public QWidget
{
    Q_OBJECT
public:
    using Selection = std::function<qint64()>; // the selected registration's id, 0 for none
    RoomActions(client::WebinarWorkspace *workspace, Role role, Selection selection, QWidget *parent = nullptr);

    void updateButtons(); // after the selection changed

protected:
    void changeEvent(QEvent *event) override;

private:
    void confirmRemoval();
    void askBanReason();
    void unban();
    QString nameOf(qint64 registrationId) const;
    void retranslate();

    client::WebinarWorkspace *m_workspace;
    Selection m_selection;
    QPushButton *m_remove = nullptr;
    QPushButton *m_ban = nullptr;
    QPushButton *m_unban = nullptr;
};

} // namespace regiekamer::ui
