#include "GuiTestSupport.h"

#include "ServerProcess.h"
#include "cache/ClientCache.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/TrustCertificateDialog.h"
#include "net/TrustStore.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace guitest {

void clearTrustStore()
{
    regiekamer::client::TrustStore store;
    for (const QString &server : store.servers())
        store.forget(server);
}

void useCheapCache(regiekamer::ui::AppController &controller)
{
    controller.session()->setCacheConfig(
        regiekamer::client::CacheConfig {QString(), regiekamer::crypto::Argon2Parameters {8192, 1, 1}});
}

QWidget *signIn(regiekamer::ui::AppController &controller, const ServerProcess &server, regiekamer::Role role,
                const QString &language)
{
    return signIn(controller, server, server.demoAccounts().value(role), language);
}

bool startSignIn(regiekamer::ui::AppController &controller, const ServerProcess &server,
                 const ServerProcess::DemoAccount &account, const QString &language)
{
    useCheapCache(controller);
    controller.start();
    regiekamer::ui::LoginDialog *login = controller.loginDialog();
    if (!QTest::qWaitForWindowExposed(login))
        return false;
    if (language == u"nl"_s) {
        auto *combo = child<QComboBox>(login, u"languageCombo"_s);
        combo->setCurrentIndex(combo->findText(u"Nederlands"_s));
    }
    auto *address = child<QLineEdit>(login, u"serverEdit"_s);
    address->clear();
    QTest::keyClicks(address, server.baseUrl().toString());
    child<QLineEdit>(login, u"emailEdit"_s)->setText(account.email);
    QTest::keyClicks(child<QLineEdit>(login, u"passwordEdit"_s), account.password);
    QTest::mouseClick(child<QPushButton>(login, u"signInButton"_s), Qt::LeftButton);
    return true;
}

QWidget *signIn(regiekamer::ui::AppController &controller, const ServerProcess &server,
                const ServerProcess::DemoAccount &account, const QString &language)
{
    if (!startSignIn(controller, server, account, language))
        return nullptr;
    const auto asksTrust = [&] { return controller.trustDialog() && controller.trustDialog()->isVisible(); };
    if (!QTest::qWaitFor([&] { return asksTrust() || controller.mainWindow()->isVisible(); }, timeoutMs))
        return nullptr;
    if (asksTrust())
        QTest::mouseClick(child<QPushButton>(controller.trustDialog(), u"trustButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return controller.mainWindow()->isVisible(); }, timeoutMs))
        return nullptr;
    return controller.mainWindow()->currentRoleView();
}

std::unique_ptr<regiekamer::client::ApiClient> signedInApi(const ServerProcess &server,
                                                           const ServerProcess::DemoAccount &account)
{
    using regiekamer::api::SessionGrant;
    auto api = std::make_unique<regiekamer::client::ApiClient>();
    const auto login = [&] {
        return await<SessionGrant>(
            [&](auto done) { api->login(server.baseUrl(), account.email, account.password, std::move(done)); });
    };
    auto grant = login();
    if (const auto problem = api->lastCertificateProblem(); !grant && problem) {
        if (problem->kind == regiekamer::client::CertificateProblem::Kind::Untrusted &&
            api->trustStore().trust(problem->server, problem->presented.certificate))
            grant = login();
    }
    if (!grant) {
        qWarning("sign-in as %s failed: %s", qPrintable(account.email), qPrintable(grant.error().message));
        return nullptr;
    }
    return api;
}

regiekamer::Result<QJsonObject> call(regiekamer::client::ApiClient &api, const QByteArray &verb, const QString &path,
                                     const QJsonObject &body)
{
    return await<QJsonObject>([&](auto done) { api.sendJson(verb, path, {}, body, std::move(done)); });
}

void snapshot(QWidget *widget, const QString &name, const QString &language)
{
    const QString directory = qEnvironmentVariable("REGIEKAMER_GUI_SHOTS");
    if (directory.isEmpty() || !widget)
        return;
    QCoreApplication::processEvents();
    const QString suffix = language.isEmpty() ? u"en"_s : language;
    widget->window()->grab().save(QDir(directory).filePath(name + u'-' + suffix + u".png"_s));
}

void expectText(const QString &actual, const char *context, const char *source, const QString &dutch,
                const QString &language)
{
    QCOMPARE(actual, language == u"nl"_s ? dutch : QString::fromUtf8(source));
    QCOMPARE(QCoreApplication::translate(context, source), actual);
}

} // namespace guitest
