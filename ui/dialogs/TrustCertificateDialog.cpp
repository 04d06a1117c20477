#include "dialogs/TrustCertificateDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

TrustCertificateDialog::TrustCertificateDialog(const client::CertificateProblem &problem, QWidget *parent)
    : QDialog(parent)
    , m_problem(problem)
    , m_intro(new QLabel(this))
    , m_serverCaption(new QLabel(this))
    , m_server(new QLabel(problem.server, this))
    , m_fingerprintCaption(new QLabel(this))
    , m_fingerprint(new QLabel(client::groupedFingerprint(problem.presented.fingerprint), this))
    , m_subjectCaption(new QLabel(this))
    , m_subject(new QLabel(problem.presented.subject, this))
    , m_validityCaption(new QLabel(this))
    , m_validity(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_trust(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(u"trustCertificateDialog"_s);
    setModal(true);
    m_fingerprint->setObjectName(u"fingerprintLabel"_s);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_server->setObjectName(u"serverLabel"_s);
    m_subject->setObjectName(u"subjectLabel"_s);
    m_validity->setObjectName(u"validityLabel"_s);
    m_intro->setWordWrap(true);
    m_advice->setWordWrap(true);
    m_trust->setObjectName(u"trustButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setDefault(true); // the safe choice is the default

    auto *grid = new QGridLayout;
    const QList<std::pair<QLabel *, QLabel *>> rows {{m_serverCaption, m_server},
                                                     {m_fingerprintCaption, m_fingerprint},
                                                     {m_subjectCaption, m_subject},
                                                     {m_validityCaption, m_validity}};
    for (int row = 0; row < rows.size(); ++row) {
        grid->addWidget(rows.at(row).first, row, 0, Qt::AlignTop);
        grid->addWidget(rows.at(row).second, row, 1);
    }
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_trust, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_advice);
    layout->addWidget(buttons);
    connect(m_trust, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

QString TrustCertificateDialog::fingerprintText() const
{
    return m_fingerprint->text();
}

void TrustCertificateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TrustCertificateDialog::retranslate()
{
    setWindowTitle(tr("Trust this server?"));
    m_intro->setText(tr("The server uses a certificate that is not signed by an authority this computer "
                        "knows. This is normal for a server that made its own certificate, but only trust it if "
                        "you are sure it is your organisation's server."));
    m_serverCaption->setText(tr("Server:"));
    m_fingerprintCaption->setText(tr("SHA-256 fingerprint:"));
    m_subjectCaption->setText(tr("Issued to:"));
    m_validityCaption->setText(tr("Valid:"));
    const QLocale locale;
    m_validity->setText(tr("from %1 until %2")
                            .arg(locale.toString(m_problem.presented.validFrom.toLocalTime(), QLocale::ShortFormat),
                                 locale.toString(m_problem.presented.validUntil.toLocalTime(), QLocale::ShortFormat)));
    m_advice->setText(tr("Compare this fingerprint with the one the server printed in its log when it started "
                         "(ask its operator). Trust the server only if every character matches. Regiekamer will "
                         "then remember this certificate and refuse the connection if it ever changes."));
    m_trust->setText(tr("Trust this server"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace regiekamer::ui
