#include "dialogs/EmailChangeDialog.h"

#include "base/ApiError.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

EmailChangeDialog::EmailChangeDialog(const QString &currentEmail, QWidget *parent)
    : QDialog(parent)
    , m_currentEmail(currentEmail)
    , m_intro(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"emailChangeDialog"_s);
    m_intro->setWordWrap(true);
    m_email->setObjectName(u"newEmailEdit"_s);
    m_password->setObjectName(u"emailChangePasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    m_message->setObjectName(u"emailChangeMessage"_s);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3); // room for the answer: nothing jumps
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"emailChangeSendButton"_s);
    auto *form = new QFormLayout;
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EmailChangeDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EmailChangeDialog::reject);
    setMinimumWidth(460);
    retranslate();
}

void EmailChangeDialog::submit()
{
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(uR"([^@\s]+@[^@\s]+\.[^@\s]+)"_s));
    const QString email = m_email->text().trimmed();
    QString problem;
    if (!shape.match(email).hasMatch())
        problem = tr("Type the new address, such as name@example.com.");
    else if (email.compare(m_currentEmail, Qt::CaseInsensitive) == 0)
        problem = tr("This is your current address already.");
    else if (m_password->text().isEmpty())
        problem = tr("Type your password: it confirms that you are asking.");
    m_message->setText(problem);
    if (!problem.isEmpty())
        return;
    setBusy(true);
    m_message->setText(tr("Sending…"));
    Q_EMIT changeRequested(email, m_password->text());
}

void EmailChangeDialog::showResult(const Status &result)
{
    m_password->clear();
    if (!result) {
        setBusy(false);
        const bool wrongPassword = result.error().code == QLatin1StringView(api::errc::invalidCredentials);
        m_message->setText(wrongPassword ? tr("The password is not correct. Nothing was changed.")
                                         : result.error().message);
        (wrongPassword ? m_password : m_email)->setFocus();
        return;
    }
    m_done = true;
    m_message->setText(tr("A link to confirm %1 was sent to that address. Your address changes when you open it; "
                          "until then you sign in with %2, which was told about the change.")
                           .arg(m_email->text().trimmed(), m_currentEmail));
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    retranslate();
}

void EmailChangeDialog::setBusy(bool busy)
{
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (QPushButton *send = m_buttons->button(QDialogButtonBox::Ok))
        send->setEnabled(!busy);
}

void EmailChangeDialog::retranslate()
{
    setWindowTitle(tr("Change my e-mail address"));
    m_intro->setText(tr("Your address is %1. A link to confirm the new address is sent there; your current address "
                        "is told, with a way to report it if it was not you.")
                         .arg(m_currentEmail));
    m_emailLabel->setText(tr("&New address:"));
    m_passwordLabel->setText(tr("&Password:"));
    if (QPushButton *send = m_buttons->button(QDialogButtonBox::Ok))
        send->setText(tr("Send confirmation link"));
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Cancel"));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setObjectName(u"emailChangeCloseButton"_s);
        close->setText(tr("Close"));
    }
}

void EmailChangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace regiekamer::ui
