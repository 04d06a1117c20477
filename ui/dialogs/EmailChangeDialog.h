#pragma once

#include "base/Result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace regiekamer::ui {

// Changing the signed-in account's e-mail address (docs/accounts.md "E-mail change"): the new address and the
// account's password. Sending emits changeRequested and keeps the dialog open, its fields locked, until showResult():
// a failure is shown in the dialog with everything typed kept (the password field emptied); success says where the
// link went and leaves only Close. objectName "emailChangeDialog".
class EmailChangeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EmailChangeDialog(const QString &currentEmail, QWidget *parent = nullptr);

    void showResult(const Status &result);

Q_SIGNALS:
    void changeRequested(const QString &newEmail, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void setBusy(bool busy);

    QString m_currentEmail;
    QLabel *m_intro;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_done = false;
};

} // namespace regiekamer::ui
