#pragma once

#include "session/SessionController.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace regiekamer::ui {

class EnrolmentDialog;
class LoginDialog;
class SecondFactorDialog;
class SecurityKeyFlow;
class StepUpDialog;

// The desktop's side of the second factor (docs/accounts.md "Second factor"): the sign-in's code page, enrolment
// right after a sign-in the server limited to it, the account menu's dialog (set up, new recovery codes, remove)
// and the step-up prompt for any request answered 403 step_up_required (the request is sent again once).
class SecondFactorFlow : public QObject
{
    Q_OBJECT
public:
    SecondFactorFlow(client::SessionController *session, LoginDialog *login, QWidget *mainWindow,
                     QObject *parent = nullptr);

    // After signedIn: opens the enrolment when the server asks for one first.
    void afterSignIn();
    void openAccountDialog();

    EnrolmentDialog *enrolmentDialog() const; // while one is open
    StepUpDialog *stepUpDialog() const;
    SecondFactorDialog *accountDialog() const;
    SecurityKeyFlow *securityKeys() const { return m_keys; }

Q_SIGNALS:
    void signOutRequested(); // the enrolment the server requires was cancelled

private:
    void onSecondFactorRequired();
    void openEnrolment(bool required);
    void onEnrolmentFinished(int result, bool required);
    void askStepUp(std::function<void(bool)> confirmed);
    void finishStepUp(bool confirmed);
    void loadStatus();
    void requestNewRecoveryCodes();
    void confirmRemoval();

    client::SessionController *m_session;
    LoginDialog *m_login;
    QWidget *m_main;
    QPointer<EnrolmentDialog> m_enrolment;
    QPointer<StepUpDialog> m_stepUp;
    QPointer<SecondFactorDialog> m_account;
    QList<std::function<void(bool)>> m_waitingForStepUp;
    SecurityKeyFlow *m_keys;
};

} // namespace regiekamer::ui
