#include "dialogs/SecondFactorPage.h"

#include "session/SecondFactorActions.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using client::SecondFactorActions;

SecondFactorPage::SecondFactorPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_switch(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_verify(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_useKey(new QPushButton(this))
{
    setObjectName(u"secondFactorPage"_s);
    m_intro->setWordWrap(true);
    m_intro->setMinimumHeight(m_intro->fontMetrics().lineSpacing() * 2);
    m_code->setObjectName(u"secondFactorCodeEdit"_s);
    m_code->setMaxLength(20);
    m_code->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_codeLabel->setBuddy(m_code);
    m_switch->setObjectName(u"useRecoveryCodeButton"_s);
    m_switch->setFlat(true);
    m_switch->setAutoDefault(false);
    m_error->setObjectName(u"secondFactorErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 3); // room for a message: nothing jumps
    m_verify->setObjectName(u"verifyCodeButton"_s);
    m_back->setObjectName(u"backToPasswordButton"_s);
    m_back->setAutoDefault(false);
    setFocusProxy(m_code);
    m_useKey->setObjectName(u"useSecurityKeyButton"_s);
    m_useKey->setAutoDefault(false);
    m_useKey->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(m_codeLabel, m_code);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_switch, 0, Qt::AlignLeft);
    layout->addWidget(m_useKey, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_verify, &QPushButton::clicked, this, &SecondFactorPage::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &SecondFactorPage::submit);
    connect(m_back, &QPushButton::clicked, this, &SecondFactorPage::backRequested);
    connect(m_switch, &QPushButton::clicked, this, &SecondFactorPage::toggleRecovery);
    connect(m_useKey, &QPushButton::clicked, this, [this] {
        if (m_busy)
            return;
        m_error->clear();
        Q_EMIT securityKeyRequested();
    });
    retranslate();
}

void SecondFactorPage::reset()
{
    m_recovery = false;
    m_code->clear();
    m_error->clear();
    setBusy(false);
    retranslate();
}

void SecondFactorPage::setSecurityKeyOffered(bool offered)
{
    m_useKey->setVisible(offered);
}

void SecondFactorPage::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_code->setFocus();
    m_code->selectAll();
}

void SecondFactorPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_verify),
                            static_cast<QWidget *>(m_switch), static_cast<QWidget *>(m_useKey)})
        widget->setEnabled(!busy);
    retranslate();
}

void SecondFactorPage::submit()
{
    if (m_busy)
        return;
    const QString code = SecondFactorActions::normalisedCode(m_code->text());
    const bool shaped = m_recovery ? SecondFactorActions::isRecoveryCode(code) : SecondFactorActions::isTotpCode(code);
    if (!shaped) {
        showError(m_recovery ? tr("A recovery code has three groups of four letters or digits, such as "
                                  "ab12-cd34-ef56.")
                             : tr("Type the six digits your authenticator app shows."));
        return;
    }
    m_error->clear();
    setBusy(true);
    Q_EMIT codeSubmitted(code);
}

void SecondFactorPage::toggleRecovery()
{
    m_recovery = !m_recovery;
    m_code->clear();
    m_error->clear();
    retranslate();
    m_code->setFocus();
}

void SecondFactorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecondFactorPage::retranslate()
{
    m_intro->setText(m_recovery ? tr("Type one of your recovery codes. Each recovery code works once.")
                                : tr("Your account has a second factor. Type the six-digit code your "
                                     "authenticator app shows for Regiekamer."));
    m_codeLabel->setText(m_recovery ? tr("&Recovery code:") : tr("&Code:"));
    m_code->setAccessibleName(m_recovery ? tr("Recovery code") : tr("Code of the authenticator app"));
    m_code->setPlaceholderText(m_recovery ? tr("xxxx-xxxx-xxxx") : tr("123456"));
    m_switch->setText(m_recovery ? tr("Use the &authenticator app") : tr("Use a &recovery code instead"));
    m_verify->setText(m_busy ? tr("Checking…") : tr("&Verify"));
    m_back->setText(tr("&Back"));
    m_useKey->setText(tr("Use &security key"));
    m_useKey->setToolTip(tr("Sign in with a security key registered for your account"));
    m_back->setToolTip(tr("Back to the e-mail address and password"));
}

} // namespace regiekamer::ui
