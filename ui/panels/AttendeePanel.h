#pragma once

#include "protocol/Registration.h"
#include "protocol/Roles.h"

#include <QUrlQuery>
#include <QWidget>

class QBoxLayout;
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

class StateMarkDelegate;

// The open webinar's registrations: search (name, and e-mail and company where the role may read them), an
// approval filter, "N of M shown" (with the progress while pages stream in) and a sortable table with only the
// columns the role may read. What else it offers follows the role's rights on registrations: a role that may
// update them (the director) approves and rejects the selected ones (rejecting asks, and can be undone), with an
// optional reason mailed to the attendee, or puts them on the waiting list; one that may change the approval rules
// opens them (ApprovalRulesDialog); a role that
// may export them (client staff) gets the overview of registrations and attendance, with a heading, a presence filter
// and CSV export.
class AttendeePanel : public QWidget
{
    Q_OBJECT
public:
    AttendeePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);

    QPushButton *exportButton() const; // nullptr unless the role may export registrations
    QUrlQuery exportFilters() const; // what the list shows now, as the export endpoint's filters
    QList<qint64> selectedRegistrationIds() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpTable();
    void markApprovalColumn();
    QBoxLayout *filterRow();
    QBoxLayout *decisionRow();
    void connectLoading();
    void retranslate();
    void fillFilterChoices();
    void applyFilters();
    void updateCount();
    void updateButtons();
    QList<qint64> undecided(api::ApprovalState state) const;
    void decide(bool approve);
    void openApprovalRules();

    client::WebinarWorkspace *m_workspace;
    client::RegistrationFilterModel *m_filter;
    bool m_searchContact; // e-mail and company are searched only when the role may read them
    QLineEdit *m_search;
    QComboBox *m_approval;
    QLabel *m_count;
    QTableView *m_table;
    StateMarkDelegate *m_approvalMarks;
    // The overview (roles that may export): otherwise nullptr.
    QLabel *m_title = nullptr;
    QComboBox *m_present = nullptr;
    QPushButton *m_export = nullptr;
    // Decisions (roles that may update registrations): otherwise nullptr.
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_waitlist = nullptr; // puts the selected ones on the waiting list
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr; // optional, mailed to the attendee with an approval or rejection
    // The webinar's approval rules and capacity (roles that may change them): otherwise nullptr.
    QPushButton *m_rules = nullptr;
};

} // namespace regiekamer::ui
