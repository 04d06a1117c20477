// Signs in as each demo role, in English and in Dutch, and saves a screenshot of the main window as the X server
// shows it, plus the director's access log (access-log-LANG.png) and the director's view with the offline banner after
// the server stopped (offline-LANG.png), the admin's invitations (invitations-LANG.png) and the moderator's "Change my
// e-mail address" dialog (email-change-LANG.png), the client staff's report tab (report-LANG.png), the director's
// approval rules (approval-rules-LANG.png) and Go-live tab (go-live-LANG.png). Usage (under Xvfb, see
// tools/screenshots.sh): regiekamer-screenshot-tour OUTPUT_DIR
#include "ServerProcess.h"
#include "dialogs/EmailChangeDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/TrustCertificateDialog.h"
#include "models/InvitationModel.h"
#include "models/RegistrationModel.h"
#include "models/WebinarListModel.h"
#include "panels/InvitationsPanel.h"
#include "panels/ReportPanel.h"
#include "session/InvitationActions.h"
#include "session/ReportLoader.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "views/AccessLogView.h"
#include "widgets/OfflineBanner.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QWindow>
#include <QtCrypto>

#include <cstdio>

using namespace Qt::StringLiterals;
using regiekamer::Role;
using regiekamer::ui::AppController;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    return QTest::qWaitFor(condition, QDeadlineTimer(timeoutMs));
}

// Selects the live webinar (else the first) in the role view's webinar table, so the screenshot shows its details.
void selectLiveWebinar(QWidget *window)
{
    auto *table = window->findChild<QTableView *>(u"webinarTable"_s);
    if (!table || !table->model() || table->model()->rowCount() == 0)
        return;
    int row = 0;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (table->model()->index(r, c).data().toString() == u"Live"_s)
                row = r;
        }
    }
    table->selectRow(row);
}

bool grab(QWidget *window, const QString &file)
{
    const QPixmap shot = window->screen()->grabWindow(window->winId());
    return !shot.isNull() && shot.save(file);
}

// Opens the access log tab of the role view and saves it (after the first page and the chain status arrived).
// The director decides two pending registrations of the open webinar (one approved, one rejected), so the log shows
// changes with the attendees' names.
void decideTwo(regiekamer::client::SessionController *session)
{
    using regiekamer::api::ApprovalState;
    regiekamer::client::WebinarWorkspace *workspace = session->workspace();
    QList<qint64> pending;
    for (int row = 0; row < workspace->registrations()->rowCount() && pending.size() < 2; ++row) {
        const auto &registration = workspace->registrations()->rowAt(row).data;
        if (registration.registration && registration.registration->approvalState == ApprovalState::Pending)
            pending.append(registration.id);
    }
    if (pending.size() < 2)
        return;
    workspace->decide({pending.at(0)}, ApprovalState::Approved);
    QTest::qWait(700);
    workspace->decide({pending.at(1)}, ApprovalState::Rejected);
    QTest::qWait(700);
}

bool captureAccessLog(QWidget *window, regiekamer::client::SessionController *session, const QString &file)
{
    decideTwo(session);
    auto *log = window->findChild<regiekamer::ui::AccessLogView *>();
    for (const QString &name : {u"directorSections"_s, u"clientStaffSections"_s, u"adminTabs"_s}) {
        if (auto *tabs = window->findChild<QTabWidget *>(name); tabs && log && tabs->indexOf(log) >= 0)
            tabs->setCurrentWidget(log);
    }
    if (!log || !log->isVisible())
        return false;
    QTest::qWait(2500);
    return grab(window, file);
}

// Stops the server, saves the window once the offline banner shows, and starts the server again (same port).
bool captureOffline(ServerProcess &server, regiekamer::ui::MainWindow *window, const QString &file)
{
    if (auto *sections = window->findChild<QTabWidget *>(u"directorSections"_s))
        sections->setCurrentIndex(0);
    const int port = server.port();
    if (server.terminate() != 0)
        return false;
    const bool shown = waitFor([window] { return window->offlineBanner()->isVisible(); });
    QTest::qWait(1500);
    const bool saved = shown && grab(window, file);
    return server.start({u"--demo"_s}, port) && saved;
}

