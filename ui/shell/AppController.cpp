#include "shell/AppController.h"

#include "dialogs/EmailChangeDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/TrustCertificateDialog.h"
#include "net/ClientErrors.h"
#include "net/DomainClient.h"
#include "net/SecondFactorErrors.h"
#include "net/ServerAddress.h"
#include "net/TrustStore.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/PlainTextLabels.h"
#include "shell/SecondFactorFlow.h"
#include "shell/UnsealFlow.h"
#include "widgets/FocusFrameStyle.h"
#include "widgets/Messages.h"
#include "widgets/OfflineBanner.h"

#include <QApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

// Only the server address is remembered in the (plain) settings: no e-mail or other personal value.
constexpr auto lastServerKey = "login/server";
constexpr auto formerEmailKey = "login/email"; // written by older versions; removed at start

} // namespace

AppController::AppController(const Options &options, StartupCheck startupCheck, QObject *parent)
    : QObject(parent)
    , m_session(new client::SessionController(this))
    , m_languages(new client::LanguageManager(this))
    , m_login(new LoginDialog)
    , m_main(new MainWindow(m_session))
    , m_startupCheck(std::move(startupCheck))
    , m_secondFactor(new SecondFactorFlow(m_session, m_login, m_main, this))
    , m_unseal(new UnsealFlow(m_session, m_login, this))
{
    FocusFrameStyle::install(); // the style is the application's: a visible focus frame in every table
    qApp->installEventFilter(new PlainTextLabels(this)); // before any window is shown
    const QString language = client::LanguageManager::isSupported(options.language)
        ? options.language
        : m_languages->savedOrSystemLanguage();
    const Status languageSet = m_languages->setLanguage(language, false); // --language: this run only
    m_login->setLanguage(m_languages->currentLanguage());
    m_main->setLanguage(m_languages->currentLanguage());

    const auto settings = client::openSettings();
    QString server = options.serverAddress;
    if (server.isEmpty())
        server = settings->value(QLatin1StringView(lastServerKey)).toString();
    if (server.isEmpty())
        server = u"https://127.0.0.1:%1"_s.arg(client::defaultServerPort);
    m_login->setServerAddress(server);
    settings->remove(QLatin1StringView(formerEmailKey));
    // Hidden until the keychain check (off the main thread) says one is there.
    m_login->setKeychainOptionVisible(false);
    connect(m_session, &client::SessionController::keychainAvailabilityKnown, m_login,
            &LoginDialog::setKeychainOptionVisible);
    if (!languageSet)
        m_login->showError(languageSet.error().message);

    connect(m_login, &LoginDialog::signInRequested, this, &AppController::onSignInRequested);
    connect(m_login, &LoginDialog::languageSelected, this, &AppController::onLanguageSelected);
    connect(m_login, &LoginDialog::forgetTrustRequested, this, &AppController::onForgetTrust);
    connect(m_login, &LoginDialog::forgetComputerRequested, this, &AppController::onForgetComputerRequested);
    connect(m_login, &LoginDialog::rejected, this, &AppController::quitRequested);
    connect(m_main, &MainWindow::languageSelected, this, &AppController::onLanguageSelected);
    connect(m_main, &MainWindow::signOutRequested, this, &AppController::onSignOut);
    connect(m_main, &MainWindow::quitRequested, this, &AppController::onQuit);
    connect(m_main, &MainWindow::forgetComputerRequested, this, &AppController::onForgetComputerRequested);
    connect(m_main, &MainWindow::changeEmailRequested, this, &AppController::onChangeEmailRequested);
    connect(m_session, &client::SessionController::signInFailed, this, &AppController::onSignInFailed);
    connect(m_session, &client::SessionController::signedIn, this, &AppController::onSignedIn);
    connect(m_session, &client::SessionController::sessionEnded, this, &AppController::onSessionEnded);
    connect(m_session, &client::SessionController::certificateRefused, this, &AppController::onCertificateRefused);
    connect(m_session, &client::SessionController::connectionChanged, m_main, &MainWindow::showConnection);
    connect(m_session, &client::SessionController::serverLost, m_main->offlineBanner(), &OfflineBanner::showProblem);
    // While the connection is lost, a failed read is that loss: it goes to the same bar, not to a second one.
    connect(m_session, &client::SessionController::dataError, this, [this](const QString &message) {
        using Connection = client::SessionController::Connection;
        const auto connection = m_session->connection();
        if (connection == Connection::Reconnecting || connection == Connection::Offline)
            m_main->offlineBanner()->showProblem(message);
        else
            m_main->showNotice(message);
    });
    connect(m_session, &client::SessionController::cacheProblem, this, &AppController::onCacheProblem);
    connect(m_main, &MainWindow::secondFactorRequested, m_secondFactor, &SecondFactorFlow::openAccountDialog);
    connect(m_secondFactor, &SecondFactorFlow::signOutRequested, this, &AppController::onSignOut);
    connect(m_login, &LoginDialog::unsealRequested, m_unseal, &UnsealFlow::open);
    connect(m_unseal, &UnsealFlow::unsealed, this, &AppController::onUnsealed);
    connect(m_unseal, &UnsealFlow::abandoned, m_login, &LoginDialog::clearPassword);
}

