#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace regiekamer::ui {

// "Confirm it is you": a request needs a second factor within the last 15 minutes (step-up). Asks for the code of
// the authenticator app and emits codeSubmitted; the caller answers with showError (the dialog stays, the code is
// selected for retyping) or accept(). objectName "stepUpDialog".
class StepUpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StepUpDialog(QWidget *parent = nullptr);

    void showError(const QString &message);
    // Offers "Use security key" (the account has keys and one is plugged in).
    void setSecurityKeyOffered(bool offered);

Q_SIGNALS:
    void codeSubmitted(const QString &code);
    void securityKeyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void setBusy(bool busy);

    QLabel *m_intro;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_useKey;
    bool m_busy = false;
};

} // namespace regiekamer::ui
