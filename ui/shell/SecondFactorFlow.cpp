#include "shell/SecondFactorFlow.h"

#include "dialogs/EnrolmentDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/SecondFactorDialog.h"
#include "dialogs/SecondFactorPage.h"
#include "dialogs/StepUpDialog.h"
#include "net/SecondFactorErrors.h"
#include "session/SecondFactorActions.h"
#include "shell/SecurityKeyFlow.h"
#include "widgets/Messages.h"

#include <QApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

SecondFactorFlow::SecondFactorFlow(client::SessionController *session, LoginDialog *login, QWidget *mainWindow,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_login(login)
    , m_main(mainWindow)
    , m_keys(new SecurityKeyFlow(session, this))
{
    m_keys->attachToLoginPage(m_login->secondFactorPage());
    connect(m_session, &client::SessionController::secondFactorRequired, this,
            &SecondFactorFlow::onSecondFactorRequired);
    connect(m_session, &client::SessionController::secondFactorRefused, m_login->secondFactorPage(),
            [this](const Error &error) { m_login->secondFactorPage()->showError(error.message); });
    connect(m_session, &client::SessionController::signInFailed, m_login, &LoginDialog::showCredentialsPage);
    connect(m_session, &client::SessionController::signedIn, m_login, &LoginDialog::showCredentialsPage);
    connect(m_login->secondFactorPage(), &SecondFactorPage::codeSubmitted, m_session,
            &client::SessionController::answerSecondFactor);
    connect(m_login->secondFactorPage(), &SecondFactorPage::backRequested, this, [this] {
        m_session->signOut(); // drops the challenge
        m_login->showCredentialsPage();
        m_login->setBusy(false);
    });
    QPointer<SecondFactorFlow> self(this);
    m_session->api()->setStepUpHandler([self](std::function<void(bool)> confirmed) {
        if (self)
            self->askStepUp(std::move(confirmed));
        else
            confirmed(false);
    });
}

void SecondFactorFlow::onSecondFactorRequired()
{
    m_login->clearPassword(); // the session keeps what the offline data needs; the field is emptied now
    m_login->clearError();
    m_login->setBusy(false);
    m_keys->offerOnLoginPage(m_login->secondFactorPage());
    m_login->showSecondFactorPage();
}

void SecondFactorFlow::afterSignIn()
{
    if (m_session->enrolmentRequired())
        openEnrolment(true);
}

void SecondFactorFlow::openEnrolment(bool required)
{
    if (m_enrolment) {
        m_enrolment->raise();
        return;
    }
    m_enrolment = new EnrolmentDialog(required, m_main);
    m_enrolment->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<EnrolmentDialog> dialog = m_enrolment;
    connect(dialog, &QDialog::finished, this, [this, required](int result) { onEnrolmentFinished(result, required); });
    connect(dialog, &EnrolmentDialog::codeSubmitted, this, [this, dialog](const QString &code) {
        m_session->secondFactor()->confirmEnrolment(code, [dialog](Result<QStringList> codes) {
            if (!dialog)
                return;
            if (codes)
                dialog->showRecoveryCodes(*codes);
            else
                dialog->showError(codes.error().message);
        });
    });
    dialog->open();
    m_session->secondFactor()->startEnrolment([dialog](Result<client::TotpEnrolment> enrolment) {
        if (!dialog)
            return;
        if (enrolment)
            dialog->setEnrolment(*enrolment);
        else
            dialog->showError(enrolment.error().message);
    });
}

void SecondFactorFlow::onEnrolmentFinished(int result, bool required)
{
    if (required && result == QDialog::Accepted)
        m_session->finishEnrolment();
    else if (required)
        Q_EMIT signOutRequested();
    if (m_account)
        loadStatus();
}

void SecondFactorFlow::askStepUp(std::function<void(bool)> confirmed)
{
    m_waitingForStepUp.append(std::move(confirmed));
    if (m_stepUp) {
        m_stepUp->raise();
        return;
    }
    QWidget *parent = m_main->isVisible() ? m_main : static_cast<QWidget *>(m_login);
    if (QWidget *modal = QApplication::activeModalWidget())
        parent = modal;
    m_stepUp = new StepUpDialog(parent);
    m_stepUp->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_stepUp, &QDialog::finished, this, [this](int result) { finishStepUp(result == QDialog::Accepted); });
    connect(m_stepUp, &StepUpDialog::codeSubmitted, this, [this](const QString &code) {
        QPointer<StepUpDialog> dialog = m_stepUp;
        m_session->secondFactor()->stepUp(code, [dialog](Result<QDateTime> until) {
            if (!dialog)
                return;
            if (until)
                dialog->accept();
            else
                dialog->showError(until.error().message);
        });
    });
    m_keys->attachToStepUp(m_stepUp);
    m_stepUp->open();
}

