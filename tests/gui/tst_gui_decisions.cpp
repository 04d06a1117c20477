// The director's decisions on registrations at live-event speed (issue 16): several at once (Shift, Ctrl, Ctrl+A and
// Alt+A: twenty approvals in two keystrokes instead of forty clicks), a decided person leaving the "pending" list
// never passes the selection on to the next one, and rejecting asks, names whom, and can be undone for ten seconds.
// Every decision is checked on the server.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/RegistrationModel.h"
#include "models/WebinarListModel.h"
#include "net/ApiClient.h"
#include "protocol/ApiPaths.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"
#include "widgets/StateMarks.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::timeoutMs;

namespace {

const QString liveTitle = u"Zorg op afstand: lessen uit drie jaar e-health"_s; // the demo director is assigned

QMessageBox *openBox(QWidget *parent, const QString &name)
{
    QMessageBox *found = nullptr;
    const bool shown =
        QTest::qWaitFor([&] { return (found = parent->findChild<QMessageBox *>(name)) != nullptr; }, timeoutMs);
    return shown ? found : nullptr;
}

int comboIndexOf(QComboBox *combo, int value)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toInt() == value)
            return i;
    }
    return -1;
}

} // namespace

class TstGuiDecisions : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QCA::Initializer *m_crypto = new QCA::Initializer;

    // The director's window on the live webinar, its attendee table filtered to the pending registrations.
    QTableView *openPending(ui::AppController &controller, const QString &language)
    {
        QWidget *view = guitest::signIn(controller, m_server, Role::Director, language);
        if (!view)
            return nullptr;
        auto *webinars = view->findChild<QTableView *>(u"webinarTable"_s);
        const bool listed = QTest::qWaitFor([webinars] { return webinars->model()->rowCount() > 0; }, timeoutMs);
        for (int row = 0; listed && row < webinars->model()->rowCount(); ++row) {
            if (webinars->model()->index(row, client::WebinarListModel::Title).data().toString() == liveTitle)
                webinars->selectRow(row);
        }
        auto *filter = child<QComboBox>(view, u"approvalFilterCombo"_s);
        filter->setCurrentIndex(comboIndexOf(filter, static_cast<int>(api::ApprovalState::Pending)));
        auto *table = child<QTableView>(view, u"attendeeTable"_s);
        const bool loaded = QTest::qWaitFor(
            [&] {
                const auto *loader = controller.session()->workspace()->registrationLoader();
                return table->model()->rowCount() > 0 && !loader->isLoading();
            },
            timeoutMs);
        return loaded ? table : nullptr;
    }

    static qint64 idAt(QTableView *table, int row)
    {
        return table->model()->index(row, 0).data(client::RegistrationModel::IdRole).toLongLong();
    }

    // The registration's approval state as the server has it now.
    QString stateOnServer(qint64 registrationId)
    {
        auto director = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Director));
        const auto stored =
            guitest::call(*director, "GET", api::path::expand(api::path::registration, {registrationId}));
        return stored ? stored->value(u"approvalState"_s).toString() : stored.error().message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    }

    void init() { guitest::clearTrustStore(); }

    // Approving the selected person removes them from the pending list; nobody else is selected in their place, so
    // a second click (or a double click) decides on nobody.
    void decidedRowsDoNotPassTheSelectionOn()
    {
        ui::AppController controller({QString(), u"en"_s});
        QTableView *table = openPending(controller, u"en"_s);
        QVERIFY(table);
        QVERIFY(table->model()->rowCount() >= 2);
        // States that need attention carry a mark besides their colour: readable without the colour.
        const int approvalColumn =
            controller.session()->workspace()->registrations()->columnOf(client::RegistrationModel::Field::Approval);
        QVERIFY(qobject_cast<ui::StateMarkDelegate *>(table->itemDelegateForColumn(approvalColumn)));
        using Marks = ui::StateMarkDelegate;
        QCOMPARE(Marks::markFor(Marks::Kind::ApprovalState, int(api::ApprovalState::Pending)).symbol, u"◔"_s);
        QCOMPARE(Marks::markFor(Marks::Kind::ApprovalState, int(api::ApprovalState::Rejected)).symbol, u"✕"_s);
        QCOMPARE(Marks::markFor(Marks::Kind::WebinarState, int(WebinarState::Live)).symbol, u"●"_s);
        QVERIFY(Marks::markFor(Marks::Kind::WebinarState, int(WebinarState::Scheduled)).symbol.isEmpty());
        auto *webinars = child<QTableView>(controller.mainWindow(), u"webinarTable"_s);
        QVERIFY(qobject_cast<Marks *>(webinars->itemDelegateForColumn(client::WebinarListModel::State)));
        const qint64 first = idAt(table, 0);
        const qint64 next = idAt(table, 1);
        table->selectRow(0);
        auto *approve = child<QPushButton>(controller.mainWindow(), u"approveRegistrationButton"_s);
        QVERIFY(approve->isEnabled());
        approve->click();
        QTRY_VERIFY_WITH_TIMEOUT(idAt(table, 0) != first, timeoutMs); // gone from the pending list
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());
        QVERIFY(!approve->isEnabled());
        approve->click(); // the double click's second half
        QTest::qWait(300);
        QCOMPARE(stateOnServer(first), u"approved"_s);
        QCOMPARE(stateOnServer(next), u"pending"_s);
        controller.session()->signOut();
    }

    void rejectingAsksAndCanBeUndone_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nl") << u"nl"_s;
    }

    // Rejecting two people asks first, naming both and the webinar; "Keep them" (the default) changes nothing. After
    // confirming, the message says what happened and offers Undo, which puts both back to pending.
    void rejectingAsksAndCanBeUndone()
    {
        QFETCH(QString, language);
        ui::AppController controller({QString(), language});
        QTableView *table = openPending(controller, language);
        QVERIFY(table);
        QVERIFY(table->model()->rowCount() >= 2);
        const QList<qint64> chosen {idAt(table, 0), idAt(table, 1)};
        const auto *registrations = controller.session()->workspace()->registrations();
        QStringList names;
        for (const qint64 id : chosen)
            names << registrations->rowAt(registrations->rowOfId(id)).data.fullName.value_or(QString());
        table->selectRow(0);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *reject = child<QPushButton>(controller.mainWindow(), u"rejectRegistrationButton"_s);

        reject->click();
        QMessageBox *box = openBox(controller.mainWindow(), u"rejectRegistrationsBox"_s);
        QVERIFY(box);
        for (const QString &name : std::as_const(names))
            QVERIFY2(box->text().contains(name), qPrintable(box->text()));
        QVERIFY(box->text().contains(liveTitle));
        QTest::keyClick(box, Qt::Key_Return); // the default keeps them
        QTest::qWait(300);
        for (const qint64 id : chosen)
            QCOMPARE(stateOnServer(id), u"pending"_s);

        reject->click();
        box = openBox(controller.mainWindow(), u"rejectRegistrationsBox"_s);
        QVERIFY(box);
        child<QPushButton>(box, u"rejectConfirmButton"_s)->click();
        auto *messages = child<ui::MessageBar>(controller.mainWindow(), u"messageBar"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            messages->text(), language == u"nl"_s ? u"2 aanmeldingen: afgewezen."_s : u"2 registrations: rejected."_s,
            timeoutMs);
        for (const qint64 id : chosen)
            QCOMPARE(stateOnServer(id), u"rejected"_s);
        auto *undo = child<QToolButton>(messages, u"messageUndoButton"_s);
        QVERIFY(undo->isVisible());
        undo->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOnServer(chosen.first()), u"pending"_s, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(stateOnServer(chosen.last()), u"pending"_s, timeoutMs);
        QVERIFY(!undo->isVisible()); // offered once
        controller.session()->signOut();
    }

    // A right click (or the Menu key) on the attendee table offers the same decisions as the buttons, in the same
    // words, and choosing one decides for the selected person.
    void contextMenuOffersTheDecisions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nl") << u"nl"_s;
    }

    void contextMenuOffersTheDecisions()
    {
        QFETCH(QString, language);
        ui::AppController controller({QString(), u"en"_s});
        QTableView *table = openPending(controller, language);
        QVERIFY(table);
        const qint64 chosen = idAt(table, 0);
        table->selectRow(0);
        Q_EMIT table->customContextMenuRequested(table->visualRect(table->model()->index(0, 0)).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = table->findChild<QMenu *>(u"viewContextMenu"_s)) != nullptr);
        QTRY_VERIFY(menu->isVisible());
        auto *approve = child<QPushButton>(table->window(), u"approveRegistrationButton"_s);
        auto *reject = child<QPushButton>(table->window(), u"rejectRegistrationButton"_s);
        auto *waitlist = child<QPushButton>(table->window(), u"waitlistRegistrationButton"_s);
        QCOMPARE(menu->actions().size(), 3);
        QCOMPARE(menu->actions().at(0)->text(), approve->text());
        QCOMPARE(menu->actions().at(1)->text(), reject->text());
        QCOMPARE(menu->actions().at(2)->text(), waitlist->text());
        QCOMPARE(approve->text(), language == u"nl"_s ? u"&Goedkeuren"_s : u"&Approve"_s);
        QVERIFY(menu->actions().at(0)->isEnabled());
        menu->actions().at(0)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOnServer(chosen), u"approved"_s, timeoutMs);
        controller.session()->signOut();
    }

    // Every pending registration approved with the keyboard: Ctrl+A in the table, Alt+A. Before this change each
    // needed a click on its row and one on Approve (two per person; forty for twenty).
    void approvingManyTakesTwoKeystrokes()
    {
        ui::AppController controller({QString(), u"en"_s});
        QTableView *table = openPending(controller, u"en"_s);
        QVERIFY(table);
        QList<qint64> pending;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            pending << idAt(table, row);
        QVERIFY2(pending.size() >= 10, qPrintable(QString::number(pending.size())));
        controller.mainWindow()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(controller.mainWindow()));
        table->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(table->hasFocus(), timeoutMs);
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier); // 1: select all
        QTest::keyClick(controller.mainWindow(), Qt::Key_A, Qt::AltModifier); // 2: &Approve
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, timeoutMs);
        for (const qint64 id : std::as_const(pending))
            QCOMPARE(stateOnServer(id), u"approved"_s);
        qInfo("%lld pending registrations approved with 2 keystrokes (before: %lld clicks)",
              static_cast<long long>(pending.size()), static_cast<long long>(2 * pending.size()));
        controller.session()->signOut();
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        guitest::clearTrustStore();
    }
};

QTEST_MAIN(TstGuiDecisions)
#include "tst_gui_decisions.moc"
