// The desktop's second factor against the real server (docs/accounts.md "Second factor"), in English and Dutch:
// enrolment right after a sign-in the server limited to it (QR code, the key in groups of four, a wrong and then the
// right first code, the ten recovery codes shown once and kept until "I have stored them"), the sign-in's code page
// (a wrong code is named and nothing lands in the password field; the right one signs in), and a step-up asked for
// by a request the server answered 403 step_up_required, confirmed with a recovery code and sent again.
#include "ApiRequests.h"
#include "GuiTestSupport.h"
#include "SecondFactorCodes.h"
#include "SecondFactorSignIn.h"
#include "ServerProcess.h"
#include "dialogs/EmailChangeDialog.h"
#include "dialogs/EnrolmentDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/SecondFactorDialog.h"
#include "dialogs/SecondFactorPage.h"
#include "dialogs/StepUpDialog.h"
#include "dialogs/TrustCertificateDialog.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/SecondFactorFlow.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::timeoutMs;
using Connection = client::SessionController::Connection;

class TstGuiSecondFactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // RFC 6238 appendix B (SHA-1, T = 59 s): 94287082, of which the last six digits.
        QCOMPARE(guitest::totp::code(u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s, 0, QDateTime::fromSecsSinceEpoch(59)),
                 u"287082"_s);
    }

    void enrolAtTheFirstSignIn_data() { languages(); }
    void enrolAtTheFirstSignIn()
    {
        QFETCH(QString, language);
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s, u"--mfa-roles"_s, u"director"_s}), server.lastOutput().constData());
        ui::AppController controller({QString(), u"en"_s});
        guitest::clearTrustStore();
        QVERIFY(guitest::signIn(controller, server, Role::Director, language));
        ui::EnrolmentDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = controller.secondFactorFlow()->enrolmentDialog()) && dialog->isVisible(),
                                 timeoutMs);
        QVERIFY(controller.session()->enrolmentRequired());
        QCOMPARE(controller.session()->connection(), Connection::Connecting); // nothing loaded before enrolment
        guitest::expectText(dialog->windowTitle(), "regiekamer::ui::EnrolmentDialog", "Set up your second factor",
                            u"Tweede factor instellen"_s, language);
        QVERIFY(!QTest::currentTestFailed());
        auto *secretLabel = child<QLabel>(dialog, u"secretLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!secretLabel->text().isEmpty(), timeoutMs);
        const QStringList groups = secretLabel->text().split(u' ');
        QVERIFY(groups.size() >= 4);
        for (qsizetype i = 0; i + 1 < groups.size(); ++i)
            QCOMPARE(groups.at(i).size(), 4);
        const QString secret = groups.join(QString());

        // The QR code: square, a white quiet zone of four modules, the finder pattern's dark corner after it.
        const QImage qr = child<QLabel>(dialog, u"qrCodeLabel"_s)->pixmap().toImage();
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        QCOMPARE(qr.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(qr.pixelColor(4 * 4 - 1, 4 * 4 - 1), QColor(Qt::white));
        QCOMPARE(qr.pixelColor(4 * 4, 4 * 4), QColor(Qt::black));
        QCOMPARE(qr.pixelColor(4 * 4 + 3, 4 * 4 + 3), QColor(Qt::black)); // a module is 4 × 4 crisp pixels

        guitest::snapshot(dialog, u"enrolment"_s, language);
        guitest::totp::awaitStepWithRemaining(8);
        auto *code = child<QLineEdit>(dialog, u"enrolmentCodeEdit"_s);
        auto *confirm = child<QPushButton>(dialog, u"confirmEnrolmentButton"_s);
        auto *error = child<QLabel>(dialog, u"enrolmentErrorLabel"_s);
        QTest::keyClicks(code, guitest::totp::wrongCode(secret));
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), timeoutMs);
        guitest::expectText(error->text(), "ApiError", "The code is not correct. Type the code your app shows now.",
                            u"De code klopt niet. Typ de code die je app nu toont."_s, language);
        QVERIFY(!QTest::currentTestFailed());
        code->clear();
        QTest::keyClicks(code, guitest::totp::code(secret));
        confirm->click();
        auto *codes = child<QPlainTextEdit>(dialog, u"recoveryCodesText"_s);
        QTRY_VERIFY_WITH_TIMEOUT(codes->isVisible(), timeoutMs);
        const QStringList recovery = codes->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(recovery.size(), 10);
        guitest::snapshot(dialog, u"recovery-codes"_s, language);
        for (const QString &line : recovery)
            QVERIFY2(QRegularExpression(u"^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$"_s).match(line).hasMatch(),
                     qPrintable(line));
        QVERIFY(secretLabel->text().isEmpty()); // the secret is gone from the window
        auto *close = child<QPushButton>(dialog, u"closeRecoveryCodesButton"_s);
        QVERIFY(!close->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape); // shown once: not closed before "I have stored them"
        QVERIFY(dialog->isVisible());
        child<QCheckBox>(dialog, u"recoveryCodesStoredCheck"_s)->click();
        QVERIFY(close->isEnabled());
        close->click();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.secondFactorFlow()->enrolmentDialog(), timeoutMs);
        QVERIFY(!controller.session()->enrolmentRequired());
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->connection(), Connection::Live, timeoutMs);
        controller.session()->signOut();
    }

    void signInWithACodeAndStepUp_data() { languages(); }
    void signInWithACodeAndStepUp()
    {
        QFETCH(QString, language);
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s, u"--mfa-roles"_s, u"director"_s, u"--mfa-step-up-seconds"_s, u"2"_s}),
                 server.lastOutput().constData());
        ApiRequests api;
        QVERIFY(api.connectTo(server));
        const auto director = server.demoAccounts().value(Role::Director);
        QStringList recoveryCodes;
        const QString secret = guitest::totp::enrol(api, director, &recoveryCodes);
        QCOMPARE(recoveryCodes.size(), 10);

        ui::AppController controller({QString(), u"en"_s});
        guitest::clearTrustStore();
        guitest::totp::awaitStepWithRemaining(10);
        QVERIFY(guitest::startSignInPastPassword(controller, server, director, language));
        ui::LoginDialog *login = controller.loginDialog();
        ui::SecondFactorPage *page = login->secondFactorPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), timeoutMs);
        auto *password = child<QLineEdit>(login, u"passwordEdit"_s);
        QVERIFY(password->text().isEmpty()); // the password left the window; the session holds what it needs
        auto *code = child<QLineEdit>(page, u"secondFactorCodeEdit"_s);
        auto *error = child<QLabel>(page, u"secondFactorErrorLabel"_s);
        QVERIFY(code->hasFocus() || !login->isActiveWindow());
        QTest::keyClicks(code, guitest::totp::wrongCode(secret));
        QTest::mouseClick(child<QPushButton>(page, u"verifyCodeButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), timeoutMs);
        guitest::expectText(error->text(), "ApiError", "The code is not correct. Type the code your app shows now.",
                            u"De code klopt niet. Typ de code die je app nu toont."_s, language);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(page->isVisible());
        guitest::snapshot(page, u"sign-in-code"_s, language);
        QVERIFY(password->text().isEmpty()); // what was typed stays out of the password field
        QVERIFY(!controller.mainWindow()->isVisible());
        code->clear();
        QTest::keyClicks(code, guitest::totp::code(secret));
        QTest::mouseClick(child<QPushButton>(page, u"verifyCodeButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->isVisible(), timeoutMs);
        QVERIFY(!login->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->connection(), Connection::Live, timeoutMs);

        // The sign-in's code counted as a step-up for two seconds (--mfa-step-up-seconds 2); after that the e-mail
        // change asks for a code again: a recovery code, and the request goes through without being sent again by
        // hand.
        QTest::qWait(2500);
        controller.mainWindow()->findChild<QAction *>(u"changeEmailAction"_s)->trigger();
        ui::EmailChangeDialog *emailDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (emailDialog = controller.mainWindow()->findChild<ui::EmailChangeDialog *>(u"emailChangeDialog"_s)),
            timeoutMs);
        QTest::keyClicks(child<QLineEdit>(emailDialog, u"newEmailEdit"_s), u"joost.nieuw@example.org"_s);
        QTest::keyClicks(child<QLineEdit>(emailDialog, u"emailChangePasswordEdit"_s), director.password);
        child<QPushButton>(emailDialog, u"emailChangeSendButton"_s)->click();
        ui::StepUpDialog *stepUp = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((stepUp = controller.secondFactorFlow()->stepUpDialog()) && stepUp->isVisible(),
                                 timeoutMs);
        guitest::expectText(stepUp->windowTitle(), "regiekamer::ui::StepUpDialog", "Confirm with your second factor",
                            u"Bevestigen met je tweede factor"_s, language);
        QVERIFY(!QTest::currentTestFailed());
        QTest::keyClicks(child<QLineEdit>(stepUp, u"stepUpCodeEdit"_s), recoveryCodes.first());
        child<QPushButton>(stepUp, u"stepUpConfirmButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.secondFactorFlow()->stepUpDialog(), timeoutMs);
        auto *message = child<QLabel>(emailDialog, u"emailChangeMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"joost.nieuw@example.org"_s), timeoutMs);
        emailDialog->close();

        // File › Second factor…: the state with the recovery codes left (one was used above); Remove asks first,
        // and keeping it changes nothing.
        auto *action = controller.mainWindow()->findChild<QAction *>(u"secondFactorAction"_s);
        QVERIFY(action);
        action->trigger();
        ui::SecondFactorDialog *account = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((account = controller.secondFactorFlow()->accountDialog()), timeoutMs);
        auto *status = child<QLabel>(account, u"secondFactorStatusLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                                  QCoreApplication::translate("regiekamer::ui::SecondFactorDialog",
                                                              "An authenticator app is set up for your account. "
                                                              "Recovery codes left: %n.",
                                                              nullptr, 9),
                                  timeoutMs);
        QVERIFY(status->text().contains(u"9"_s));
        QVERIFY(!child<QPushButton>(account, u"enrolSecondFactorButton"_s)->isEnabled()); // remove the first
        child<QPushButton>(account, u"removeSecondFactorButton"_s)->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = account->findChild<QMessageBox *>(u"removeSecondFactorMessage"_s)),
                                 timeoutMs);
        QTest::keyClick(question, Qt::Key_Escape); // keeps it
        QTRY_VERIFY_WITH_TIMEOUT(!account->findChild<QMessageBox *>(u"removeSecondFactorMessage"_s), timeoutMs);
        QVERIFY(child<QPushButton>(account, u"removeSecondFactorButton"_s)->isEnabled());
        account->accept();
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

QTEST_MAIN(TstGuiSecondFactor)
#include "tst_gui_second_factor.moc"
