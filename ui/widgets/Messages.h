#pragma once

#include "net/CertificateProblem.h"

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

} // namespace regiekamer::ui
