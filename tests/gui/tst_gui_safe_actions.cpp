// Actions that cannot simply be taken back ask first, naming who and what they affect (issue 16, first part): the
// administrator's "Remove assignment" needs a selected person and a confirmation; the director's "Apply" asks before
// a webinar goes live, ends or is archived. "Keep" (the default button) changes nothing on the server.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/WebinarListModel.h"
#include "net/DomainClient.h"
#include "panels/AssignmentsPanel.h"
#include "panels/WebinarStatePanel.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::timeoutMs;

namespace {

const QString liveTitle = u"Zorg op afstand: lessen uit drie jaar e-health"_s; // director and moderator assigned

QMessageBox *openBox(QWidget *parent, const QString &name)
{
    QMessageBox *found = nullptr;
    const bool shown =
        QTest::qWaitFor([&] { return (found = parent->findChild<QMessageBox *>(name)) != nullptr; }, timeoutMs);
    return shown ? found : nullptr;
}

// Selects the webinar in the table of `parent` (the role view, or the admin's assignments panel).
bool selectWebinar(QWidget *parent, const QString &title)
{
    auto *table = parent->findChild<QTableView *>(u"webinarTable"_s);
    if (!table)
        return false;
    int row = -1;
    const bool listed = QTest::qWaitFor(
        [&] {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                if (table->model()->index(r, client::WebinarListModel::Title).data().toString() == title)
                    row = r;
            }
            return row >= 0;
        },
        timeoutMs);
    if (!listed)
        return false;
    table->selectRow(row);
    return true;
}

} // namespace

class TstGuiSafeActions : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QCA::Initializer *m_crypto = new QCA::Initializer; // never destroyed, as in the other GUI tests

    // The webinar's staff as the server has it now.
    QList<api::StaffAssignment> staffOnServer(qint64 webinarId)
    {
        auto admin = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Admin));
        const auto detail = guitest::await<api::WebinarDetail>(
            [&](auto done) { client::DomainClient(*admin).fetchWebinar(webinarId, done); });
        return detail && detail->staff ? *detail->staff : QList<api::StaffAssignment> {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    }

    void init() { guitest::clearTrustStore(); }

    void removingAnAssignmentNeedsASelectionAndAsks()
    {
        ui::AppController controller({QString(), u"en"_s});
        QWidget *view = guitest::signIn(controller, m_server, Role::Admin);
        QVERIFY(view);
        auto *panel = view->findChild<ui::AssignmentsPanel *>();
        QVERIFY(panel);
        child<QTabWidget>(view, u"adminTabs"_s)->setCurrentWidget(panel);
        QVERIFY(selectWebinar(panel, liveTitle));
        client::WebinarWorkspace *workspace = controller.session()->workspace();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->detail() && workspace->detail()->summary.title == liveTitle, timeoutMs);
        const qint64 webinarId = workspace->detail()->summary.id;
        auto *staff = child<QTableView>(panel, u"assignedStaffTable"_s);
        auto *remove = child<QPushButton>(panel, u"removeAssignmentButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(staff->model()->rowCount(), 2, timeoutMs);
        QVERIFY(!remove->isEnabled()); // nothing selected: nobody can be removed by accident
        int moderatorRow = -1;
        for (int r = 0; r < staff->model()->rowCount(); ++r)
            moderatorRow = staff->model()->index(r, 1).data().toString() == u"Moderator"_s ? r : moderatorRow;
        QVERIFY(moderatorRow >= 0);
        const QString name = staff->model()->index(moderatorRow, 0).data().toString();
        staff->selectRow(moderatorRow);
        QVERIFY(remove->isEnabled());

        remove->click();
        QMessageBox *box = openBox(panel, u"removeAssignmentBox"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(name) && box->text().contains(liveTitle));
        box->defaultButton()->click(); // "Keep the assignment"
        QTest::qWait(300);
        QCOMPARE(staffOnServer(webinarId).size(), 2);

        staff->selectRow(moderatorRow);
        remove->click();
        box = openBox(panel, u"removeAssignmentBox"_s);
        QVERIFY(box);
        child<QPushButton>(box, u"removeAssignmentConfirmButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(staffOnServer(webinarId).size(), 1, timeoutMs);
        QCOMPARE(staffOnServer(webinarId).first().role, Role::Director);
        // ... and can be taken back for a few seconds: Undo assigns the moderator again, as a moderator.
        auto *undo = child<QAbstractButton>(panel, u"messageUndoButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible(), timeoutMs);
        panel->window()->activateWindow(); // the confirmation box was the active window
        QVERIFY(QTest::qWaitForWindowActive(panel->window()));
        QTest::keyClick(panel, Qt::Key_U, Qt::AltModifier); // Undo's access key
        QTRY_COMPARE_WITH_TIMEOUT(staffOnServer(webinarId).size(), 2, timeoutMs);
        const QList<api::StaffAssignment> back = staffOnServer(webinarId);
        QVERIFY(std::ranges::any_of(back, [&](const api::StaffAssignment &member) {
            return member.displayName == name && member.role == Role::Moderator;
        }));
        QTRY_COMPARE_WITH_TIMEOUT(staff->model()->rowCount(), 2, timeoutMs);
        controller.session()->signOut();
    }

    void endingALiveWebinarAsks()
    {
        ui::AppController controller({QString(), u"en"_s});
        QWidget *view = guitest::signIn(controller, m_server, Role::Director);
        QVERIFY(view);
        QVERIFY(selectWebinar(view, liveTitle));
        client::WebinarWorkspace *workspace = controller.session()->workspace();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->detail() && workspace->detail()->summary.title == liveTitle, timeoutMs);
        QCOMPARE(workspace->detail()->summary.state, WebinarState::Live);
        auto *apply = child<QPushButton>(view, ui::WebinarStatePanel::stateButtonName(WebinarState::Ended));
        QVERIFY(apply->isVisible() && apply->isEnabled());

        apply->click();
        QMessageBox *box = openBox(view, u"endWebinarBox"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(liveTitle));
        QVERIFY(box->text().contains(u"registered attendee"_s));
        QTest::keyClick(box, Qt::Key_Return); // Enter takes the default: keep it running
        QTest::qWait(300);
        QCOMPARE(workspace->detail()->summary.state, WebinarState::Live);

        apply->click();
        box = openBox(view, u"endWebinarBox"_s);
        QVERIFY(box);
        child<QPushButton>(box, u"endWebinarConfirmButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(workspace->detail()->summary.state, WebinarState::Ended, timeoutMs);
        controller.session()->signOut();
    }
};

QTEST_MAIN(TstGuiSafeActions)
#include "tst_gui_safe_actions.moc"
