#pragma once

#include "session/SecondFactorActions.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace regiekamer::client {
class SecurityKeyListModel;
}

namespace regiekamer::ui {

class SecurityKeysSection;

// The account menu's "Second factor": whether the authenticator app is set up and how many recovery codes are
// left, with Set up…, New recovery codes… and Remove… (the caller asks before removing). objectName
// "secondFactorDialog".
class SecondFactorDialog : public QDialog
{
    Q_OBJECT
public:
    // keys: the account's security keys, shown in a section of their own (securityKeys()).
    explicit SecondFactorDialog(client::SecurityKeyListModel *keys, QWidget *parent = nullptr);
    SecurityKeysSection *securityKeys() const { return m_keys; }

    void showStatus(const client::SecondFactorStatus &status);
    void showMessage(const QString &message);

Q_SIGNALS:
    void enrolRequested();
    void newRecoveryCodesRequested();
    void removeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_enrol;
    QPushButton *m_newCodes;
    QPushButton *m_remove;
    QPushButton *m_close;
    SecurityKeysSection *m_keys;
    std::optional<client::SecondFactorStatus> m_shown;
};

} // namespace regiekamer::ui