// Opens the admin's Invitations tab, invites one member of staff when none is pending, and saves the window.
bool captureInvitations(QWidget *window, const QString &file)
{
    auto *panel = window->findChild<regiekamer::ui::InvitationsPanel *>();
    auto *tabs = window->findChild<QTabWidget *>(u"adminTabs"_s);
    if (!panel || !tabs)
        return false;
    tabs->setCurrentWidget(panel);
    QTest::qWait(1500);
    if (panel->actions()->model()->rowCount() == 0) {
        regiekamer::api::InvitationRequest request;
        request.email = u"noor.devries@example.org"_s;
        request.displayName = u"Noor de Vries"_s;
        request.role = Role::Director;
        panel->actions()->invite(request);
        if (!waitFor([panel] { return panel->actions()->model()->rowCount() > 0; }))
            return false;
    }
    QTest::qWait(500);
    return grab(window, file);
}

// Opens File > Change my e-mail address, types a new address, and saves the dialog over the window.
bool captureEmailChange(QWidget *window, const QString &file)
{
    auto *action = window->findChild<QAction *>(u"changeEmailAction"_s);
    if (!action)
        return false;
    action->trigger();
    regiekamer::ui::EmailChangeDialog *dialog = nullptr;
    if (!waitFor([&] { return (dialog = window->findChild<regiekamer::ui::EmailChangeDialog *>()) != nullptr; }))
        return false;
    if (auto *email = dialog->findChild<QLineEdit *>(u"newEmailEdit"_s))
        email->setText(u"f.elamrani@regiekamer.example"_s);
    QTest::qWait(800);
    const bool saved = grab(dialog, file);
    dialog->reject();
    return saved;
}

// Opens the admin's Webinars tab, selects the live webinar and saves its edit dialog over the window.
bool captureWebinarDialog(QWidget *window, const QString &file)
{
    auto *tabs = window->findChild<QTabWidget *>(u"adminTabs"_s);
    auto *edit = window->findChild<QPushButton *>(u"editWebinarButton"_s);
    if (!tabs || !edit)
        return false;
    tabs->setCurrentIndex(3);
    selectLiveWebinar(window);
    if (!waitFor([edit] { return edit->isEnabled(); }))
        return false;
    edit->click();
    QDialog *dialog = nullptr;
    if (!waitFor([&] { return (dialog = window->findChild<QDialog *>(u"webinarDialog"_s)) != nullptr; }))
        return false;
    QTest::qWait(800);
    const bool saved = grab(dialog, file);
    dialog->reject();
    return saved;
}

// Brings every tab on the way to `panel` to the front (the outer section and the inner tab).
void showTabOf(QWidget *window, QWidget *panel)
{
    for (auto *tabs : window->findChildren<QTabWidget *>()) {
        for (int index = 0; index < tabs->count(); ++index)
            if (tabs->widget(index) == panel || tabs->widget(index)->isAncestorOf(panel))
                tabs->setCurrentIndex(index);
    }
}

// Opens the Report tab of the chosen webinar and saves the window once its charts are drawn.
bool captureReport(QWidget *window, const QString &file)
{
    auto *panel = window->findChild<regiekamer::ui::ReportPanel *>();
    if (!panel)
        return false;
    showTabOf(window, panel);
    if (!waitFor([panel] { return panel->loader()->report().has_value(); }))
        return false;
    QTest::qWait(1000);
    return grab(window, file);
}

// Opens the director's Go-live tab of the live webinar (checklist, on-air time, timeline, stream key) and saves the
// window; the Webinars tab is in front again afterwards.
bool captureGoLive(QWidget *window, const QString &file)
{
    auto *panel = window->findChild<QWidget *>(u"productionPanel"_s);
    if (!panel)
        return false;
    showTabOf(window, panel);
    QTest::qWait(2500);
    const bool saved = grab(window, file);
    if (auto *tabs = window->findChild<QTabWidget *>(u"webinarTabs"_s))
        tabs->setCurrentIndex(0);
    return saved;
}

// The director's "Capacity and approval rules" of the webinar with rules and a waiting list (demo data), saved once the
// rules are loaded.
bool captureApprovalRules(QWidget *window, const QString &file)
{
    auto *webinars = window->findChild<QTableView *>(u"webinarTable"_s);
    if (!webinars)
        return false;
    for (int row = 0; row < webinars->model()->rowCount(); ++row) {
        if (webinars->model()
                ->index(row, regiekamer::client::WebinarListModel::Title)
                .data()
                .toString()
                .startsWith(u"Outlook 2025"_s))
            webinars->selectRow(row);
    }
    auto *open = window->findChild<QPushButton *>(u"approvalRulesButton"_s);
    if (!open || !waitFor([open] { return open->isEnabled(); }))
        return false;
    QTest::qWait(1000);
    open->click();
    QDialog *dialog = nullptr;
    if (!waitFor([&] { return (dialog = window->findChild<QDialog *>(u"approvalRulesDialog"_s)) != nullptr; }))
        return false;
    auto *save = dialog->findChild<QPushButton *>(u"approvalRulesSaveButton"_s);
    if (!save || !waitFor([save] { return save->isEnabled(); }))
        return false;
    QTest::qWait(800);
    const bool saved = grab(dialog, file);
    dialog->reject();
    return saved;
}

