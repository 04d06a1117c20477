#pragma once

#include "session/SecondFactorActions.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace regiekamer::ui {

class RecoveryCodesPage;

// Setting up the authenticator app (docs/accounts.md "Second factor"), in two pages of one size: the QR code of
// the new secret (also written out in groups of four for typing) and the first code that confirms it
// (codeSubmitted); then the ten recovery codes, shown once, and the dialog closes only after "I have stored them".
// showRecoveryCodes alone opens on the second page (new codes from the account menu). objectName "enrolmentDialog".
class EnrolmentDialog : public QDialog
{
    Q_OBJECT
public:
    // required: the server lets this account do nothing else first; Cancel then signs out (says so).
    explicit EnrolmentDialog(bool required, QWidget *parent = nullptr);
    ~EnrolmentDialog() override;

    void setEnrolment(const client::TotpEnrolment &enrolment);
    void showError(const QString &message);
    void showRecoveryCodes(const QStringList &codes);
    RecoveryCodesPage *recoveryCodesPage() const { return m_codesPage; }

Q_SIGNALS:
    void codeSubmitted(const QString &code);

public Q_SLOTS:
    void reject() override; // not while codes are shown and not yet stored

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createSetupPage();
    void retranslate();
    void submit();
    void setBusy(bool busy);

    bool m_required;
    QStackedWidget *m_pages;
    QLabel *m_intro;
    QLabel *m_qr;
    QLabel *m_secretLabel;
    QLabel *m_secret;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_error;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    RecoveryCodesPage *m_codesPage;
    QPushButton *m_close;
    bool m_busy = false;
    bool m_ready = false;
};

} // namespace regiekamer::ui
