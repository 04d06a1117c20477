#include "shell/SecurityKeyFlow.h"

#include "base/ApiError.h"
#include "dialogs/EnrolmentDialog.h"
#include "dialogs/SecondFactorDialog.h"
#include "dialogs/SecondFactorPage.h"
#include "dialogs/SecurityKeyTouchDialog.h"
#include "dialogs/SecurityKeysSection.h"
#include "dialogs/StepUpDialog.h"
#include "models/SecurityKeyListModel.h"
#include "session/SecurityKeyActions.h"
#include "session/SecurityKeyDevice.h"
#include "widgets/Messages.h"

#include <QInputDialog>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

namespace keyErrc = client::securityKeyErrc;

SecurityKeyFlow::SecurityKeyFlow(client::SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_device(new client::SecurityKeyDevice(this))
    , m_actions(new client::SecurityKeyActions(session->api(), m_device, this))
    , m_model(new client::SecurityKeyListModel(this))
{
}

SecurityKeyFlow::~SecurityKeyFlow() = default;

SecurityKeyTouchDialog *SecurityKeyFlow::showTouch(QWidget *parent)
{
    if (m_touch)
        m_touch->deleteLater();
    m_touch = new SecurityKeyTouchDialog(parent);
    m_touch->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_touch, &QDialog::rejected, m_device, &client::SecurityKeyDevice::cancel);
    m_touch->open();
    return m_touch;
}

bool SecurityKeyFlow::finishTouch(const Error *error)
{
    if (!error) {
        if (m_touch)
            m_touch->accept();
        return false;
    }
    if (error->code == QLatin1StringView(keyErrc::pinRequired)) {
        if (m_touch)
            m_touch->accept();
        return true;
    }
    // Cancelled by the person: the dialog is closing already, nothing to say.
    if (m_touch && error->code != QLatin1StringView(keyErrc::cancelled))
        m_touch->showError(error->message);
    return false;
}

QString SecurityKeyFlow::askPin(QWidget *parent)
{
    return QInputDialog::getText(parent, tr("PIN of the security key"), tr("This security key asks for its &PIN:"),
                                 QLineEdit::Password);
}

void SecurityKeyFlow::attachToLoginPage(SecondFactorPage *page)
{
    connect(page, &SecondFactorPage::securityKeyRequested, this, [this, page] { signIn(page, QString()); });
    // The server's answer to the key's signature comes back like a code's: a refusal or signedIn.
    connect(m_session, &client::SessionController::secondFactorRefused, this, [this] { finishTouch(nullptr); });
}

void SecurityKeyFlow::offerOnLoginPage(SecondFactorPage *page)
{
    page->setSecurityKeyOffered(!m_session->challengeSecurityKeys().isEmpty() && client::SecurityKeyDevice::present());
}

void SecurityKeyFlow::signIn(SecondFactorPage *page, const QString &pin)
{
    showTouch(page->window());
    QPointer<SecondFactorPage> target(page);
    m_device->getAssertion(m_session->secondFactorChallenge(), api::securityKey::signIn,
                           m_session->challengeSecurityKeys(), pin,
                           [this, target](Result<api::SecurityKeyAssertion> assertion) {
                               if (!target)
                                   return;
                               if (!assertion) {
                                   if (finishTouch(&assertion.error()))
                                       signIn(target, askPin(target->window()));
                                   return;
                               }
                               finishTouch(nullptr);
                               target->setBusy(true);
                               m_session->answerSecondFactorWithKey(*assertion);
                           });
}

void SecurityKeyFlow::attachToStepUp(StepUpDialog *dialog)
{
    dialog->setSecurityKeyOffered(false);
    QPointer<StepUpDialog> target(dialog);
    connect(dialog, &StepUpDialog::securityKeyRequested, this, [this, target] {
        if (target)
            stepUp(target, QString());
    });
    if (!client::SecurityKeyDevice::present())
        return;
    m_session->secondFactor()->fetchStatus([target](Result<client::SecondFactorStatus> status) {
        if (target && status)
            target->setSecurityKeyOffered(status->securityKeys > 0);
    });
}