// The extra screens captured for one role after its main window (empty: none).
struct Extras
{
    QString accessLog, offline, invitations, emailChange, webinarDialog, report, approvalRules, goLive;
};

bool capture(ServerProcess &server, const ServerProcess::DemoAccount &account, const QString &language,
             const QString &file, const Extras &extras)
{
    AppController controller({server.baseUrl().toString(), language});
    controller.start();
    auto *login = controller.loginDialog();
    login->setServerAddress(server.baseUrl().toString());
    login->setEmail(account.email);
    auto *passwordField = login->findChild<QLineEdit *>(u"passwordEdit"_s);
    if (!passwordField)
        return false;
    passwordField->setText(account.password);
    Q_EMIT login->signInRequested();
    const bool signedIn = waitFor([&controller] {
        if (auto *trust = controller.trustDialog(); trust && trust->isVisible())
            trust->accept();
        return controller.mainWindow() && controller.mainWindow()->isVisible();
    });
    if (!signedIn)
        return false;
    regiekamer::ui::MainWindow *window = controller.mainWindow();
    QTest::qWait(1500); // data from the server and the event stream's state settle
    selectLiveWebinar(window);
    QTest::qWait(2000);
    if (!grab(window, file))
        return false;
    if (!extras.accessLog.isEmpty() && !captureAccessLog(window, controller.session(), extras.accessLog))
        return false;
    if (!extras.goLive.isEmpty() && !captureGoLive(window, extras.goLive))
        return false;
    if (!extras.report.isEmpty() && !captureReport(window, extras.report))
        return false;
    if (!extras.invitations.isEmpty() && !captureInvitations(window, extras.invitations))
        return false;
    if (!extras.emailChange.isEmpty() && !captureEmailChange(window, extras.emailChange))
        return false;
    if (!extras.webinarDialog.isEmpty() && !captureWebinarDialog(window, extras.webinarDialog))
        return false;
    if (!extras.approvalRules.isEmpty() && !captureApprovalRules(window, extras.approvalRules))
        return false;
    return extras.offline.isEmpty() || captureOffline(server, window, extras.offline);
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer crypto; // the offline cache (Argon2id, AES-GCM)
    QApplication application(argc, argv);
    QApplication::setStyle(u"Fusion"_s);
    QStandardPaths::setTestModeEnabled(true);
    const QString output = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(output);

    ServerProcess server;
    if (!server.start({u"--demo"_s})) {
        std::fprintf(stderr, "server did not start:\n%s\n", server.lastOutput().constData());
        return 1;
    }
    const auto accounts = server.demoAccounts();
    const QList<Role> roles {Role::Director, Role::Moderator, Role::ClientStaff, Role::Admin};
    for (const QString &language : {u"en"_s, u"nl"_s}) {
        for (Role role : roles) {
            const QString file = u"%1/%2-%3.png"_s.arg(output, regiekamer::roleToWire(role), language);
            const auto extra = [&](Role wanted, const char *name) {
                return role == wanted ? u"%1/%2-%3.png"_s.arg(output, QLatin1StringView(name), language) : QString();
            };
            const Extras extras {extra(Role::Director, "access-log"),     extra(Role::Director, "offline"),
                                 extra(Role::Admin, "invitations"),       extra(Role::Moderator, "email-change"),
                                 extra(Role::Admin, "webinar-dialog"),    extra(Role::ClientStaff, "report"),
                                 extra(Role::Director, "approval-rules"), extra(Role::Director, "go-live")};
            if (!capture(server, accounts.value(role), language, file, extras)) {
                std::fprintf(stderr, "could not capture %s\n", qPrintable(file));
                return 1;
            }
            std::printf("saved %s\n", qPrintable(file));
        }
    }
    return server.terminate() == 0 ? 0 : 1;
}
