#pragma once

#include "protocol/AccountLinks.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace regiekamer::client {
class OrganisationModel;
} // namespace regiekamer::client

namespace regiekamer::ui {

class StaffFields;

// Invites a member of staff by e-mail: address, name, role, organisation (client staff only) and the language of the
// mail. No password: the invitee chooses it on the page the mail's link opens. Opened non-modally (open()); emits
// invitationRequested once the input is complete. objectName "inviteDialog".
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    InviteDialog(client::OrganisationModel *organisations, QWidget *parent = nullptr);

Q_SIGNALS:
    void invitationRequested(const regiekamer::api::InvitationRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();

    StaffFields *m_fields;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace regiekamer::ui
