#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

class StatusLine;
class TableSection;

// Who runs which webinar: the webinars, the selected one's directors and moderators, assign and remove.
class AssignmentsPanel : public QWidget
{
    Q_OBJECT
public:
    AssignmentsPanel(client::SessionController *session, StatusLine *status, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onWebinarSelected();
    void showStaff();
    void fillCandidates();
    void assign();
    void unassign();

    client::SessionController *m_session;
    StatusLine *m_status;
    TableSection *m_webinars;
    QTableView *m_staff;
    QComboBox *m_candidates;
    QPushButton *m_assign;
    QPushButton *m_remove;
};

} // namespace regiekamer::ui