void SecurityKeyFlow::stepUp(StepUpDialog *dialog, const QString &pin)
{
    showTouch(dialog);
    QPointer<StepUpDialog> target(dialog);
    m_actions->stepUp(pin, [this, target](Result<QDateTime> until) {
        if (!target)
            return;
        if (until) {
            finishTouch(nullptr);
            target->accept();
            return;
        }
        const bool device = until.error().code.startsWith("security_key_"_L1) &&
            until.error().code != QLatin1StringView(api::errc::securityKeyCounter);
        if (device) {
            if (finishTouch(&until.error()))
                stepUp(target, askPin(target));
            return;
        }
        finishTouch(nullptr);
        target->showError(until.error().message);
    });
}

void SecurityKeyFlow::attachToAccountDialog(SecondFactorDialog *dialog, std::function<void()> changed)
{
    SecurityKeysSection *section = dialog->securityKeys();
    section->setKeyPresent(client::SecurityKeyDevice::present());
    QPointer<SecondFactorDialog> target(dialog);
    connect(section, &SecurityKeysSection::addRequested, this, [this, target, changed](const QString &name) {
        if (target)
            addKey(target, name, QString(), changed);
    });
    connect(section, &SecurityKeysSection::removeRequested, this, [this, target, changed](qint64 keyId) {
        if (target)
            removeKey(target, keyId, changed);
    });
    loadKeys(dialog);
}

void SecurityKeyFlow::loadKeys(SecondFactorDialog *dialog)
{
    QPointer<SecondFactorDialog> target(dialog);
    m_actions->list([this, target](Result<QList<api::SecurityKeyInfo>> keys) {
        if (keys)
            m_model->setKeys(*keys);
        else if (target)
            target->showMessage(keys.error().message);
    });
}

void SecurityKeyFlow::addKey(SecondFactorDialog *dialog, const QString &name, const QString &pin,
                             std::function<void()> changed)
{
    showTouch(dialog);
    QPointer<SecondFactorDialog> target(dialog);
    m_actions->addKey(name, pin, [this, target, name, changed](Result<client::RegisteredSecurityKey> added) {
        if (!target)
            return;
        if (!added) {
            if (added.error().code.startsWith("security_key_"_L1)) {
                if (finishTouch(&added.error()))
                    addKey(target, name, askPin(target), changed);
                return;
            }
            finishTouch(nullptr);
            target->showMessage(added.error().message);
            return;
        }
        finishTouch(nullptr);
        target->securityKeys()->clearNewKeyName();
        target->showMessage(tr("The security key \"%1\" was added.").arg(added->key.name));
        loadKeys(target);
        changed();
        if (!added->recoveryCodes.isEmpty()) {
            // The account's first factor: its recovery codes, shown once.
            auto *codes = new EnrolmentDialog(false, target);
            codes->setAttribute(Qt::WA_DeleteOnClose);
            codes->showRecoveryCodes(added->recoveryCodes);
            codes->open();
        }
    });
}

void SecurityKeyFlow::removeKey(SecondFactorDialog *dialog, qint64 keyId, std::function<void()> changed)
{
    const QString name = dialog->securityKeys()->selectedKeyName();
    const Confirmation question {u"removeSecurityKeyMessage"_s,
                                 tr("Remove the security key"),
                                 tr("The security key \"%1\" can no longer be used to sign in or to confirm "
                                    "actions.")
                                     .arg(name),
                                 tr("Remove the key"),
                                 u"removeSecurityKeyConfirmButton"_s,
                                 tr("Keep it")};
    QPointer<SecondFactorDialog> target(dialog);
    askToConfirm(dialog, question, [this, target, keyId, name, changed] {
        m_actions->remove(keyId, [this, target, name, changed](Status removed) {
            if (!target)
                return;
            target->showMessage(removed ? tr("The security key \"%1\" was removed.").arg(name)
                                        : removed.error().message);
            loadKeys(target);
            changed();
        });
    });
}

} // namespace regiekamer::ui
