#include "dialogs/LoginDialog.h"

#include "dialogs/SecondFactorPage.h"
#include "settings/LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_keychain(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_forgetTrust(new QPushButton(this))
    , m_forgetComputer(new QPushButton(this))
    , m_pages(new QStackedWidget(this))
    , m_secondFactor(new SecondFactorPage(this))
    , m_sealed(new QLabel(this))
    , m_unseal(new QPushButton(this))
{
    setObjectName(u"loginDialog"_s);
    m_server->setObjectName(u"serverEdit"_s);
    m_email->setObjectName(u"emailEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_language->setObjectName(u"languageCombo"_s);
    for (const auto &language : client::LanguageManager::available())
        m_language->addItem(language.nativeName, language.code);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_forgetTrust->setObjectName(u"forgetTrustButton"_s);
    m_forgetTrust->hide();
    m_keychain->setObjectName(u"keychainCheck"_s);
    m_keychain->hide();
    m_forgetComputer->setObjectName(u"forgetComputerButton"_s);
    m_forgetComputer->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_email),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_language)}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_sealed->setObjectName(u"sealedLabel"_s);
    m_sealed->setWordWrap(true);
    m_unseal->setObjectName(u"unsealButton"_s);
    m_unseal->setAutoDefault(false);
    auto *sealedRow = new QHBoxLayout;
    sealedRow->addWidget(m_sealed, 1);
    sealedRow->addWidget(m_unseal, 0, Qt::AlignTop);
    setSealed(false);
    auto *credentials = new QWidget(this);
    auto *layout = new QVBoxLayout(credentials);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_keychain);
    layout->addLayout(sealedRow);
    layout->addWidget(m_error);
    layout->addWidget(m_forgetTrust, 0, Qt::AlignLeft);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_forgetComputer);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    // Both steps of a sign-in in one place, at the size of the larger: the window does not jump between them.
    m_pages->addWidget(credentials);
    m_pages->addWidget(m_secondFactor);
    (new QVBoxLayout(this))->addWidget(m_pages);

    connect(m_unseal, &QPushButton::clicked, this, &LoginDialog::unsealRequested);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signInRequested);
    connect(m_cancel, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_forgetTrust, &QPushButton::clicked, this, &LoginDialog::forgetTrustRequested);
    connect(m_forgetComputer, &QPushButton::clicked, this, &LoginDialog::forgetComputerRequested);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LoginDialog::onLanguageIndexChanged);
    retranslate();
}

QString LoginDialog::serverAddress() const
{
    return m_server->text().trimmed();
}

void LoginDialog::setServerAddress(const QString &address)
{
    m_server->setText(address);
}

QString LoginDialog::email() const
{
    return m_email->text().trimmed();
}

void LoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::clearPassword()
{
    m_password->clear();
}

void LoginDialog::setLanguage(const QString &code)
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_password),
          static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_forgetComputer)})
        widget->setEnabled(!busy);
    retranslate();
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::showInformation(const QString &message)
{
    m_error->setStyleSheet(QString());
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::clearError()
{
    m_error->clear();
    m_error->hide();
}

void LoginDialog::setForgetTrustVisible(bool visible)
{
    m_forgetTrust->setVisible(visible);
}

void LoginDialog::setKeychainOptionVisible(bool visible)
{
    m_keychain->setVisible(visible);
    if (!visible)
        m_keychain->setChecked(false);
}

bool LoginDialog::rememberKeyInKeychain() const
{
    return m_keychain->isVisibleTo(this) && m_keychain->isChecked();
}

void LoginDialog::showSecondFactorPage()
{
    m_secondFactor->reset();
    m_signIn->setDefault(false);
    m_secondFactor->verifyButton()->setDefault(true);
    m_pages->setCurrentWidget(m_secondFactor);
    m_secondFactor->setFocus(); // its code field
}

void LoginDialog::showCredentialsPage()
{
    m_secondFactor->reset();
    m_secondFactor->verifyButton()->setDefault(false);
    m_signIn->setDefault(true);
    m_pages->setCurrentIndex(0);
}

SecondFactorPage *LoginDialog::secondFactorPage() const
{
    return m_secondFactor;
}

void LoginDialog::setSealed(bool sealed)
{
    m_sealed->setVisible(sealed);
    m_unseal->setVisible(sealed);
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in to Regiekamer"));
    const auto setLabel = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_server, tr("&Server address:"));
    setLabel(m_email, tr("&E-mail address:"));
    setLabel(m_password, tr("&Password:"));
    setLabel(m_language, tr("&Language:"));
    m_server->setPlaceholderText(tr("https://server.example:8443"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_signIn->setText(m_busy ? tr("Signing in…") : tr("Sign in"));
    m_cancel->setText(tr("Quit"));
    m_forgetTrust->setText(tr("Forget trusted certificate"));
    m_keychain->setText(tr("Unlock offline data without typing the password (OS keychain)"));
    m_keychain->setToolTip(tr("Keeps the key of this account's offline data in the OS keychain. While the server "
                              "cannot be reached, sign in with an empty password to open the offline data. Anyone "
                              "who can use your unlocked computer account can then open it too."));
    m_forgetComputer->setText(tr("Forget this computer…"));
    m_forgetComputer->setToolTip(tr("Delete the offline data of all accounts on this computer"));
    m_sealed->setText(tr("The server is sealed: nobody can sign in until enough key custodians have unsealed it."));
    m_unseal->setText(tr("&Unseal…"));
    m_unseal->setToolTip(tr("For key custodians: give your share of the server's key"));
}

void LoginDialog::onLanguageIndexChanged(int index)
{
    Q_EMIT languageSelected(m_language->itemData(index).toString());
}

} // namespace regiekamer::ui
