// The desktop app's start-up check: like the server, the app runs the crypto self-test before its first window and
// stops when it fails, with a translated, actionable message (a message box on a screen, stderr without one) and
// the detail in the log. The failure is injected through StartupCheck; nothing in the app can switch the check off.
#include "dialogs/LoginDialog.h"
#include "shell/AppController.h"
#include "shell/StartupCheck.h"

#include <QApplication>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;
using ui::StartupCheck;

namespace {

const QString detail = u"AES-256-GCM known answer differs"_s;

Status brokenCrypto()
{
    return fail(u"crypto_self_test"_s, detail);
}

} // namespace

class TstGuiStartupCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void failingSelfTestStopsBeforeTheSignInWindow_data();
    void failingSelfTestStopsBeforeTheSignInWindow();
    void passingSelfTestOpensTheSignInWindow();
    void theRealSelfTestPasses();
    void messageBoxShowsTheMessage();

private:
    // Never destroyed: as in the other GUI tests, a key derivation may outlive the test object.
    QCA::Initializer *m_crypto = new QCA::Initializer;
};

void TstGuiStartupCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstGuiStartupCheck::failingSelfTestStopsBeforeTheSignInWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedStart");
    QTest::newRow("en") << u"en"_s << u"Regiekamer cannot start: the encryption on this computer failed"_s;
    QTest::newRow("nl") << u"nl"_s << u"Regiekamer kan niet starten: de versleuteling op deze computer"_s;
}

void TstGuiStartupCheck::failingSelfTestStopsBeforeTheSignInWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, expectedStart);
    AppController controller({QString(), language}, StartupCheck(brokenCrypto));

    // The detail goes to the log (for IT support), and the offscreen platform has no screen: stderr, no box.
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"crypto self-test failed.*"_s + detail));
    QVERIFY(!controller.start());
    QVERIFY(!controller.loginDialog()->isVisible());
    QVERIFY(!QApplication::activeModalWidget());

    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"crypto self-test failed.*"_s + detail));
    const Status checked = StartupCheck(brokenCrypto).run();
    QVERIFY(!checked);
    const QString message = checked.error().message;
    QVERIFY2(message.startsWith(expectedStart), qPrintable(message));
    QVERIFY2(message.contains(u"qca-ossl"_s), qPrintable(message)); // what to repair
    QVERIFY2(message.endsWith(detail), qPrintable(message));
}

void TstGuiStartupCheck::passingSelfTestOpensTheSignInWindow()
{
    AppController controller({QString(), u"en"_s}, StartupCheck([] { return Status(); }));
    QVERIFY(controller.start());
    QVERIFY(QTest::qWaitForWindowExposed(controller.loginDialog()));
}

void TstGuiStartupCheck::theRealSelfTestPasses()
{
    const Status checked = StartupCheck().run();
    QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
    AppController controller({QString(), u"en"_s});
    QVERIFY(controller.start());
}

void TstGuiStartupCheck::messageBoxShowsTheMessage()
{
    const QString message = u"Regiekamer cannot start: test"_s;
    QString shown;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"startupFailedMessage"_s)
            return;
        shown = box->text();
        box->close();
    });
    closer.start(20);
    StartupCheck::showMessageBox(message); // returns once closed
    QCOMPARE(shown, message);
}

QTEST_MAIN(TstGuiStartupCheck)
#include "tst_gui_startup_check.moc"
