#pragma once

#include "panels/AdminPanel.h"

class QComboBox;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace regiekamer::ui {

class TableSection;

// Who runs which webinar: the webinars, the selected one's directors and moderators, assign and remove.
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
    void updateRemove(); // "Remove assignment" needs a selected person

    TableSection *m_webinars;
    QTableView *m_staff;
    QStandardItemModel *m_staffModel;
    QComboBox *m_candidates;
    QPushButton *m_assign;
    QPushButton *m_remove;
};

} // namespace regiekamer::ui
