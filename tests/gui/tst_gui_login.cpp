// Drives the real sign-in window against the real server (--demo), offscreen: trust on first use, the role's
// view with server data, English and Dutch, the refusal of an attendee (viewer) account, and the warning when the
// event stream meets another certificate than the one trusted.
#include "ServerProcess.h"
#include "TestPki.h"
#include "TlsImpostor.h"
#include "base/ApiError.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/TrustCertificateDialog.h"
#include "net/ApiClient.h"
#include "net/ClientErrors.h"
#include "net/ReplyGuard.h"
#include "net/TrustStore.h"
#include "protocol/ApiPaths.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "widgets/OfflineBanner.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

#include <memory>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;

namespace {

constexpr int timeoutMs = 20000;

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void clearTrustStore()
{
    client::TrustStore store;
    for (const QString &server : store.servers())
        store.forget(server);
}

QString viewName(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"adminView"_s;
    case Role::Director:
        return u"directorView"_s;
    case Role::Moderator:
        return u"moderatorView"_s;
    case Role::ClientStaff:
        return u"clientStaffView"_s;
    case Role::Viewer:
        break;
    }
    return {};
}

} // namespace

class TstGuiLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void signInShowsRoleView_data();
    void signInShowsRoleView();
    void viewerIsRefused();
    void declinedTrustDoesNotSignIn();
    void languageSwitchesLiveFromMenu();
    void revokedSessionReturnsToLogin();
    void changedStreamCertificateReturnsToLogin();
    void lostServerIsReportedWithoutCrash();
    void untrustedTextIsNeverMarkup();
    void cleanupTestCase();

private:
    void signIn(AppController &controller, Role role);
    void fillIn(ui::LoginDialog *dialog, const ServerProcess::DemoAccount &account);
    void trustWhenAsked(AppController &controller);

    // Never destroyed: the test object goes before the application object, while a key derivation of the offline
    // cache may still run on a worker thread and must be able to free its key.
    QCA::Initializer *m_crypto = new QCA::Initializer;
    ServerProcess m_server;
};

void TstGuiLogin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(!m_server.fingerprint().isEmpty());
}

void TstGuiLogin::init()
{
    clearTrustStore();
}

void TstGuiLogin::fillIn(ui::LoginDialog *dialog, const ServerProcess::DemoAccount &account)
{
    auto *server = child<QLineEdit>(dialog, u"serverEdit"_s);
    auto *email = child<QLineEdit>(dialog, u"emailEdit"_s);
    auto *password = child<QLineEdit>(dialog, u"passwordEdit"_s);
    QVERIFY(server && email && password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    server->clear();
    QTest::keyClicks(server, m_server.baseUrl().toString());
    email->clear();
    QTest::keyClicks(email, account.email);
    password->clear();
    QTest::keyClicks(password, account.password);
    QTest::mouseClick(child<QPushButton>(dialog, u"signInButton"_s), Qt::LeftButton);
}

void TstGuiLogin::trustWhenAsked(AppController &controller)
{
    QTRY_VERIFY_WITH_TIMEOUT(controller.trustDialog() && controller.trustDialog()->isVisible(), timeoutMs);
    ui::TrustCertificateDialog *dialog = controller.trustDialog();
    QCOMPARE(dialog->fingerprintText().replace(u'\n', u':'), m_server.fingerprint());
    QCOMPARE(child<QLabel>(dialog, u"serverLabel"_s)->text(), u"127.0.0.1:%1"_s.arg(m_server.port()));
    QTest::mouseClick(child<QPushButton>(dialog, u"trustButton"_s), Qt::LeftButton);
}

void TstGuiLogin::signInShowsRoleView_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("roleName");
    QTest::addColumn<QString>("signInText");
    QTest::addColumn<QString>("titleHeader");
    QTest::newRow("admin en") << Role::Admin << u"en"_s << u"Administrator"_s << u"Sign in"_s << u"Title"_s;
    QTest::newRow("director en") << Role::Director << u"en"_s << u"Director"_s << u"Sign in"_s << u"Title"_s;
    QTest::newRow("moderator en") << Role::Moderator << u"en"_s << u"Moderator"_s << u"Sign in"_s << u"Title"_s;
    QTest::newRow("client_staff en") << Role::ClientStaff << u"en"_s << u"Client staff"_s << u"Sign in"_s << u"Title"_s;
    QTest::newRow("admin nl") << Role::Admin << u"nl"_s << u"Beheerder"_s << u"Inloggen"_s << u"Titel"_s;
    QTest::newRow("director nl") << Role::Director << u"nl"_s << u"Regisseur"_s << u"Inloggen"_s << u"Titel"_s;
    QTest::newRow("moderator nl") << Role::Moderator << u"nl"_s << u"Moderator"_s << u"Inloggen"_s << u"Titel"_s;
    QTest::newRow("client_staff nl") << Role::ClientStaff << u"nl"_s << u"Medewerker klant"_s << u"Inloggen"_s
                                     << u"Titel"_s;
}

