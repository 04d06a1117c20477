#include "dialogs/StepUpDialog.h"

#include "session/SecondFactorActions.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

StepUpDialog::StepUpDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_useKey(new QPushButton(this))
{
    setObjectName(u"stepUpDialog"_s);
    m_intro->setWordWrap(true);
    m_code->setObjectName(u"stepUpCodeEdit"_s);
    m_code->setMaxLength(20);
    m_codeLabel->setBuddy(m_code);
    m_error->setObjectName(u"stepUpErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 3);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"stepUpConfirmButton"_s);
    m_useKey->setObjectName(u"stepUpSecurityKeyButton"_s);
    m_useKey->setAutoDefault(false);
    m_useKey->setVisible(false);
    auto *form = new QFormLayout;
    form->addRow(m_codeLabel, m_code);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_useKey, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StepUpDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StepUpDialog::reject);
    connect(m_useKey, &QPushButton::clicked, this, [this] {
        if (m_busy)
            return;
        m_error->clear();
        Q_EMIT securityKeyRequested();
    });
    setMinimumWidth(420);
    retranslate();
}

void StepUpDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_code->setFocus();
    m_code->selectAll();
}

void StepUpDialog::setSecurityKeyOffered(bool offered)
{
    m_useKey->setVisible(offered);
}

void StepUpDialog::submit()
{
    if (m_busy)
        return;
    const QString code = client::SecondFactorActions::normalisedCode(m_code->text());
    if (!client::SecondFactorActions::isTotpCode(code) && !client::SecondFactorActions::isRecoveryCode(code)) {
        showError(tr("Type the six digits your authenticator app shows, or one of your recovery codes."));
        return;
    }
    m_error->clear();
    setBusy(true);
    Q_EMIT codeSubmitted(code);
}

void StepUpDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_code->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_useKey->setEnabled(!busy);
}

void StepUpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StepUpDialog::retranslate()
{
    setWindowTitle(tr("Confirm with your second factor"));
    m_intro->setText(tr("This needs a second factor confirmed within the last 15 minutes. Type the code your "
                        "authenticator app shows (or a recovery code); the action then continues."));
    m_codeLabel->setText(tr("&Code:"));
    m_code->setAccessibleName(tr("Code of the authenticator app"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onfirm"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_useKey->setText(tr("Use &security key"));
    m_useKey->setToolTip(tr("Confirm with a security key registered for your account"));
}

} // namespace regiekamer::ui
