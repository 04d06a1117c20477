#pragma once

#include "panels/AdminPanel.h"

class QComboBox;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace regiekamer::ui {

class MessageBar;

class TableSection;

// The administrator's webinars: create, edit and delete them (deleting asks), and who runs the selected one: its
// directors and moderators, assign and remove.
class AssignmentsPanel : public AdminPanel
{
    Q_OBJECT
public:
    AssignmentsPanel(client::SessionController *session, StatusLine *status, QWidget *parent = nullptr);

private:
    void retranslate() override;
    void onWebinarSelected();
    void showStaff();
    void fillCandidates();
    void assign();
    void unassign();
    void updateRemove(); // "Remove assignment" needs a selected person, editing and deleting a selected webinar
    void openWebinarDialog(bool editSelected);
    void deleteWebinar();

    TableSection *m_webinars;
    QTableView *m_staff;
    QStandardItemModel *m_staffModel;
    QComboBox *m_candidates;
    QPushButton *m_assign;
    QPushButton *m_remove;
    QPushButton *m_newWebinar;
    QPushButton *m_editWebinar;
    QPushButton *m_deleteWebinar;
    MessageBar *m_undoBar; // "… is no longer assigned" with Undo
};

} // namespace regiekamer::ui