void TstGuiLogin::signInShowsRoleView()
{
    QFETCH(Role, role);
    QFETCH(QString, language);
    QFETCH(QString, roleName);
    QFETCH(QString, signInText);
    QFETCH(QString, titleHeader);
    const auto account = m_server.demoAccounts().value(role);
    QVERIFY(!account.email.isEmpty());

    AppController controller({QString(), u"en"_s});
    controller.start();
    ui::LoginDialog *login = controller.loginDialog();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    if (language == u"nl"_s) {
        auto *combo = child<QComboBox>(login, u"languageCombo"_s);
        combo->setCurrentIndex(combo->findText(u"Nederlands"_s));
        QCOMPARE(controller.languages()->currentLanguage(), u"nl"_s);
    }
    QTRY_COMPARE(child<QPushButton>(login, u"signInButton"_s)->text(), signInText);

    fillIn(login, account);
    trustWhenAsked(controller);

    ui::MainWindow *main = controller.mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(main->isVisible(), timeoutMs);
    QVERIFY(!login->isVisible());
    QVERIFY(child<QLineEdit>(login, u"passwordEdit"_s)->text().isEmpty()); // the password is not kept
    QWidget *view = main->currentRoleView();
    QVERIFY(view);
    QCOMPARE(view->objectName(), viewName(role));
    const api::UserInfo &user = controller.session()->user();
    QCOMPARE(user.role, role);
    QVERIFY(!user.displayName.isEmpty());
    QCOMPARE(child<QLabel>(main, u"userNameLabel"_s)->text(), user.displayName);
    QCOMPARE(child<QLabel>(main, u"userRoleLabel"_s)->text(), roleName);

    auto *table = child<QTableView>(view, u"webinarTable"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, timeoutMs);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), titleHeader);
    if (role == Role::Admin) {
        auto *staff = child<QTableView>(view, u"staffTable"_s);
        QVERIFY(staff);
        QTRY_VERIFY_WITH_TIMEOUT(staff->model()->rowCount() > 0, timeoutMs);
    }
    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->connection(), client::SessionController::Connection::Live,
                              timeoutMs);

    child<QAction>(main, u"signOutAction"_s)->trigger();
    QTRY_VERIFY(login->isVisible());
    QVERIFY(!main->isVisible());
    QVERIFY(!controller.session()->isSignedIn());
    QCOMPARE(controller.session()->webinars()->rowCount(), 0);
}

