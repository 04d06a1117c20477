#pragma once

#include "Domain.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace regiekamer::client {
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The selected webinar's staff (directors and moderators) for a director: remove an assigned moderator, or
// assign one again. A director cannot list accounts (/users is admin-only), so the moderators offered are those
// seen on the staff lists of webinars opened in this session; anyone else is assigned by an administrator.
class StaffPanel : public QWidget
{
    Q_OBJECT
public:
    StaffPanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStaff();
    void fillCandidates(const QList<api::StaffAssignment> &staff);
    void updateButtons();
    void onRemove();
    void onAssign();
    void retranslate();

    client::WebinarWorkspace *m_workspace;
    bool m_mayAssign;
    QMap<qint64, QString> m_knownModerators; // user id → display name
    QLabel *m_heading;
    QListWidget *m_staff;
    QPushButton *m_remove;
    QLabel *m_assignCaption;
    QComboBox *m_candidates;
    QPushButton *m_assign;
    QLabel *m_hint;
};

} // namespace regiekamer::ui
