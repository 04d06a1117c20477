#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace regiekamer::ui {

// Asks the director why an attendee is banned from the webinar's room (required, at most 500 characters; the client's
// staff see it next to the registration). Opened non-modally (open()); emits banRequested with the reason, then
// closes. objectName "banDialog", the reason "banReasonEdit", the confirming button "banConfirmButton".
class BanDialog : public QDialog
{
    Q_OBJECT
public:
    BanDialog(const QString &attendee, QWidget *parent = nullptr);

Q_SIGNALS:
    void banRequested(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();
    void submit();

    QString m_attendee;
    QLabel *m_intro;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace regiekamer::ui
