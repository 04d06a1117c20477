#include "GuiTestSupport.h"

#include "AppController.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ServerProcess.h"
#include "TrustCertificateDialog.h"
#include "TrustStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace guitest {

void clearTrustStore()
{
    regiekamer::client::TrustStore store;
    for (const QString &server : store.servers())
        store.forget(server);
}

QWidget *signIn(regiekamer::ui::AppController &controller, const ServerProcess &server, regiekamer::Role role,
                const QString &language)
{
    controller.start();
    regiekamer::ui::LoginDialog *login = controller.loginDialog();
    if (!QTest::qWaitForWindowExposed(login))
        return nullptr;
    if (language == u"nl"_s) {
        auto *combo = child<QComboBox>(login, u"languageCombo"_s);
        combo->setCurrentIndex(combo->findText(u"Nederlands"_s));
    }
    const auto account = server.demoAccounts().value(role);
    auto *address = child<QLineEdit>(login, u"serverEdit"_s);
    address->clear();
    QTest::keyClicks(address, server.baseUrl().toString());
    child<QLineEdit>(login, u"emailEdit"_s)->setText(account.email);
    QTest::keyClicks(child<QLineEdit>(login, u"passwordEdit"_s), account.password);
    QTest::mouseClick(child<QPushButton>(login, u"signInButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return controller.trustDialog() && controller.trustDialog()->isVisible(); }, timeoutMs))
        return nullptr;
    QTest::mouseClick(child<QPushButton>(controller.trustDialog(), u"trustButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return controller.mainWindow()->isVisible(); }, timeoutMs))
        return nullptr;
    return controller.mainWindow()->currentRoleView();
}

} // namespace guitest
