// The desktop app's offline mode against the real server (--demo), offscreen, in English and Dutch: a live session
// that loses the server shows a banner with the data's age, keeps its tables (searching still works) and disables
// every action that needs the server, with a tool tip saying why; it recovers by itself when the server is back.
// A sign-in while the server is down opens the encrypted offline data of an earlier online sign-in (a wrong password
// is refused with a clear message) and goes live by itself later. "Forget this computer" deletes the offline data,
// after which an offline sign-in says there is none. Without an OS keychain the sign-in window does not offer to
// keep the key there, and an empty password while the server is down says why.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "cache/CacheErrors.h"
#include "cache/KeychainStore.h"
#include "dialogs/LoginDialog.h"
#include "net/ClientErrors.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "widgets/OfflineBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;

namespace {

using guitest::child;
using guitest::timeoutMs;
using Connection = client::SessionController::Connection;

const QString rehearsalTitle = u"Valpreventie bij ouderen: wat werkt echt?"_s; // the demo director's
constexpr auto bannerContext = "regiekamer::ui::OfflineBanner";
constexpr auto gateContext = "regiekamer::ui::ReadOnlyGate";

// A text in the current language; in Dutch it must have a translation (not the English source).
QString shown(const char *context, const char *source, const QString &language)
{
    const QString text = QCoreApplication::translate(context, source);
    if (language == u"nl"_s && text == QString::fromUtf8(source))
        qWarning("no Dutch translation for \"%s\"", source);
    return text;
}

QString prefixOf(const QString &text)
{
    return text.section(u"%1"_s, 0, 0);
}

int rowWithText(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

// Every file below the app's cache directory (where the offline data lives).
QStringList cacheFiles()
{
    QStringList files;
    QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QString errorText(AppController &controller)
{
    auto *label = child<QLabel>(controller.loginDialog(), u"errorLabel"_s);
    return label->isVisible() ? label->text() : QString();
}

} // namespace

class TstGuiOffline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keychainOptionHiddenWithoutKeychain();
    void liveSessionLosesServer_data();
    void liveSessionLosesServer();
    void signInWhileServerDown_data();
    void signInWhileServerDown();
    void forgetThisComputer_data();
    void forgetThisComputer();
    void cleanupTestCase();

private:
    void languages();
    QTableView *openAttendees(QWidget *view);
    void submitSignIn(AppController &controller, const QString &password, const QString &language);
    void restartServer();
    void expectOfflineBanner(AppController &controller, const char *source, const QString &language);
    static QList<QPushButton *> writeActions(QWidget *view);
    // Whether each action is enabled, once no state changed for half a second (staff candidates and the webinar
    // detail load after the attendees).
    static QList<bool> settledStates(const QList<QPushButton *> &actions);
    static void expectReadOnly(const QList<QPushButton *> &actions, const QString &language);

    // Never destroyed: the test object goes before the application object, while a key derivation of the offline
    // cache may still run on a worker thread and must be able to free its key.
    QCA::Initializer *m_crypto = new QCA::Initializer;
    ServerProcess m_server;
    int m_port = 0;
};

void TstGuiOffline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/regiekamer-no-bus"); // no OS keychain here
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    m_port = m_server.port();
    guitest::clearTrustStore();
    QVERIFY(client::SessionController().forgetThisComputer());
}

// Without an OS keychain (no session bus here) the sign-in window does not offer to keep the key there.
void TstGuiOffline::keychainOptionHiddenWithoutKeychain()
{
    AppController controller({QString(), u"en"_s});
    QSignalSpy known(controller.session(), &client::SessionController::keychainAvailabilityKnown);
    controller.start();
    QVERIFY(QTest::qWaitForWindowExposed(controller.loginDialog()));
    QTRY_COMPARE(known.size(), 1);
    QCOMPARE(known.first().first().toBool(), false);
    QVERIFY(!child<QCheckBox>(controller.loginDialog(), u"keychainCheck"_s)->isVisible());
    QVERIFY(!controller.loginDialog()->rememberKeyInKeychain());
}

void TstGuiOffline::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("nl") << u"nl"_s;
}

