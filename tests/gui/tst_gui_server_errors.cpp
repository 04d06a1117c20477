// What the director's and the moderator's views show when the server refuses or disappears, against the real
// server (--demo), offscreen, in English and Dutch: a view older than the person's rights (role changed, then the
// assignment removed behind its back) gets a 403 and then a 404 with clear messages and changes nothing; an edit
// based on a stale version gets a 409, reloads the current data and overwrites nothing; a killed server is reported
// in the window, and the actions that need it are disabled until it is back.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "dialogs/LoginDialog.h"
#include "models/RegistrationModel.h"
#include "net/ClientErrors.h"
#include "net/DomainClient.h"
#include "net/EventStream.h"
#include "panels/WebinarStatePanel.h"
#include "protocol/ApiPaths.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"
#include "widgets/OfflineBanner.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;

namespace {

using guitest::call;
using guitest::child;
using guitest::clearTrustStore;
using guitest::timeoutMs;

const QString rehearsalTitle = u"Valpreventie bij ouderen: wat werkt echt?"_s; // director assigned
const QString liveTitle = u"Zorg op afstand: lessen uit drie jaar e-health"_s; // director, moderator, viewer
constexpr auto workspaceContext = "regiekamer::client::WebinarWorkspace";

int rowWithText(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

// A message the workspace shows, in the current language, after checking the Dutch catalogue has it.
QString workspaceText(const char *source, const QString &language)
{
    const QString shown = QCoreApplication::translate(workspaceContext, source);
    if (language == u"nl"_s && shown == QString::fromUtf8(source))
        qWarning("no Dutch translation for \"%s\"", source);
    return shown;
}

QString messageBarText(QWidget *view)
{
    return child<ui::MessageBar>(view, u"messageBar"_s)->text();
}

} // namespace

class TstGuiServerErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void staleRightsAreRefused_data();
    void staleRightsAreRefused();
    void conflictReloadsWithoutOverwriting_data();
    void conflictReloadsWithoutOverwriting();
    void lostServerIsReportedInView_data();
    void lostServerIsReportedInView();
    void cleanupTestCase();

private:
    void languages();
    void selectWebinar(QWidget *view, const QString &title);
    qint64 webinarIdOf(client::ApiClient &api, const QString &title);
    std::unique_ptr<client::ApiClient> apiAs(Role role);

    // Never destroyed: the test object goes before the application object, while a key derivation of the offline
    // cache may still run on a worker thread and must be able to free its key.
    QCA::Initializer *m_crypto = new QCA::Initializer;
    ServerProcess m_server;
};

void TstGuiServerErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
}

void TstGuiServerErrors::init()
{
    clearTrustStore();
    if (!m_server.isRunning()) // the lost-server test stops it
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
}

void TstGuiServerErrors::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TstGuiServerErrors::selectWebinar(QWidget *view, const QString &title)
{
    auto *table = child<QTableView>(view, u"webinarTable"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(table->model(), client::WebinarListModel::Title, title) >= 0, timeoutMs);
    table->selectRow(rowWithText(table->model(), client::WebinarListModel::Title, title));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view, u"webinarTitleLabel"_s)->text(), title, timeoutMs);
}

qint64 TstGuiServerErrors::webinarIdOf(client::ApiClient &api, const QString &title)
{
    const auto webinars =
        guitest::await<QList<api::WebinarSummary>>([&](auto done) { api.fetchWebinars(std::move(done)); });
    for (const api::WebinarSummary &webinar : webinars ? *webinars : QList<api::WebinarSummary>()) {
        if (webinar.title == title)
            return webinar.id;
    }
    return 0;
}

std::unique_ptr<client::ApiClient> TstGuiServerErrors::apiAs(Role role)
{
    return guitest::signedInApi(m_server, m_server.demoAccounts().value(role));
}

void TstGuiServerErrors::staleRightsAreRefused_data()
{
    languages();
}

