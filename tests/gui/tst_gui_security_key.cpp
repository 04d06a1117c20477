// FIDO2 security keys in the desktop app against the real server (docs/security.md "Security keys"), in English and
// Dutch, with the tests' software authenticator behind SecurityKeyDevice (tests/support/SoftAuthenticator): File ›
// Second factor… adds a named key ("Touch your security key" with a busy indicator while the key waits), the
// sign-in's code page offers "Use security key" and signs in with it, and the step-up prompt confirms with it.
#include "ApiRequests.h"
#include "GuiTestSupport.h"
#include "SecondFactorCodes.h"
#include "SecondFactorSignIn.h"
#include "ServerProcess.h"
#include "SoftAuthenticator.h"
#include "dialogs/EmailChangeDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/SecondFactorDialog.h"
#include "dialogs/SecondFactorPage.h"
#include "dialogs/SecurityKeyTouchDialog.h"
#include "dialogs/StepUpDialog.h"
#include "dialogs/TrustCertificateDialog.h"
#include "session/SecurityKeyDevice.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/SecondFactorFlow.h"
#include "shell/SecurityKeyFlow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::timeoutMs;

class TstGuiSecurityKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void cleanup() { client::SecurityKeyDevice::useTransport(std::nullopt); }

    void noKeyNoOffer()
    {
        // This machine has no FIDO hardware: without the seam nothing is found and nothing is offered.
        client::SecurityKeyDevice::useTransport(std::nullopt);
        QVERIFY(!client::SecurityKeyDevice::present());
    }

    void addAKeySignInAndStepUpWithIt_data() { languages(); }
    void addAKeySignInAndStepUpWithIt()
    {
        QFETCH(QString, language);
        SoftAuthenticator key;
        key.touchMilliseconds = 700; // long enough to see the touch dialog
        client::SecurityKeyDevice::useTransport(
            client::SecurityKeyTransport {SoftAuthenticator::io(), SoftAuthenticator::transport(), key.path()});
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s, u"--mfa-roles"_s, u"director"_s, u"--mfa-step-up-seconds"_s, u"3"_s}),
                 server.lastOutput().constData());
        ApiRequests api;
        QVERIFY(api.connectTo(server));
        const auto director = server.demoAccounts().value(Role::Director);
        const QString secret = guitest::totp::enrol(api, director);

        // Signed in with the code (no key yet: not offered).
        ui::AppController controller({QString(), u"en"_s});
        guitest::clearTrustStore();
        guitest::totp::awaitStepWithRemaining(10);
        QVERIFY(guitest::startSignInPastPassword(controller, server, director, language));
        ui::SecondFactorPage *page = controller.loginDialog()->secondFactorPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), timeoutMs);
        auto *useKey = child<QPushButton>(page, u"useSecurityKeyButton"_s);
        QVERIFY(!useKey->isVisible());
        QTest::keyClicks(child<QLineEdit>(page, u"secondFactorCodeEdit"_s), guitest::totp::code(secret));
        QTest::mouseClick(child<QPushButton>(page, u"verifyCodeButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->isVisible(), timeoutMs);

        // File › Second factor…: name the key, add it, touch it.
        controller.mainWindow()->findChild<QAction *>(u"secondFactorAction"_s)->trigger();
        ui::SecondFactorDialog *account = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((account = controller.secondFactorFlow()->accountDialog()), timeoutMs);
        auto *add = child<QPushButton>(account, u"addSecurityKeyButton"_s);
        auto *list = child<QListView>(account, u"securityKeyList"_s);
        QVERIFY(!add->isEnabled()); // a name first
        QVERIFY(!list->accessibleName().isEmpty());
        QTest::keyClicks(child<QLineEdit>(account, u"securityKeyNameEdit"_s), u"Blauwe sleutel"_s);
        QVERIFY(add->isEnabled());
        guitest::expectText(add->text(), "regiekamer::ui::SecurityKeysSection", "&Add security key…",
                            u"&Beveiligingssleutel toevoegen…"_s, language);
        QVERIFY(!QTest::currentTestFailed());
        add->click();
        ui::SecurityKeyTouchDialog *touch = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (touch = controller.secondFactorFlow()->securityKeys()->touchDialog()) && touch->isVisible(), timeoutMs);
        guitest::expectText(child<QLabel>(touch, u"securityKeyTouchLabel"_s)->text(),
                            "regiekamer::ui::SecurityKeyTouchDialog",
                            "Touch your security key. It may blink while it waits.",
                            u"Raak je beveiligingssleutel aan. Hij knippert misschien terwijl hij wacht."_s, language);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(child<QProgressBar>(touch, u"securityKeyBusyIndicator"_s)->maximum(), 0); // busy
        guitest::snapshot(touch, u"security-key-touch"_s, language);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, timeoutMs);
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"Blauwe sleutel"_s);
        QCOMPARE(key.credentialCount(), 1);
        guitest::snapshot(account, u"security-keys"_s, language);
        account->accept();
        controller.session()->signOut();

        // Signing in again: the code page offers the key, and the key signs in.
        QVERIFY(guitest::startSignInPastPassword(controller, server, director, language));
        QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(useKey->isVisible(), timeoutMs);
        guitest::expectText(useKey->text(), "regiekamer::ui::SecondFactorPage", "Use &security key",
                            u"&Beveiligingssleutel gebruiken"_s, language);
        QVERIFY(!QTest::currentTestFailed());
        guitest::snapshot(page, u"sign-in-security-key"_s, language);
        QTest::mouseClick(useKey, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loginDialog()->isVisible(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->isVisible(), timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->connection(), client::SessionController::Connection::Live,
                                  timeoutMs);

        // The step-up prompt offers the key too (the sign-in's step-up has ended); it confirms the e-mail change.
        QTest::qWait(4000);
        controller.mainWindow()->findChild<QAction *>(u"changeEmailAction"_s)->trigger();
        ui::EmailChangeDialog *emailDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (emailDialog = controller.mainWindow()->findChild<ui::EmailChangeDialog *>(u"emailChangeDialog"_s)),
            timeoutMs);
        QTest::keyClicks(child<QLineEdit>(emailDialog, u"newEmailEdit"_s), u"joost.sleutel@example.org"_s);
        QTest::keyClicks(child<QLineEdit>(emailDialog, u"emailChangePasswordEdit"_s), director.password);
        child<QPushButton>(emailDialog, u"emailChangeSendButton"_s)->click();
        ui::StepUpDialog *stepUp = nullptr;
        auto *message = child<QLabel>(emailDialog, u"emailChangeMessage"_s);
        QTRY_VERIFY2_WITH_TIMEOUT((stepUp = controller.secondFactorFlow()->stepUpDialog()) && stepUp->isVisible(),
                                  qPrintable(message->text()), timeoutMs);
        auto *stepUpKey = child<QPushButton>(stepUp, u"stepUpSecurityKeyButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(stepUpKey->isVisible(), timeoutMs);
        guitest::snapshot(stepUp, u"step-up-security-key"_s, language);
        stepUpKey->click();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.secondFactorFlow()->stepUpDialog(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"joost.sleutel@example.org"_s), timeoutMs);
        emailDialog->close();
        controller.session()->signOut();
    }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("nl") << u"nl"_s;
    }

    QCA::Initializer *m_crypto = new QCA::Initializer; // never destroyed, as in the other GUI tests
};

QTEST_MAIN(TstGuiSecurityKey)
#include "tst_gui_security_key.moc"
