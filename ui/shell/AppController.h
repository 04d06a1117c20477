#pragma once

#include "base/Result.h"
#include "net/CertificateProblem.h"
#include "session/SessionController.h"
#include "settings/LanguageManager.h"
#include "shell/StartupCheck.h"

#include <QObject>
#include <QPointer>

class QMessageBox;

namespace regiekamer::ui {

class EmailChangeDialog;
class LoginDialog;
class MainWindow;
class SecondFactorFlow;
class UnsealFlow;
class TrustCertificateDialog;

// Wires the windows to the session: sign-in (with the certificate trust step), the role's main window,
// sign-out, session expiry, live language switching and "Forget this computer" (the offline data). The password
// stays in the login dialog's field only until the sign-in attempt it belongs to has finished, then the field is
// cleared. Only the server address is remembered in the settings; nothing personal.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString serverAddress; // prefill; empty: last used, else https://127.0.0.1:8443
        QString language; // "en"/"nl"; empty: saved choice, else system locale
    };

    explicit AppController(const Options &options, StartupCheck startupCheck = StartupCheck(),
                           QObject *parent = nullptr);
    ~AppController() override;

    // Runs the start-up check, then opens the sign-in window. False when the check failed: the person was told why
    // (StartupCheck::report) and the app must exit.
    bool start();

    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;
    TrustCertificateDialog *trustDialog() const; // while one is open
    QMessageBox *forgetComputerDialog() const; // the "Forget this computer" confirmation while it is open
    client::SessionController *session() const;
    client::LanguageManager *languages() const;
    SecondFactorFlow *secondFactorFlow() const { return m_secondFactor; }
    UnsealFlow *unsealFlow() const { return m_unseal; }

Q_SIGNALS:
    void quitRequested();

private:
    void onSignInRequested();
    void onSignInFailed(const Error &error);
    void onCertificateRefused(const Error &error);
    void warnIfCertificateChanged(const Error &error);
    void onSignedIn(const api::UserInfo &user);
    void askToTrust(const client::CertificateProblem &problem);
    void onTrustDecided(int result);
    void onForgetTrust();
    void onForgetComputerRequested();
    void onChangeEmailRequested();
    void forgetThisComputer();
    void onCacheProblem(const QString &message);
    void onLanguageSelected(const QString &code);
    void onSessionEnded(const QString &message);
    void onSignOut();
    void onQuit();
    void returnToLogin(const QString &message);
    void finishAttempt();
    void onUnsealed();

    client::SessionController *m_session;
    client::LanguageManager *m_languages;
    LoginDialog *m_login;
    MainWindow *m_main;
    QPointer<TrustCertificateDialog> m_trustDialog;
    QPointer<QMessageBox> m_forgetDialog;
    QPointer<EmailChangeDialog> m_emailDialog;
    StartupCheck m_startupCheck;
    SecondFactorFlow *m_secondFactor;
    UnsealFlow *m_unseal;
};

} // namespace regiekamer::ui
