#pragma once

#include "session/SessionController.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace regiekamer::client {
class SecurityKeyActions;
class SecurityKeyDevice;
class SecurityKeyListModel;
} // namespace regiekamer::client

namespace regiekamer::ui {

class SecondFactorDialog;
class SecondFactorPage;
class SecurityKeyTouchDialog;
class StepUpDialog;

// The desktop's side of the security keys (docs/security.md "Security keys"), next to SecondFactorFlow: "Use
// security key" on the sign-in's code page and in the step-up prompt (offered only where the account has keys and a
// key is plugged in), and adding and removing keys in the account menu's "Second factor" dialog. Every wait for the
// key's touch shows SecurityKeyTouchDialog, whose Cancel stops it; a key that asks for its PIN gets it asked for.
class SecurityKeyFlow : public QObject
{
    Q_OBJECT
public:
    SecurityKeyFlow(client::SessionController *session, QObject *parent = nullptr);
    ~SecurityKeyFlow() override;

    client::SecurityKeyListModel *model() const { return m_model; }
    SecurityKeyTouchDialog *touchDialog() const { return m_touch; }

    // The sign-in's code page: the offer follows the challenge; a key's answer completes the sign-in.
    void attachToLoginPage(SecondFactorPage *page);
    void offerOnLoginPage(SecondFactorPage *page);
    // The step-up prompt: accepted once the key confirmed it.
    void attachToStepUp(StepUpDialog *dialog);
    // The account dialog: its keys, add, remove; `changed` after either (the dialog reloads the factor's status).
    void attachToAccountDialog(SecondFactorDialog *dialog, std::function<void()> changed);

private:
    void signIn(SecondFactorPage *page, const QString &pin);
    void stepUp(StepUpDialog *dialog, const QString &pin);
    void addKey(SecondFactorDialog *dialog, const QString &name, const QString &pin, std::function<void()> changed);
    void removeKey(SecondFactorDialog *dialog, qint64 keyId, std::function<void()> changed);
    void loadKeys(SecondFactorDialog *dialog);
    // The touch dialog over `parent`, cancelling the key when its Cancel is pressed.
    SecurityKeyTouchDialog *showTouch(QWidget *parent);
    // Ends the touch dialog: closed on success (no message), kept with the message otherwise. Returns whether to ask
    // for the PIN and try again (the key asked for it).
    bool finishTouch(const Error *error);
    QString askPin(QWidget *parent);

    client::SessionController *m_session;
    client::SecurityKeyDevice *m_device;
    client::SecurityKeyActions *m_actions;
    client::SecurityKeyListModel *m_model;
    QPointer<SecurityKeyTouchDialog> m_touch;
};

} // namespace regiekamer::ui
