#include "dialogs/SecondFactorDialog.h"

#include "dialogs/SecurityKeysSection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

SecondFactorDialog::SecondFactorDialog(client::SecurityKeyListModel *keys, QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_enrol(new QPushButton(this))
    , m_newCodes(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_keys(new SecurityKeysSection(keys, this))
{
    setObjectName(u"secondFactorDialog"_s);
    m_status->setObjectName(u"secondFactorStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_message->setObjectName(u"secondFactorMessage"_s);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    m_enrol->setObjectName(u"enrolSecondFactorButton"_s);
    m_newCodes->setObjectName(u"newRecoveryCodesButton"_s);
    m_remove->setObjectName(u"removeSecondFactorButton"_s);
    m_close->setObjectName(u"closeSecondFactorButton"_s);
    for (QPushButton *button : {m_enrol, m_newCodes, m_remove}) {
        button->setAutoDefault(false);
        button->setEnabled(false); // until the state is known
    }
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_enrol);
    actions->addWidget(m_newCodes);
    actions->addWidget(m_remove);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(m_keys);
    layout->addWidget(m_message);
    layout->addWidget(m_close, 0, Qt::AlignRight);
    connect(m_enrol, &QPushButton::clicked, this, &SecondFactorDialog::enrolRequested);
    connect(m_newCodes, &QPushButton::clicked, this, &SecondFactorDialog::newRecoveryCodesRequested);
    connect(m_remove, &QPushButton::clicked, this, &SecondFactorDialog::removeRequested);
    connect(m_close, &QPushButton::clicked, this, &SecondFactorDialog::accept);
    setMinimumWidth(480);
    retranslate();
}

void SecondFactorDialog::showStatus(const client::SecondFactorStatus &status)
{
    m_shown = status;
    m_enrol->setEnabled(!status.totp); // the server refuses a second one: remove the first
    m_newCodes->setEnabled(status.totp || status.securityKeys > 0);
    m_remove->setEnabled(status.totp || status.securityKeys > 0);
    retranslate();
}

void SecondFactorDialog::showMessage(const QString &message)
{
    m_message->setText(message);
}

void SecondFactorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SecondFactorDialog::retranslate()
{
    setWindowTitle(tr("Second factor"));
    if (!m_shown)
        m_status->setText(tr("Loading…"));
    else if (m_shown->totp)
        m_status->setText(tr("An authenticator app is set up for your account. Recovery codes left: %n.", nullptr,
                             m_shown->recoveryCodesLeft));
    else if (m_shown->securityKeys > 0)
        m_status->setText(
            tr("Security keys are your second factor. Recovery codes left: %n.", nullptr, m_shown->recoveryCodesLeft));
    else
        m_status->setText(tr("No second factor is set up for your account."));
    m_enrol->setText(tr("&Set up…"));
    m_enrol->setToolTip(tr("Set up an authenticator app with a QR code"));
    m_newCodes->setText(tr("&New recovery codes…"));
    m_newCodes->setToolTip(tr("Ten new recovery codes; the old ones stop working"));
    m_remove->setText(tr("&Remove…"));
    m_remove->setToolTip(tr("Remove the second factor from your account, security keys included"));
    m_close->setText(tr("&Close"));
}

} // namespace regiekamer::ui