// Opens the rehearsal webinar in the director's view and selects its first attendee; the attendee table, or
// nullptr when the rows did not come.
QTableView *TstGuiOffline::openAttendees(QWidget *view)
{
    auto *table = child<QTableView>(view, u"webinarTable"_s);
    const auto rowOf = [table] { return rowWithText(table->model(), client::WebinarListModel::Title, rehearsalTitle); };
    if (!table || !QTest::qWaitFor([&] { return rowOf() >= 0; }, timeoutMs))
        return nullptr;
    table->selectRow(rowOf());
    auto *title = child<QLabel>(view, u"webinarTitleLabel"_s);
    auto *attendees = child<QTableView>(view, u"attendeeTable"_s);
    if (!QTest::qWaitFor([&] { return title->text() == rehearsalTitle && attendees->model()->rowCount() > 1; },
                         timeoutMs))
        return nullptr;
    attendees->selectRow(0);
    return attendees;
}

// The director's actions that change data: approve, reject, change the state, assign a moderator.
QList<QPushButton *> TstGuiOffline::writeActions(QWidget *view)
{
    QList<QPushButton *> actions;
    for (const QString &name : {u"approveRegistrationButton"_s, u"rejectRegistrationButton"_s})
        actions << child<QPushButton>(view, name);
    QPushButton *nextState = nullptr; // the first step the webinar's state may take now
    for (QPushButton *button : view->findChildren<QPushButton *>()) {
        if (!nextState && button->objectName().startsWith(u"stateButton_"_s) && button->isVisible())
            nextState = button;
    }
    actions << nextState << child<QPushButton>(view, u"assignModeratorButton"_s);
    return actions;
}

QList<bool> TstGuiOffline::settledStates(const QList<QPushButton *> &actions)
{
    const auto states = [&actions] {
        QList<bool> enabled;
        for (QPushButton *action : actions)
            enabled << action->isEnabled();
        return enabled;
    };
    QList<bool> last = states();
    QElapsedTimer unchanged;
    unchanged.start();
    for (QElapsedTimer total; !total.isValid() || total.elapsed() < timeoutMs;) {
        if (!total.isValid())
            total.start();
        QTest::qWait(50);
        if (const QList<bool> now = states(); now != last) {
            last = now;
            unchanged.restart();
        } else if (unchanged.elapsed() >= 500) {
            break;
        }
    }
    return last;
}

void TstGuiOffline::expectReadOnly(const QList<QPushButton *> &actions, const QString &language)
{
    const QString reason = shown(gateContext, "Not available offline", language);
    for (QPushButton *action : actions) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QCOMPARE(action->toolTip(), reason);
    }
}

// Types the demo director's e-mail and `password` into the sign-in window and clicks "Sign in" (no waiting).
void TstGuiOffline::submitSignIn(AppController &controller, const QString &password, const QString &language)
{
    guitest::useCheapCache(controller);
    controller.start();
    ui::LoginDialog *login = controller.loginDialog();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    auto *combo = child<QComboBox>(login, u"languageCombo"_s);
    combo->setCurrentIndex(combo->findData(language));
    auto *address = child<QLineEdit>(login, u"serverEdit"_s);
    address->setText(m_server.baseUrl().toString());
    child<QLineEdit>(login, u"emailEdit"_s)->setText(m_server.demoAccounts().value(Role::Director).email);
    auto *passwordEdit = child<QLineEdit>(login, u"passwordEdit"_s);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(child<QPushButton>(login, u"signInButton"_s), Qt::LeftButton);
}

void TstGuiOffline::restartServer()
{
    QVERIFY2(m_server.start({u"--demo"_s}, m_port), m_server.lastOutput().constData()); // same data, same port
}

