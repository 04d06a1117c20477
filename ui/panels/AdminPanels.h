#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

class StatusLine;
class TableSection;

// Staff accounts: the table, "New account …" (AccountDialog), change role (with organisation for client staff),
// disable and enable.
class AccountsPanel : public QWidget
{
    Q_OBJECT
public:
    AccountsPanel(client::SessionController *session, StatusLine *status, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    qint64 selectedId() const;
    void openCreateDialog();
    void changeRole();
    void toggleDisabled();
    void updateButtons();

    client::SessionController *m_session;
    StatusLine *m_status;
    TableSection *m_table;
    QPushButton *m_create;
    QComboBox *m_role;
    QComboBox *m_organisation;
    QPushButton *m_changeRole;
    QPushButton *m_disable;
};

// Client organisations: create and rename (by the name typed in the field).
class OrganisationsPanel : public QWidget
{
    Q_OBJECT
public:
    OrganisationsPanel(client::SessionController *session, StatusLine *status, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    qint64 selectedId() const;
    void create();
    void rename();
    void onSelected();

    client::SessionController *m_session;
    StatusLine *m_status;
    TableSection *m_table;
    QLineEdit *m_name;
    QPushButton *m_create;
    QPushButton *m_rename;
};

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