AppController::~AppController()
{
    delete m_trustDialog;
    delete m_main;
    delete m_login;
}

bool AppController::start()
{
    if (const Status checked = m_startupCheck.run(); !checked) {
        StartupCheck::report(checked.error().message);
        return false;
    }
    m_login->show();
    return true;
}

void AppController::onSignInRequested()
{
    m_login->clearError();
    m_login->setForgetTrustVisible(false);
    m_login->setBusy(true);
    const auto settings = client::openSettings();
    settings->setValue(QLatin1StringView(lastServerKey), m_login->serverAddress());
    m_session->setRememberKeyInKeychain(m_login->rememberKeyInKeychain());
    m_session->signIn(m_login->serverAddress(), m_login->email(), m_login->password());
}

void AppController::onSignInFailed(const Error &error)
{
    const auto problem = m_session->certificateProblem();
    if (error.code == QLatin1StringView(client::errc::certificateUntrusted) && problem) {
        askToTrust(*problem); // keeps the password until the person decided
        return;
    }
    m_login->setSealed(error.code == QLatin1StringView(client::errc::sealed));
    if (error.code == QLatin1StringView(client::errc::sealed)) {
        m_login->setBusy(false); // the password stays for the sign-in once a custodian unsealed the server
        m_login->clearError(); // the sealed notice beside "Unseal…" says it
        return;
    }
    finishAttempt();
    m_login->showError(error.message);
    warnIfCertificateChanged(error);
}

// The event stream met another certificate than the one trusted at sign-in: reported as a sign-in refused for it.
void AppController::onCertificateRefused(const Error &error)
{
    returnToLogin(error.message);
    warnIfCertificateChanged(error);
}

void AppController::warnIfCertificateChanged(const Error &error)
{
    const auto problem = m_session->certificateProblem();
    if (error.code != QLatin1StringView(client::errc::certificateChanged) || !problem)
        return;
    m_login->setForgetTrustVisible(true);
    showCertificateChangedWarning(m_login, *problem);
}

void AppController::onSignedIn(const api::UserInfo &user)
{
    finishAttempt();
    m_login->setSealed(false);
    m_login->hide();
    m_main->showUser(user);
    m_main->show();
    m_secondFactor->afterSignIn();
}

void AppController::onUnsealed()
{
    m_login->setSealed(false);
    m_login->showInformation(tr("The server is unsealed."));
    if (!m_login->password().isEmpty())
        onSignInRequested();
}

void AppController::askToTrust(const client::CertificateProblem &problem)
{
    m_trustDialog = new TrustCertificateDialog(problem, m_login);
    m_trustDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_trustDialog, &QDialog::finished, this, &AppController::onTrustDecided);
    m_trustDialog->open();
}