// A director of its own (made for this test) works in the director view, which is kept stale (its change events are
// disconnected), while an administrator first makes them a moderator of the same webinar (403: a moderator may not
// change its state), then removes them from it (404).
void TstGuiServerErrors::staleRightsAreRefused()
{
    QFETCH(QString, language);
    auto admin = apiAs(Role::Admin);
    QVERIFY(admin);
    const qint64 webinarId = webinarIdOf(*admin, rehearsalTitle);
    QVERIFY(webinarId > 0);
    const ServerProcess::DemoAccount account {u"stale.director.%1@example.org"_s.arg(language),
                                              u"Stale-Director-%1-4242"_s.arg(language)};
    const auto created = call(*admin, "POST", QString::fromLatin1(api::path::users),
                              {{u"email"_s, account.email},
                               {u"displayName"_s, u"Regisseur %1"_s.arg(language)},
                               {u"role"_s, u"director"_s},
                               {u"organisationId"_s, 0},
                               {u"password"_s, account.password}});
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    const qint64 userId = created->value(u"id"_s).toInteger();
    const QString staffPath = api::path::expand(api::path::webinarStaff, {webinarId, userId});
    QVERIFY(call(*admin, "PUT", staffPath, {{u"role"_s, u"director"_s}}));

    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, account, language);
    QVERIFY(view);
    QCOMPARE(view->objectName(), u"directorView"_s);
    // Live first: the catch-up refresh of a new event stream must not land between the administrator's changes.
    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->connection(), client::SessionController::Connection::Live,
                              timeoutMs);
    selectWebinar(view, rehearsalTitle);
    if (QTest::currentTestFailed())
        return;
    client::WebinarWorkspace *workspace = controller.session()->workspace();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->detail() && workspace->detail()->staff, timeoutMs);
    const WebinarState before = workspace->detail()->summary.state;
    // The view must stay as it is (stale): it no longer hears the change events.
    client::SessionController *session = controller.session();
    QVERIFY(QObject::disconnect(session->events(), &client::EventStream::eventReceived, session, nullptr));

    // Now a moderator of the webinar, who may not change its state.
    const auto changed = call(*admin, "PATCH", api::path::expand(api::path::user, {userId}),
                              {{u"version"_s, created->value(u"version"_s)}, {u"role"_s, u"moderator"_s}});
    QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));
    QVERIFY(call(*admin, "PUT", staffPath, {{u"role"_s, u"moderator"_s}}));
    const QList<WebinarState> next = allowedNextStates(before);
    QVERIFY(!next.isEmpty() && next.first() != WebinarState::Live && next.first() != WebinarState::Ended);
    auto *apply = child<QPushButton>(view, ui::WebinarStatePanel::stateButtonName(next.first())); // asks nothing
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    const char *forbidden = "The server refused this: your role does not allow it (any more). Your rights may have "
                            "changed since you signed in; sign out and in again to see what you may do now.";
    QTRY_COMPARE_WITH_TIMEOUT(messageBarText(view), workspaceText(forbidden, language), timeoutMs);
    QCOMPARE(child<ui::MessageBar>(view, u"messageBar"_s)->kind(), ui::MessageBar::Kind::Error);
    QVERIFY(child<ui::MessageBar>(view, u"messageBar"_s)->isVisible());

    // Removed from the webinar: it no longer exists for them.
    QVERIFY(call(*admin, "DELETE", staffPath));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    const char *gone = "This is no longer available to you: it was removed, or your assignment to this webinar "
                       "ended. Choose another webinar, or ask an administrator.";
    QTRY_COMPARE_WITH_TIMEOUT(messageBarText(view), workspaceText(gone, language), timeoutMs);

    const auto detail = guitest::await<api::WebinarDetail>(
        [&](auto done) { client::DomainClient(*admin).fetchWebinar(webinarId, done); });
    QVERIFY(detail);
    QCOMPARE(detail->summary.state, before); // nothing changed
    if (language == u"nl"_s)
        QVERIFY(messageBarText(view) != QString::fromUtf8(gone));
}

void TstGuiServerErrors::conflictReloadsWithoutOverwriting_data()
{
    languages();
}

// The view misses the change event (disconnected here), so it edits a registration on an old version: the server
// answers 409, the view says so and reloads, and the other person's change stays.
void TstGuiServerErrors::conflictReloadsWithoutOverwriting()
{
    QFETCH(QString, language);
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::Director, language);
    QVERIFY(view);
    selectWebinar(view, rehearsalTitle);
    if (QTest::currentTestFailed())
        return;
    client::SessionController *session = controller.session();
    client::WebinarWorkspace *workspace = session->workspace();
    QVERIFY(QObject::disconnect(session->events(), &client::EventStream::eventReceived, session, nullptr));

    auto *filter = child<QComboBox>(view, u"approvalFilterCombo"_s);
    filter->setCurrentIndex(filter->findData(static_cast<int>(api::ApprovalState::Pending)));
    auto *table = child<QTableView>(view, u"attendeeTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, timeoutMs);
    table->selectRow(0);
    const qint64 registrationId = table->model()->index(0, 0).data(client::RegistrationModel::IdRole).toLongLong();
    QVERIFY(registrationId > 0);
    client::RegistrationModel *model = workspace->registrations();
    const qint64 version = model->rowAt(model->rowOfId(registrationId)).version;

    auto other = apiAs(Role::Director);
    QVERIFY(other);
    const QString path = api::path::expand(api::path::registration, {registrationId});
    const auto rejected = call(*other, "PATCH", path, {{u"approvalState"_s, u"rejected"_s}, {u"version"_s, version}});
    QVERIFY2(rejected, rejected ? "" : qPrintable(rejected.error().message));
    QCOMPARE(model->rowAt(model->rowOfId(registrationId)).version, version); // the view has not heard of it

    QTest::mouseClick(child<QPushButton>(view, u"approveRegistrationButton"_s), Qt::LeftButton);
    const char *conflict = "Someone else changed this in the meantime. The current version has been loaded; check it "
                           "and try again.";
    QTRY_COMPARE_WITH_TIMEOUT(messageBarText(view), workspaceText(conflict, language), timeoutMs);
    QCOMPARE(child<ui::MessageBar>(view, u"messageBar"_s)->kind(), ui::MessageBar::Kind::Error);
    const auto shownState = [&] {
        const int row = model->rowOfId(registrationId);
        const auto &fields = row < 0 ? std::nullopt : model->rowAt(row).data.registration;
        return fields ? std::optional(fields->approvalState) : std::nullopt;
    };
    QTRY_COMPARE_WITH_TIMEOUT(shownState(), std::optional(api::ApprovalState::Rejected), timeoutMs);
    QCOMPARE(model->rowAt(model->rowOfId(registrationId)).version, rejected->value(u"version"_s).toInteger());
    const auto stored = call(*other, "GET", path);
    QVERIFY(stored);
    QCOMPARE(stored->value(u"approvalState"_s).toString(), u"rejected"_s);
    QCOMPARE(stored->value(u"version"_s).toInteger(), version + 1);
}

