#pragma once

#include "net/CertificateProblem.h"

#include <functional>

class QMessageBox;
class QWidget;

namespace regiekamer::ui {

// Non-blocking message boxes (opened with open(), deleted on close), so tests can find and close them.
// objectName "certificateChangedMessage": a changed server certificate was refused. This is a warning, not a
// trust prompt: it offers no way to accept the new certificate.
QMessageBox *showCertificateChangedWarning(QWidget *parent, const client::CertificateProblem &problem);
// objectName "noticeMessage".
QMessageBox *showNotice(QWidget *parent, const QString &title, const QString &text);
// objectName "forgetComputerMessage": asks before the offline data of all accounts on this computer is deleted.
// Finishes with QMessageBox::Yes (button "forgetComputerConfirmButton") or QMessageBox::Cancel.
QMessageBox *askToForgetThisComputer(QWidget *parent);

// A question before an action that cannot simply be taken back. "Keep" (the safe choice) is the default button, so
// Enter or Escape changes nothing; only the action's own button (objectName `confirmName`) runs `confirmed`.
struct Confirmation
{
    QString boxName; // the box's objectName
    QString title;
    QString text; // names what is affected: the person, the webinar, who sees it
    QString action; // the confirming button's text: says what happens ("End the webinar")
    QString confirmName;
    QString keep; // the default button's text ("Keep it live")
};
QMessageBox *askToConfirm(QWidget *parent, const Confirmation &question, std::function<void()> confirmed);

} // namespace regiekamer::ui
