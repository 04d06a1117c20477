#pragma once

#include "panels/AdminPanel.h"

class QPushButton;

namespace regiekamer::client {
class InvitationActions;
} // namespace regiekamer::client

namespace regiekamer::ui {

class TableSection;

// Staff invitations (docs/accounts.md): the pending ones with their link's expiry, "Invite …" (InviteDialog), "Send
// again" (a new link; the old one stops working) and "Revoke …", which asks first: a revoked invitation's account is
// deleted and cannot be brought back.
class InvitationsPanel : public AdminPanel
{
    Q_OBJECT
public:
    InvitationsPanel(client::SessionController *session, StatusLine *status, QWidget *parent = nullptr);

    client::InvitationActions *actions() const { return m_actions; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate() override;
    qint64 selectedId() const;
    QString selectedEmail() const;
    void openInviteDialog();
    void confirmRevoke();
    void updateButtons();

    client::InvitationActions *m_actions;
    TableSection *m_table;
    QPushButton *m_invite;
    QPushButton *m_resend;
    QPushButton *m_revoke;
};

} // namespace regiekamer::ui