void TstGuiOffline::expectOfflineBanner(AppController &controller, const char *source, const QString &language)
{
    ui::OfflineBanner *banner = controller.mainWindow()->offlineBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), timeoutMs);
    const QString text = banner->text();
    QVERIFY2(text.startsWith(prefixOf(shown(bannerContext, source, language))), qPrintable(text));
    const QDateTime known = controller.session()->dataReceivedAt();
    const QDateTime received = known.isValid() ? known : QDateTime::currentDateTimeUtc(); // else: since it was live
    const QDateTime now = QDateTime::currentDateTimeUtc(); // the age, or a minute less at a minute's edge
    QVERIFY2(text.contains(ui::OfflineBanner::ageText(received, now)) ||
                 text.contains(ui::OfflineBanner::ageText(received, now.addSecs(-60))),
             qPrintable(text));
    if (language == u"nl"_s)
        QVERIFY2(!text.contains(u" old)"_s), qPrintable(text));
    QVERIFY2(text.contains(shown(bannerContext, "Read-only.", language)), qPrintable(text));
    if (known.isValid())
        QVERIFY2(text.contains(QLocale().toString(known.toLocalTime(), u"d MMM yyyy HH:mm"_s)), qPrintable(text));
    QVERIFY(child<QPushButton>(banner, u"retryNowButton"_s)->isVisible());
}

void TstGuiOffline::liveSessionLosesServer_data()
{
    languages();
}

// Signed in live (which also fills the offline data for the next test), the server stops: banner, same rows,
// searching works, write actions disabled with the reason; the server comes back: live, reloaded, enabled again.
void TstGuiOffline::liveSessionLosesServer()
{
    QFETCH(QString, language);
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::Director, language);
    QVERIFY(view);
    client::SessionController *session = controller.session();
    QTRY_COMPARE_WITH_TIMEOUT(session->connection(), Connection::Live, timeoutMs);
    auto *attendees = openAttendees(view);
    QVERIFY(attendees);
    const int rows = attendees->model()->rowCount();
    const QList<QPushButton *> actions = writeActions(view);
    const QList<bool> enabledBefore = settledStates(actions);
    QVERIFY(enabledBefore.contains(true));
    const QString applyToolTip = actions.at(2)->toolTip();

    QCOMPARE(m_server.terminate(), 0);
    expectOfflineBanner(controller, "Connection to the server lost — showing data from %1 (%2).", language);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(attendees->model()->rowCount(), rows);
    expectReadOnly(actions, language);
    if (QTest::currentTestFailed())
        return;
    auto *search = child<QLineEdit>(view, u"attendeeSearchEdit"_s);
    QVERIFY(search->isEnabled());
    search->setText(u"nobody-is-called-like-this"_s);
    QTRY_COMPARE(attendees->model()->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(attendees->model()->rowCount(), rows);

    restartServer();
    QSignalSpy reloaded(session->webinars(), &QAbstractItemModel::modelReset);
    ui::OfflineBanner *banner = controller.mainWindow()->offlineBanner();
    QTest::mouseClick(child<QPushButton>(banner, u"retryNowButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->connection(), Connection::Live, timeoutMs);
    QCOMPARE(banner->text(), shown(bannerContext, "Back online — data updated.", language));
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), timeoutMs);
    attendees->selectRow(0); // the reloaded row 0 may be another registration: approve or reject applies
    QTRY_VERIFY(actions.at(0)->isEnabled() || actions.at(1)->isEnabled());
    for (qsizetype i = 2; i < actions.size(); ++i) // the webinar's own actions are as before
        QTRY_COMPARE(actions.at(i)->isEnabled(), enabledBefore.at(i));
    QCOMPARE(actions.at(2)->toolTip(), applyToolTip);
    child<QAction>(controller.mainWindow(), u"signOutAction"_s)->trigger();
    QTRY_VERIFY(controller.loginDialog()->isVisible());
}

void TstGuiOffline::signInWhileServerDown_data()
{
    languages();
}

