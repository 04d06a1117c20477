#pragma once

#include "session/SessionController.h"

#include <QObject>
#include <QPointer>

namespace regiekamer::ui {

class LoginDialog;
class UnsealDialog;

// A key custodian unsealing the server from the sign-in window: asks the server how far the unsealing is
// (GET /api/v1/health), opens the chosen share file with its passphrase and sends the share (UnsealClient), shows
// "r of k shares", and reports unsealed() once the server serves.
class UnsealFlow : public QObject
{
    Q_OBJECT
public:
    UnsealFlow(client::SessionController *session, LoginDialog *login, QObject *parent = nullptr);

    void open();
    UnsealDialog *dialog() const; // while it is open

Q_SIGNALS:
    void unsealed();
    void abandoned(); // closed while the server is still sealed

private:
    void submit(const QString &path, const QCA::SecureArray &passphrase);

    client::SessionController *m_session;
    LoginDialog *m_login;
    QPointer<UnsealDialog> m_dialog;
};

} // namespace regiekamer::ui