void AppController::onTrustDecided(int result)
{
    if (result != QDialog::Accepted) {
        finishAttempt();
        m_login->showError(tr("The server was not trusted, so you were not signed in."));
        return;
    }
    if (const Status trusted = m_session->trustPresentedCertificate(); !trusted) {
        finishAttempt();
        m_login->showError(trusted.error().message);
        return;
    }
    m_session->signIn(m_login->serverAddress(), m_login->email(), m_login->password());
}

void AppController::onForgetTrust()
{
    const auto server = client::parseServerAddress(m_login->serverAddress());
    if (!server)
        return;
    client::TrustStore().forget(client::TrustStore::serverKey(*server));
    m_login->setForgetTrustVisible(false);
    m_login->showError(tr("The old certificate of %1 is forgotten. Sign in to check the new certificate's "
                          "fingerprint.")
                           .arg(client::TrustStore::serverKey(*server)));
}

void AppController::onForgetComputerRequested()
{
    QWidget *parent = m_main->isVisible() ? static_cast<QWidget *>(m_main) : static_cast<QWidget *>(m_login);
    QMessageBox *box = askToForgetThisComputer(parent);
    m_forgetDialog = box;
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            forgetThisComputer();
    });
}

// The change is asked for here and made only when the link mailed to the new address is used (docs/accounts.md).
void AppController::onChangeEmailRequested()
{
    if (m_emailDialog) {
        m_emailDialog->raise();
        return;
    }
    auto *dialog = new EmailChangeDialog(m_session->user().email, m_main);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_emailDialog = dialog;
    connect(dialog, &EmailChangeDialog::changeRequested, this, [this](const QString &email, const QString &password) {
        client::DomainClient(*m_session->api())
            .requestEmailChange(api::EmailChangeRequest {email, password}, [dialog = m_emailDialog](Status result) {
                if (dialog)
                    dialog->showResult(result);
            });
    });
    dialog->open();
}

void AppController::forgetThisComputer()
{
    const bool wasSignedIn = m_session->isSignedIn();
    const Status forgotten = m_session->forgetThisComputer(); // signs out first
    if (wasSignedIn)
        returnToLogin(QString());
    if (forgotten)
        m_login->showInformation(tr("The offline data of all accounts on this computer was deleted."));
    else
        m_login->showError(forgotten.error().message);
}

void AppController::onCacheProblem(const QString &message)
{
    if (m_main->isVisible())
        m_main->showNotice(message);
    else
        m_login->showError(message);
}

void AppController::onLanguageSelected(const QString &code)
{
    if (const Status changed = m_languages->setLanguage(code); !changed) {
        m_main->showNotice(changed.error().message);
        return;
    }
    m_login->setLanguage(code);
    m_main->setLanguage(code);
}

void AppController::onSessionEnded(const QString &message)
{
    returnToLogin(message);
}

void AppController::onSignOut()
{
    m_session->signOut();
    returnToLogin(QString());
}

void AppController::onQuit()
{
    m_session->signOut();
    Q_EMIT quitRequested();
}

void AppController::returnToLogin(const QString &message)
{
    m_main->hide();
    finishAttempt();
    if (message.isEmpty())
        m_login->clearError();
    else
        m_login->showError(message);
    m_login->show();
}

void AppController::finishAttempt()
{
    m_login->clearPassword();
    m_login->setBusy(false);
}

LoginDialog *AppController::loginDialog() const
{
    return m_login;
}

MainWindow *AppController::mainWindow() const
{
    return m_main;
}

TrustCertificateDialog *AppController::trustDialog() const
{
    return m_trustDialog;
}

QMessageBox *AppController::forgetComputerDialog() const
{
    return m_forgetDialog;
}

client::SessionController *AppController::session() const
{
    return m_session;
}

client::LanguageManager *AppController::languages() const
{
    return m_languages;
}

} // namespace regiekamer::ui