void TstGuiServerErrors::lostServerIsReportedInView_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("role");
    QTest::newRow("director-en") << u"en"_s << static_cast<int>(Role::Director);
    QTest::newRow("moderator-nl") << u"nl"_s << static_cast<int>(Role::Moderator);
}

// The server is killed while a role view is open: the window says the server is lost (with its address), the
// connection line says it reconnects, and the actions that would need the server are disabled with the reason.
void TstGuiServerErrors::lostServerIsReportedInView()
{
    QFETCH(QString, language);
    QFETCH(int, role);
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, static_cast<Role>(role), language);
    QVERIFY(view);
    selectWebinar(view, liveTitle);
    if (QTest::currentTestFailed())
        return;
    client::WebinarWorkspace *workspace = controller.session()->workspace();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->detail() && workspace->questions()->rowCount() > 0, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->connection(), client::SessionController::Connection::Live,
                              timeoutMs);
    const QUrl server = controller.session()->server();
    QCOMPARE(m_server.terminate(), 0);

    ui::MainWindow *main = controller.mainWindow();
    // One bar for the loss: the offline banner says why (before: a second yellow notice said it again).
    QTRY_VERIFY_WITH_TIMEOUT(!main->offlineBanner()->problem().isEmpty(), timeoutMs);
    const QString lost = client::errc::unreachableMessage(server);
    QCOMPARE(main->offlineBanner()->problem(), lost);
    QVERIFY(!child<QLabel>(main, u"noticeLabel"_s)->isVisible());
    QVERIFY(lost.contains(u"127.0.0.1:%1"_s.arg(m_server.port())));
    if (language == u"nl"_s)
        QVERIFY2(lost.startsWith(u"De server op "_s), qPrintable(lost));
    QCOMPARE(child<QLabel>(main, u"connectionLabel"_s)->text(),
             language == u"nl"_s ? u"Verbinding verbroken, opnieuw verbinden…"_s : u"Connection lost, reconnecting…"_s);

    // What was live a moment ago is shown as the last known state: dimmed, and saying so.
    int dimmed = 0;
    for (const QString &name : {u"webinarStateLabel"_s, u"presentCountLabel"_s}) {
        auto *label = view->findChild<QLabel *>(name); // what the role's view has of them
        if (!label)
            continue;
        ++dimmed;
        QTRY_VERIFY2(!label->isEnabled(), qPrintable(name));
        QCOMPARE(label->toolTip(),
                 QCoreApplication::translate("regiekamer::ui::ReadOnlyGate",
                                             "The last known state: the server cannot be reached right now."));
    }
    QVERIFY(dimmed > 0);

    // The view keeps its data and stays readable; the actions that need the server are disabled and say why
    // (tst_gui_offline covers the banner and the way back).
    QVERIFY(view->isVisible() && workspace->detail());
    if (auto *tabs = view->findChild<QTabWidget *>(u"webinarTabs"_s)) // the director's questions are on a tab
        tabs->setCurrentWidget(child<QWidget>(view, u"questionPanel"_s));
    auto *questions = child<QTableView>(view, u"questionTable"_s);
    questions->selectRow(0);
    QVERIFY(questions->model()->rowCount() > 0);
    const QString offline = QCoreApplication::translate("regiekamer::ui::ReadOnlyGate", "Not available offline");
    if (language == u"nl"_s)
        QVERIFY2(offline != u"Not available offline"_s, "no Dutch translation");
    for (const QString &name : {u"pinQuestionButton"_s, u"dismissQuestionButton"_s, u"approveQuestionButton"_s}) {
        auto *button = child<QPushButton>(view, name);
        QVERIFY2(!button->isEnabled(), qPrintable(name));
        QCOMPARE(button->toolTip(), offline);
    }
    child<QAction>(main, u"signOutAction"_s)->trigger();
    QTRY_VERIFY(controller.loginDialog()->isVisible());
}

void TstGuiServerErrors::cleanupTestCase()
{
    m_server.terminate();
    clearTrustStore();
}

QTEST_MAIN(TstGuiServerErrors)
#include "tst_gui_server_errors.moc"