// The server is down at sign-in; the offline data of the previous test's online sign-in exists.
void TstGuiOffline::signInWhileServerDown()
{
    QFETCH(QString, language);
    QCOMPARE(m_server.terminate(), 0);
    AppController controller({QString(), u"en"_s});
    submitSignIn(controller, QString(), language); // an empty password: only a keychain could open the data
    QTRY_VERIFY_WITH_TIMEOUT(!errorText(controller).isEmpty(), timeoutMs);
    QCOMPARE(errorText(controller), client::KeychainStore::unavailableMessage());
    if (language == u"nl"_s)
        QVERIFY2(!errorText(controller).startsWith(u"No OS keychain"_s), qPrintable(errorText(controller)));
    submitSignIn(controller, u"not-the-password"_s, language);
    QTRY_VERIFY_WITH_TIMEOUT(!errorText(controller).isEmpty(), timeoutMs);
    QVERIFY(!controller.mainWindow()->isVisible());
    QCOMPARE(errorText(controller), client::cacheerrc::wrongPasswordMessage());
    if (language == u"nl"_s)
        QVERIFY2(!errorText(controller).startsWith(u"The password"_s), qPrintable(errorText(controller)));

    submitSignIn(controller, m_server.demoAccounts().value(Role::Director).password, language);
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->isVisible(), timeoutMs);
    client::SessionController *session = controller.session();
    QCOMPARE(session->connection(), Connection::Offline);
    expectOfflineBanner(controller, "Offline — showing data from %1 (%2).", language);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(child<QLabel>(controller.mainWindow(), u"connectionLabel"_s)->text(),
             shown("regiekamer::ui::MainWindow", "Offline, read-only", language));
    QWidget *view = controller.mainWindow()->currentRoleView();
    QVERIFY(openAttendees(view)); // the cached rows
    const QList<QPushButton *> actions = writeActions(view);
    expectReadOnly(actions, language);
    if (QTest::currentTestFailed())
        return;
    QPushButton *apply = actions.at(2);

    restartServer(); // no click: the app retries by itself (backoff 1, 2, 4 … s)
    QTRY_COMPARE_WITH_TIMEOUT(session->connection(), Connection::Live, 2 * timeoutMs);
    QCOMPARE(controller.mainWindow()->offlineBanner()->text(),
             shown(bannerContext, "Back online — data updated.", language));
    QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), timeoutMs);
    child<QAction>(controller.mainWindow(), u"signOutAction"_s)->trigger();
    QTRY_VERIFY(controller.loginDialog()->isVisible());
}

void TstGuiOffline::forgetThisComputer_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("fromMenu");
    QTest::newRow("en-menu") << u"en"_s << true;
    QTest::newRow("nl-sign-in-window") << u"nl"_s << false;
}

// Forgetting this computer (from the main window's menu, or from the sign-in window) deletes every offline file;
// a sign-in while the server is down then finds no offline data.
void TstGuiOffline::forgetThisComputer()
{
    QFETCH(QString, language);
    QFETCH(bool, fromMenu);
    AppController controller({QString(), u"en"_s});
    QVERIFY(guitest::signIn(controller, m_server, Role::Director, language));
    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->connection(), Connection::Live, timeoutMs);
    QVERIFY(!cacheFiles().isEmpty());
    if (fromMenu) {
        child<QAction>(controller.mainWindow(), u"forgetComputerAction"_s)->trigger();
    } else {
        child<QAction>(controller.mainWindow(), u"signOutAction"_s)->trigger();
        QTRY_VERIFY(controller.loginDialog()->isVisible());
        QTest::mouseClick(child<QPushButton>(controller.loginDialog(), u"forgetComputerButton"_s), Qt::LeftButton);
    }
    QTRY_VERIFY(controller.forgetComputerDialog() && controller.forgetComputerDialog()->isVisible());
    QMessageBox *confirm = controller.forgetComputerDialog();
    QCOMPARE(confirm->windowTitle(), shown("Messages", "Forget this computer", language));
    QTest::mouseClick(child<QPushButton>(confirm, u"forgetComputerConfirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(controller.loginDialog()->isVisible());
    QVERIFY(!controller.mainWindow()->isVisible());
    QCOMPARE(errorText(controller),
             shown("regiekamer::ui::AppController", "The offline data of all accounts on this computer was deleted.",
                   language));
    QCOMPARE(cacheFiles(), QStringList());

    QCOMPARE(m_server.terminate(), 0);
    submitSignIn(controller, m_server.demoAccounts().value(Role::Director).password, language);
    QTRY_VERIFY_WITH_TIMEOUT(!errorText(controller).isEmpty(), timeoutMs);
    QVERIFY(!controller.mainWindow()->isVisible());
    QCOMPARE(errorText(controller),
             client::cacheerrc::noOfflineDataMessage(client::errc::unreachableMessage(m_server.baseUrl())));
    restartServer();
}

void TstGuiOffline::cleanupTestCase()
{
    m_server.terminate();
    guitest::clearTrustStore();
}

QTEST_MAIN(TstGuiOffline)
#include "tst_gui_offline.moc"
