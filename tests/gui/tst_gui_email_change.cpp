// Drives "File > Change my e-mail address…" against the real server (its mail stays in the outbox: no --smtp): the
// dialog refuses an incomplete form without sending, keeps what was typed after a wrong password, and after a right
// one says where the link went. The address itself does not change before the link is used.
#include "ApiRequests.h"
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "dialogs/EmailChangeDialog.h"
#include "protocol/ApiPaths.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::timeoutMs;

namespace {

// The purposes of the mail waiting in the outbox, as the administrator sees them.
QStringList outboxPurposes(ApiRequests &api, const QString &adminToken)
{
    QStringList purposes;
    for (const QJsonValue &item : api.send("GET", api.url(QString::fromLatin1(api::path::outbox)), adminToken).items())
        purposes.append(item.toObject().value("purpose"_L1).toString());
    return purposes;
}

} // namespace

class TstGuiEmailChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void askForANewAddressFromTheFileMenu()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), server.lastOutput().constData());
        ApiRequests api;
        QVERIFY(api.connectTo(server));
        const auto admin = server.demoAccounts().value(Role::Admin);
        const QString adminToken = api.login(admin.email, admin.password);
        const auto director = server.demoAccounts().value(Role::Director);
        ui::AppController controller({QString(), u"en"_s});
        guitest::clearTrustStore();
        QVERIFY(guitest::signIn(controller, server, Role::Director));
        ui::MainWindow *window = controller.mainWindow();
        auto *action = window->findChild<QAction *>(u"changeEmailAction"_s);
        QVERIFY(action);
        QCOMPARE(action->text(), u"Change my &e-mail address…"_s);
        action->trigger();
        ui::EmailChangeDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ui::EmailChangeDialog *>(u"emailChangeDialog"_s)),
                                 timeoutMs);
        auto *email = child<QLineEdit>(dialog, u"newEmailEdit"_s);
        auto *password = child<QLineEdit>(dialog, u"emailChangePasswordEdit"_s);
        auto *message = child<QLabel>(dialog, u"emailChangeMessage"_s);
        QPushButton *send = child<QPushButton>(dialog, u"emailChangeSendButton"_s);

        QTest::keyClicks(email, u"not an address"_s);
        send->click(); // refused in the dialog: nothing sent
        QCOMPARE(message->text(), u"Type the new address, such as name@example.com."_s);
        email->clear();
        QTest::keyClicks(email, u"joost.nieuw@example.org"_s);
        QTest::keyClicks(password, u"not the password"_s);
        send->click();
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), u"The password is not correct. Nothing was changed."_s, timeoutMs);
        QCOMPARE(email->text(), u"joost.nieuw@example.org"_s); // kept
        QVERIFY(password->text().isEmpty() && password->isEnabled());
        QCOMPARE(outboxPurposes(api, adminToken), QStringList());

        QTest::keyClicks(password, director.password);
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(u"A link to confirm joost.nieuw@example.org was sent"_s),
                                 timeoutMs);
        QVERIFY(!dialog->findChild<QPushButton *>(u"emailChangeSendButton"_s));
        QPushButton *close = child<QPushButton>(dialog, u"emailChangeCloseButton"_s);
        QStringList purposes = outboxPurposes(api, adminToken);
        purposes.sort();
        QCOMPARE(purposes, (QStringList {u"email_change"_s, u"notice"_s}));
        const QString session = api.login(director.email, director.password);
        QCOMPARE(api.send("GET", api.url(QString::fromLatin1(api::path::me)), session).json().value("email"_L1),
                 director.email);
        close->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<ui::EmailChangeDialog *>(), timeoutMs);
        controller.session()->signOut();
    }

private:
    QCA::Initializer *m_crypto = new QCA::Initializer; // never destroyed, as in the other GUI tests
};

QTEST_MAIN(TstGuiEmailChange)
#include "tst_gui_email_change.moc"
