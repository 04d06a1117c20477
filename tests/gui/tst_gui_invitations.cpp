// Drives the admin's Invitations tab against the real server (its mail stays in the outbox: no --smtp): "Invite …"
// opens the dialog, which refuses an incomplete form and sends a complete one; the invitation is listed with its
// link's expiry; "Send again" reports it; "Revoke …" asks first, "Keep it" changes nothing, "Revoke invitation"
// removes it from the list and from the server.
#include "ApiRequests.h"
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "dialogs/InviteDialog.h"
#include "models/InvitationModel.h"
#include "panels/InvitationsPanel.h"
#include "protocol/ApiPaths.h"
#include "session/InvitationActions.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "widgets/StatusLine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::timeoutMs;

namespace {

ui::InvitationsPanel *openInvitations(ui::AppController &controller, const ServerProcess &server)
{
    guitest::clearTrustStore();
    QWidget *view = guitest::signIn(controller, server, Role::Admin);
    auto *tabs = view ? child<QTabWidget>(view, u"adminTabs"_s) : nullptr;
    auto *panel = view ? view->findChild<ui::InvitationsPanel *>() : nullptr;
    if (!tabs || !panel || tabs->tabText(tabs->indexOf(panel)) != u"Invitations"_s)
        return nullptr;
    tabs->setCurrentWidget(panel);
    return panel;
}

QMessageBox *openMessageBox(QWidget *parent)
{
    QMessageBox *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (found = parent->findChild<QMessageBox *>(u"revokeInvitationBox"_s)) != nullptr; }, timeoutMs);
    return shown ? found : nullptr;
}

} // namespace

class TstGuiInvitations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void inviteSendAgainAndRevoke()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), server.lastOutput().constData());
        ui::AppController controller({QString(), u"en"_s});
        ui::InvitationsPanel *panel = openInvitations(controller, server);
        QVERIFY(panel);
        client::InvitationModel *model = panel->actions()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, timeoutMs);
        QVERIFY(!child<QPushButton>(panel, u"revokeInvitationButton"_s)->isEnabled());

        child<QPushButton>(panel, u"inviteButton"_s)->click();
        auto *dialog = panel->findChild<ui::InviteDialog *>(u"inviteDialog"_s);
        QVERIFY(dialog);
        QPushButton *send = child<QPushButton>(dialog, u"inviteSendButton"_s);
        send->click(); // nothing filled in: refused in the dialog, nothing sent
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLabel>(dialog, u"inviteErrorLabel"_s)->text(), u"Enter a valid e-mail address."_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"inviteEmailEdit"_s), u"new.colleague@example.org"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"inviteNameEdit"_s), u"New Colleague"_s);
        auto *language = child<QComboBox>(dialog, u"inviteLanguageCombo"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        send->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, timeoutMs);
        QCOMPARE(model->index(0, client::InvitationModel::Email).data().toString(), u"new.colleague@example.org"_s);
        QCOMPARE(model->index(0, client::InvitationModel::Role).data().toString(), u"Moderator"_s);
        QVERIFY(!model->index(0, client::InvitationModel::Expires).data().toString().startsWith(u"Expired"_s));
        auto *status = panel->window()->findChild<ui::StatusLine *>(u"adminStatusLabel"_s);
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(u"The invitation to new.colleague@example.org is on its way."_s), timeoutMs);

        auto *table = child<QTableView>(panel, u"invitationTable"_s);
        table->selectRow(0);
        child<QPushButton>(panel, u"resendInvitationButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"was sent again"_s), timeoutMs);

        table->selectRow(0);
        child<QPushButton>(panel, u"revokeInvitationButton"_s)->click();
        QMessageBox *box = openMessageBox(panel);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"new.colleague@example.org"_s));
        box->defaultButton()->click(); // "Keep it"
        QTest::qWait(300);
        QCOMPARE(model->rowCount(), 1);

        table->selectRow(0);
        child<QPushButton>(panel, u"revokeInvitationButton"_s)->click();
        box = openMessageBox(panel);
        QVERIFY(box);
        child<QPushButton>(box, u"revokeConfirmButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, timeoutMs);
        ApiRequests api;
        QVERIFY(api.connectTo(server));
        const auto admin = server.demoAccounts().value(Role::Admin);
        const QString token = api.login(admin.email, admin.password);
        QCOMPARE(api.send("GET", api.url(QString::fromLatin1(api::path::invitations)), token).items().size(), 0);
        controller.session()->signOut();
    }

private:
    QCA::Initializer *m_crypto = new QCA::Initializer; // never destroyed, as in the other GUI tests
};

QTEST_MAIN(TstGuiInvitations)
#include "tst_gui_invitations.moc"
