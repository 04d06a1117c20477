#pragma once

#include "net/CertificateProblem.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace regiekamer::ui {

// Asks whether to trust a server's self-signed certificate, showing what to compare with the operator's log.
// Accepted = "Trust this server". Open it with open(), never exec() from logic.
class TrustCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    TrustCertificateDialog(const client::CertificateProblem &problem, QWidget *parent = nullptr);

    QString fingerprintText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    client::CertificateProblem m_problem;
    QLabel *m_intro;
    QLabel *m_serverCaption;
    QLabel *m_server;
    QLabel *m_fingerprintCaption;
    QLabel *m_fingerprint;
    QLabel *m_subjectCaption;
    QLabel *m_subject;
    QLabel *m_validityCaption;
    QLabel *m_validity;
    QLabel *m_advice;
    QPushButton *m_trust;
    QPushButton *m_cancel;
};

} // namespace regiekamer::ui
