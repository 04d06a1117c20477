#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace regiekamer::ui {

// "Touch your security key": shown while the key waits for its touch (making a credential or signing), with a busy
// indicator and Cancel (the caller cancels the key's operation on rejected). showError stops the indicator and
// keeps the dialog open with the message; Cancel then closes it. objectName "securityKeyTouchDialog".
class SecurityKeyTouchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecurityKeyTouchDialog(QWidget *parent = nullptr);

    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro;
    QProgressBar *m_busy;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_failed = false;
};

} // namespace regiekamer::ui
