#pragma once

#include "panels/AdminPanel.h"

class QComboBox;
class QPushButton;

namespace regiekamer::ui {

class TableSection;

// Staff accounts: the table, "New account …" (AccountDialog), change role (with organisation for client staff),
// disable and enable.
class AccountsPanel : public AdminPanel
{
    Q_OBJECT
public:
    AccountsPanel(client::SessionController *session, StatusLine *status, QWidget *parent = nullptr);

private:
    void retranslate() override;
    qint64 selectedId() const;
    void openCreateDialog();
    void changeRole();
    void toggleDisabled();
    void updateButtons();

    TableSection *m_table;
    QPushButton *m_create;
    QComboBox *m_role;
    QComboBox *m_organisation;
    QPushButton *m_changeRole;
    QPushButton *m_disable;
};

} // namespace regiekamer::ui
