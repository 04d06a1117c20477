#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;

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

} // namespace regiekamer::ui
