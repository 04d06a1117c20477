// The director assigns a moderator from the server's candidate list and removes them again, against the real server
// (--demo), offscreen, in English and Dutch: the list is sorted and offers only active moderators not yet assigned;
// removing asks and can be undone; a separate API client reads every change back from the server.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/WebinarListModel.h"
#include "net/ApiClient.h"
#include "net/DomainClient.h"
#include "protocol/ApiPaths.h"
#include "protocol/Lists.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
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
using ui::AppController;

namespace {

using guitest::await;
using guitest::call;
using guitest::child;
using guitest::expectText;
using guitest::timeoutMs;

const QString rehearsalTitle = u"Valpreventie bij ouderen: wat werkt echt?"_s; // director assigned, no moderator

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int index = 0; index < combo->count(); ++index)
        texts.append(combo->itemText(index));
    return texts;
}

int staffRow(const QListWidget *list, qint64 userId)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == userId)
            return row;
    }
    return -1;
}

// Whether the server lists the account among the webinar's staff now.
bool staffedOnServer(client::ApiClient &api, qint64 webinarId, qint64 userId)
{
    const auto detail =
        await<api::WebinarDetail>([&](auto done) { client::DomainClient(api).fetchWebinar(webinarId, done); });
    return detail && detail->staff &&
        std::ranges::any_of(*detail->staff, [&](const auto &member) { return member.userId == userId; });
}

} // namespace

class TstGuiModeratorAssignment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { guitest::clearTrustStore(); }
    void directorAssignsAndRemovesModerator_data();
    void directorAssignsAndRemovesModerator();
    void cleanupTestCase()
    {
        m_server.terminate();
        guitest::clearTrustStore();
    }

private:
    QList<api::StaffAssignment> candidatesOnServer(client::ApiClient &api, qint64 webinarId);
    void signIn(AppController &controller, Role role);
    void selectWebinar(QWidget *view, const QString &title);

    QCA::Initializer *m_crypto = new QCA::Initializer; // never destroyed, as in the other GUI tests
    ServerProcess m_server;
};

void TstGuiModeratorAssignment::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    // A second active moderator (sorted before the demo one) and a disabled one, who must never be offered.
    auto admin = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Admin));
    QVERIFY(admin);
    for (const auto &[email, name] : {std::pair(u"anna.aalders@example.org"_s, u"Anna Aalders"_s),
                                      std::pair(u"zeno.uit@example.org"_s, u"Zeno Uit"_s)}) {
        const auto created = call(*admin, "POST", QString::fromLatin1(api::path::users),
                                  {{u"email"_s, email},
                                   {u"displayName"_s, name},
                                   {u"role"_s, u"moderator"_s},
                                   {u"organisationId"_s, 0},
                                   {u"password"_s, u"Correct-Horse-Battery-9"_s}});
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        if (name == u"Zeno Uit"_s) {
            const auto disabled =
                call(*admin, "PATCH", api::path::expand(api::path::user, {created->value(u"id"_s).toInteger()}),
                     {{u"version"_s, created->value(u"version"_s)}, {u"disabled"_s, true}});
            QVERIFY2(disabled, disabled ? "" : qPrintable(disabled.error().message));
        }
    }
}

void TstGuiModeratorAssignment::signIn(AppController &controller, Role role)
{
    QVERIFY(guitest::signIn(controller, m_server, role));
    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->connection(), client::SessionController::Connection::Live,
                              timeoutMs);
}

void TstGuiModeratorAssignment::selectWebinar(QWidget *view, const QString &title)
{
    auto *table = child<QTableView>(view, u"webinarTable"_s);
    QVERIFY(table);
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = table->model()
                                        ->match(table->model()->index(0, client::WebinarListModel::Title),
                                                Qt::DisplayRole, title, 1, Qt::MatchExactly)
                                        .value(0)
                                        .row()) >= 0,
                             timeoutMs);
    table->selectRow(row);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view, u"webinarTitleLabel"_s)->text(), title, timeoutMs);
}

QList<api::StaffAssignment> TstGuiModeratorAssignment::candidatesOnServer(client::ApiClient &api, qint64 webinarId)
{
    const auto answer = call(api, "GET", api::path::expand(api::path::webinarStaffCandidates, {webinarId}));
    if (!answer) {
        qWarning("staff candidates: %s", qPrintable(answer.error().message));
        return {};
    }
    return api::listFromJson<api::StaffAssignment>(*answer).value_or(QList<api::StaffAssignment>());
}

void TstGuiModeratorAssignment::directorAssignsAndRemovesModerator_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("nl") << u"nl"_s;
}

