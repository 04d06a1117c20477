#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace regiekamer::ui {

// The sign-in's second step, a page of the LoginDialog: the six-digit code of the authenticator app, or (one
// click away) a recovery code. It checks the code's shape, then emits codeSubmitted; a refusal comes back through
// showError and keeps the code typed so far selected for retyping. Nothing typed here goes near the password field.
class SecondFactorPage : public QWidget
{
    Q_OBJECT
public:
    explicit SecondFactorPage(QWidget *parent = nullptr);

    void reset(); // the authenticator's code, empty, no message
    void showError(const QString &message);
    void setBusy(bool busy);
    bool usesRecoveryCode() const { return m_recovery; }
    QPushButton *verifyButton() const { return m_verify; }
    // Offers "Use security key" (the account has keys and one is plugged in).
    void setSecurityKeyOffered(bool offered);

Q_SIGNALS:
    void codeSubmitted(const QString &code);
    void securityKeyRequested();
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void toggleRecovery();

    QLabel *m_intro;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QPushButton *m_switch;
    QLabel *m_error;
    QPushButton *m_verify;
    QPushButton *m_back;
    QPushButton *m_useKey;
    bool m_recovery = false;
    bool m_busy = false;
};

} // namespace regiekamer::ui
