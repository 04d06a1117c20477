#include "shell/UnsealFlow.h"

#include "dialogs/LoginDialog.h"
#include "dialogs/UnsealDialog.h"
#include "session/UnsealClient.h"

namespace regiekamer::ui {

UnsealFlow::UnsealFlow(client::SessionController *session, LoginDialog *login, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_login(login)
{
}

void UnsealFlow::open()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new UnsealDialog(m_login->serverAddress(), m_login);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &UnsealDialog::shareSubmitted, this, &UnsealFlow::submit);
    connect(m_dialog, &QDialog::rejected, this, &UnsealFlow::abandoned);
    m_dialog->open();
    m_session->unsealClient()->checkHealth(m_login->serverAddress(),
                                           [dialog = m_dialog](Result<client::SealState> state) {
                                               if (!dialog)
                                                   return;
                                               if (state)
                                                   dialog->showState(*state);
                                               else
                                                   dialog->showError(state.error().message);
                                           });
}

void UnsealFlow::submit(const QString &path, const QCA::SecureArray &passphrase)
{
    m_session->unsealClient()->submitShareFile(path, passphrase, [this](Result<client::SealState> state) {
        if (!m_dialog)
            return;
        if (!state)
            return m_dialog->showError(state.error().message);
        m_dialog->showState(*state);
        if (state->sealed)
            return;
        m_dialog->accept();
        Q_EMIT unsealed();
    });
}

UnsealDialog *UnsealFlow::dialog() const
{
    return m_dialog;
}

} // namespace regiekamer::ui