void TstGuiLogin::viewerIsRefused()
{
    if (!m_server.demoAccounts().contains(Role::Viewer))
        QSKIP("The demo data has no viewer account");
    AppController controller({QString(), u"en"_s});
    controller.start();
    ui::LoginDialog *login = controller.loginDialog();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    fillIn(login, m_server.demoAccounts().value(Role::Viewer));
    trustWhenAsked(controller);
    auto *error = child<QLabel>(login, u"errorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), timeoutMs);
    QCOMPARE(error->text(), client::errc::notForDesktopMessage());
    QVERIFY(!controller.mainWindow()->isVisible());
    QVERIFY(!controller.session()->isSignedIn());
    QVERIFY(child<QLineEdit>(login, u"passwordEdit"_s)->text().isEmpty());
}

void TstGuiLogin::declinedTrustDoesNotSignIn()
{
    AppController controller({QString(), u"en"_s});
    controller.start();
    ui::LoginDialog *login = controller.loginDialog();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    fillIn(login, m_server.demoAccounts().value(Role::Director));
    QTRY_VERIFY_WITH_TIMEOUT(controller.trustDialog() && controller.trustDialog()->isVisible(), timeoutMs);
    QTest::mouseClick(child<QPushButton>(controller.trustDialog(), u"cancelButton"_s), Qt::LeftButton);
    auto *error = child<QLabel>(login, u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!controller.session()->isSignedIn());
    QVERIFY(client::TrustStore().servers().isEmpty());
    QVERIFY(child<QLineEdit>(login, u"passwordEdit"_s)->text().isEmpty());
}

void TstGuiLogin::signIn(AppController &controller, Role role)
{
    controller.start();
    QVERIFY(QTest::qWaitForWindowExposed(controller.loginDialog()));
    fillIn(controller.loginDialog(), m_server.demoAccounts().value(role));
    trustWhenAsked(controller);
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->isVisible(), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->connection(), client::SessionController::Connection::Live,
                              timeoutMs);
}

void TstGuiLogin::languageSwitchesLiveFromMenu()
{
    AppController controller({QString(), u"en"_s});
    signIn(controller, Role::Director);
    ui::MainWindow *main = controller.mainWindow();
    auto *roleLabel = child<QLabel>(main, u"userRoleLabel"_s);
    QCOMPARE(roleLabel->text(), u"Director"_s);
    auto *table = child<QTableView>(main->currentRoleView(), u"webinarTable"_s);
    child<QAction>(main, u"languageAction_nl"_s)->trigger();
    QTRY_COMPARE(roleLabel->text(), u"Regisseur"_s);
    QTRY_COMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Titel"_s);
    QTRY_COMPARE(child<QLabel>(main, u"connectionLabel"_s)->text(), u"Live-updates verbonden"_s);
    child<QAction>(main, u"languageAction_en"_s)->trigger();
    QTRY_COMPARE(roleLabel->text(), u"Director"_s);
    QTRY_COMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Title"_s);
    child<QAction>(main, u"signOutAction"_s)->trigger();
}

void TstGuiLogin::revokedSessionReturnsToLogin()
{
    AppController controller({QString(), u"en"_s});
    signIn(controller, Role::Moderator);
    // The session ends on the server (here: deleted with the same token behind the app's back); the server closes
    // the event stream, the app finds its session gone and returns to the sign-in window with a message.
    QUrl url = m_server.baseUrl();
    url.setPath(QString::fromLatin1(api::path::session));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.deleteResource(controller.session()->api()->authorizedRequest(url));
    client::guardReply(*reply, controller.session()->api()->certificateCheck()); // accepted as the app accepts it
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), timeoutMs);
    reply->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(controller.loginDialog()->isVisible(), timeoutMs);
    QVERIFY(!controller.mainWindow()->isVisible());
    QCOMPARE(child<QLabel>(controller.loginDialog(), u"errorLabel"_s)->text(),
             api::describeApiError(QString::fromLatin1(api::errc::sessionExpired)));
    QVERIFY(!controller.session()->isSignedIn());
}

