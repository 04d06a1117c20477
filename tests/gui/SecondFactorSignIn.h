#pragma once

#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/SecondFactorPage.h"
#include "dialogs/TrustCertificateDialog.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QPushButton>
#include <QTest>

namespace guitest {

// Signs in up to the step after the password (the code page, or the main window) and answers the trust prompt.
inline bool startSignInPastPassword(regiekamer::ui::AppController &controller, const ServerProcess &server,
                                    const ServerProcess::DemoAccount &account, const QString &language)
{
    if (!startSignIn(controller, server, account, language))
        return false;
    auto *page = controller.loginDialog()->secondFactorPage();
    const auto asksTrust = [&] { return controller.trustDialog() && controller.trustDialog()->isVisible(); };
    if (!QTest::qWaitFor([&] { return asksTrust() || page->isVisible() || controller.mainWindow()->isVisible(); },
                         timeoutMs))
        return false;
    if (asksTrust())
        QTest::mouseClick(child<QPushButton>(controller.trustDialog(), QStringLiteral("trustButton")), Qt::LeftButton);
    return true;
}

} // namespace guitest
