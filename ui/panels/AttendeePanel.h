#pragma once

#include "protocol/Roles.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace regiekamer::client {
class RegistrationFilterModel;
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The selected webinar's attendees: search, approval filter, "N of M shown", a sortable table with only the
// columns the role may read, and approve/reject for the selected registration (only for roles that may update).
class AttendeePanel : public QWidget
{
    Q_OBJECT
public:
    AttendeePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);

    QTableView *table() const;
    client::RegistrationFilterModel *filterModel() const;
    qint64 selectedRegistrationId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillApprovalFilter();
    void onApprovalFilterChanged();
    void updateCount();
    void updateButtons();
    void decide(bool approve);

    client::WebinarWorkspace *m_workspace;
    client::RegistrationFilterModel *m_filter;
    bool m_mayDecide;
    bool m_searchContact; // e-mail and company are searched only when the role may read them
    QLineEdit *m_search;
    QComboBox *m_approval;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

} // namespace regiekamer::ui