void SecondFactorFlow::finishStepUp(bool confirmed)
{
    const auto waiting = std::exchange(m_waitingForStepUp, {});
    for (const auto &callback : waiting)
        callback(confirmed);
}

void SecondFactorFlow::openAccountDialog()
{
    if (m_account) {
        m_account->raise();
        return;
    }
    m_account = new SecondFactorDialog(m_keys->model(), m_main);
    m_account->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_account, &SecondFactorDialog::enrolRequested, this, [this] { openEnrolment(false); });
    connect(m_account, &SecondFactorDialog::newRecoveryCodesRequested, this,
            &SecondFactorFlow::requestNewRecoveryCodes);
    connect(m_account, &SecondFactorDialog::removeRequested, this, &SecondFactorFlow::confirmRemoval);
    m_keys->attachToAccountDialog(m_account, [this] { loadStatus(); });
    m_account->open();
    loadStatus();
}

void SecondFactorFlow::loadStatus()
{
    m_session->secondFactor()->fetchStatus([dialog = m_account](Result<client::SecondFactorStatus> status) {
        if (!dialog)
            return;
        if (status)
            dialog->showStatus(*status);
        else
            dialog->showMessage(status.error().message);
    });
}

void SecondFactorFlow::requestNewRecoveryCodes()
{
    const Confirmation question {u"newRecoveryCodesMessage"_s,
                                 tr("New recovery codes"),
                                 tr("Your current recovery codes stop working, and ten new ones are shown once."),
                                 tr("Make new codes"),
                                 u"newRecoveryCodesConfirmButton"_s,
                                 tr("Keep the current codes")};
    askToConfirm(m_account, question, [this] {
        m_session->secondFactor()->newRecoveryCodes([this](Result<QStringList> codes) {
            if (!codes) {
                if (m_account)
                    m_account->showMessage(codes.error().message);
                return;
            }
            auto *dialog = new EnrolmentDialog(false, m_account ? static_cast<QWidget *>(m_account) : m_main);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->showRecoveryCodes(*codes);
            connect(dialog, &QDialog::finished, this, [this] {
                if (m_account)
                    loadStatus();
            });
            dialog->open();
        });
    });
}

void SecondFactorFlow::confirmRemoval()
{
    const Confirmation question {u"removeSecondFactorMessage"_s,
                                 tr("Remove the second factor"),
                                 tr("Signing in then needs only your password, and your recovery codes stop working. "
                                    "If your role needs a second factor, you must set one up again at your next "
                                    "sign-in."),
                                 tr("Remove the second factor"),
                                 u"removeSecondFactorConfirmButton"_s,
                                 tr("Keep it")};
    askToConfirm(m_account, question, [this] {
        m_session->secondFactor()->remove([this](Status removed) {
            if (!m_account)
                return;
            m_account->showMessage(removed ? tr("The second factor was removed.") : removed.error().message);
            loadStatus();
        });
    });
}

EnrolmentDialog *SecondFactorFlow::enrolmentDialog() const
{
    return m_enrolment;
}

StepUpDialog *SecondFactorFlow::stepUpDialog() const
{
    return m_stepUp;
}

SecondFactorDialog *SecondFactorFlow::accountDialog() const
{
    return m_account;
}

} // namespace regiekamer::ui