// The candidate list comes from the server (sorted, active moderators not yet assigned) and follows every change.
void TstGuiModeratorAssignment::directorAssignsAndRemovesModerator()
{
    QFETCH(QString, language);
    AppController controller({QString(), language});
    signIn(controller, Role::Director);
    if (QTest::currentTestFailed())
        return;
    QWidget *view = controller.mainWindow()->currentRoleView();
    selectWebinar(view, rehearsalTitle); // no moderator assigned in the demo data
    if (QTest::currentTestFailed())
        return;
    const qint64 webinarId = controller.session()->workspace()->webinarId();
    auto *tabs = child<QTabWidget>(view, u"webinarTabs"_s);
    tabs->setCurrentWidget(child<QWidget>(view, u"staffPanel"_s));
    expectText(tabs->tabText(tabs->currentIndex()), "regiekamer::ui::DirectorView", "Staff", u"Team"_s, language);
    auto reader = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Director));
    QVERIFY(reader);
    const QList<api::StaffAssignment> offered = candidatesOnServer(*reader, webinarId);
    QStringList names;
    for (const api::StaffAssignment &candidate : offered)
        names.append(candidate.displayName);
    QCOMPARE(names, QStringList({u"Anna Aalders"_s, u"Fatima El Amrani"_s})); // sorted; the disabled one is absent
    auto *combo = child<QComboBox>(view, u"moderatorCandidateCombo"_s);
    QTRY_COMPARE_WITH_TIMEOUT(comboTexts(combo), names, timeoutMs);
    auto *hint = child<QLabel>(view, u"staffHintLabel"_s);
    QVERIFY(!hint->property("error").toBool());
    expectText(hint->text(), "regiekamer::ui::StaffPanel",
               "Active moderators who are not yet assigned to this webinar can be added here. Directors are assigned "
               "by an administrator.",
               u"Actieve moderatoren die nog niet aan dit webinar zijn toegewezen, kun je hier toevoegen. Regisseurs "
               u"worden door een beheerder toegewezen."_s,
               language);
    QVERIFY(!QTest::currentTestFailed());

    // Assign the second candidate: it moves from the combo box to the staff list, here and on the server.
    const api::StaffAssignment chosen = offered.at(1);
    combo->setCurrentIndex(combo->findData(chosen.userId));
    auto *assign = child<QPushButton>(view, u"assignModeratorButton"_s);
    QVERIFY(assign->isEnabled());
    QTest::mouseClick(assign, Qt::LeftButton);
    auto *staff = child<QListWidget>(view, u"staffList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(staffRow(staff, chosen.userId) >= 0, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(comboTexts(combo), QStringList({offered.at(0).displayName}), timeoutMs);
    QVERIFY(staff->item(staffRow(staff, chosen.userId))->text().startsWith(chosen.displayName));
    QVERIFY(staffedOnServer(*reader, webinarId, chosen.userId));
    QCOMPARE(candidatesOnServer(*reader, webinarId).size(), 1);

    // A director's own row cannot be removed; the moderator's can.
    for (int row = 0; row < staff->count(); ++row) {
        staff->setCurrentRow(row);
        const bool isChosen = staff->item(row)->data(Qt::UserRole).toLongLong() == chosen.userId;
        QCOMPARE(child<QPushButton>(view, u"removeStaffButton"_s)->isEnabled(), isChosen);
    }
    // Removing asks, names the moderator, and can be undone from the message bar for a few seconds.
    const auto removeChosen = [&] {
        staff->setCurrentRow(staffRow(staff, chosen.userId));
        QTest::mouseClick(child<QPushButton>(view, u"removeStaffButton"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = view->findChild<QMessageBox *>(u"removeModeratorBox"_s)) != nullptr, timeoutMs);
        QVERIFY(box->text().contains(chosen.displayName));
        child<QPushButton>(box, u"removeModeratorConfirmButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(staffRow(staff, chosen.userId) < 0, timeoutMs);
    };
    removeChosen();
    if (QTest::currentTestFailed())
        return;
    auto *bar = child<QWidget>(view, u"messageBar"_s);
    auto *undo = child<QAbstractButton>(bar, u"messageUndoButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible(), timeoutMs);
    undo->click();
    QTRY_VERIFY_WITH_TIMEOUT(staffRow(staff, chosen.userId) >= 0, timeoutMs);
    QVERIFY(staffedOnServer(*reader, webinarId, chosen.userId));
    removeChosen();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(comboTexts(combo), names, timeoutMs);
    QVERIFY(!staffedOnServer(*reader, webinarId, chosen.userId));
    QCOMPARE(candidatesOnServer(*reader, webinarId).size(), offered.size());
}

QTEST_MAIN(TstGuiModeratorAssignment)
#include "tst_gui_moderator_assignment.moc"