// Issue 13, finding 5: while the app is signed in, another host takes the server's address (here with another
// self-signed certificate) and the event stream reconnects to it. The app sends it nothing, returns to the sign-in
// window and shows the warning of a sign-in refused for a changed certificate, with both fingerprints.
void TstGuiLogin::changedStreamCertificateReturnsToLogin()
{
    QTemporaryDir dir;
    const auto pki = makePinningPki(dir.path());
    QVERIFY2(pki, qPrintable(pki ? QString() : pki.error().message));
    const QString presented =
        client::sha256Fingerprint(QSslCertificate::fromPath(pki->strangerCertificateFile).value(0));
    AppController controller({QString(), u"en"_s});
    signIn(controller, Role::Director);
    QCOMPARE(m_server.terminate(), 0);
    auto impostor = std::make_unique<TlsImpostor>();
    const auto serverBack = qScopeGuard([this, &impostor] {
        impostor.reset(); // frees the port
        QVERIFY2(m_server.start({u"--demo"_s}, m_server.port()), m_server.lastOutput().constData());
    });
    QVERIFY(impostor->listen(m_server.port(), pki->strangerCertificateFile, pki->strangerKeyFile));
    ui::LoginDialog *login = controller.loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(login->isVisible(), timeoutMs);
    QVERIFY(!controller.mainWindow()->isVisible());
    QVERIFY(!controller.session()->isSignedIn());
    QMessageBox *warning = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((warning = login->findChild<QMessageBox *>(u"certificateChangedMessage"_s)), timeoutMs);
    QVERIFY(warning->text().contains(client::groupedFingerprint(m_server.fingerprint())));
    QVERIFY(warning->text().contains(client::groupedFingerprint(presented)));
    QVERIFY(child<QPushButton>(login, u"forgetTrustButton"_s)->isVisible());
    QVERIFY(child<QLabel>(login, u"errorLabel"_s)->text().contains(presented));
    QVERIFY2(impostor->received().isEmpty(), "the impostor received a request");
    warning->close();
}

void TstGuiLogin::lostServerIsReportedWithoutCrash()
{
    AppController controller({QString(), u"en"_s});
    signIn(controller, Role::ClientStaff);
    ui::MainWindow *main = controller.mainWindow();
    // The event stream's state, in words that cannot be read as "live webinars".
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(main, u"connectionLabel"_s)->text(), u"Live updates connected"_s,
                              timeoutMs);
    QCOMPARE(m_server.terminate(), 0);
    // One bar for the loss: the offline banner says why, no second notice beside it.
    QTRY_VERIFY_WITH_TIMEOUT(!main->offlineBanner()->problem().isEmpty(), timeoutMs);
    QVERIFY(main->offlineBanner()->problem().contains(u"127.0.0.1:%1"_s.arg(m_server.port())));
    QVERIFY2(!child<QLabel>(main, u"noticeLabel"_s)->isVisible(),
             qPrintable(child<QLabel>(main, u"noticeLabel"_s)->text()));
    QCOMPARE(child<QLabel>(main, u"connectionLabel"_s)->text(), u"Connection lost, reconnecting…"_s);
    QVERIFY(main->isVisible()); // still usable: the view keeps the last data
    child<QAction>(main, u"signOutAction"_s)->trigger();
    QTRY_VERIFY(controller.loginDialog()->isVisible());
}

// Attack review finding 15: a certificate's subject (chosen by whoever made the certificate) drawn as rich text
// could dress up the trust prompt. Every label of the app shows plain text.
void TstGuiLogin::untrustedTextIsNeverMarkup()
{
    AppController controller({QString(), u"en"_s});
    client::CertificateProblem problem;
    problem.server = u"<a href=\"https://evil.example\">bank.example</a>"_s;
    problem.presented.subject = u"<b>Rabobank</b><br>Approved by your IT department"_s;
    problem.presented.fingerprint = u"AB:CD"_s;
    ui::TrustCertificateDialog dialog(problem);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(labels.size() >= 8);
    for (const QLabel *label : labels)
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    QCOMPARE(child<QLabel>(&dialog, u"subjectLabel"_s)->text(), problem.presented.subject);
    QCOMPARE(child<QLabel>(&dialog, u"serverLabel"_s)->text(), problem.server);
}

void TstGuiLogin::cleanupTestCase()
{
    m_server.terminate();
    clearTrustStore();
}

QTEST_MAIN(TstGuiLogin)
#include "tst_gui_login.moc"
