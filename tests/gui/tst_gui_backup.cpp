// Drives the admin's backup panel offscreen: the banner says ok, degraded (with the reason, in the warning tone) or
// not configured, and keeps its height whatever it says, so the table below never moves; a refresh with the same
// locations keeps the selected row; the last snapshot is shown in local time; a failed request is reported in the
// banner while the rows received before stay; F5 refreshes and the table takes the keyboard focus. Against the real
// server: started without --backup-to, the admin's "Backups" tab says backups are not configured, asks again on F5,
// and polls only while shown; with two directory targets it lists both as up to date, and when one can no longer be
// written the banner turns to degraded naming it, with the selected row kept.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/BackupStatusModel.h"
#include "panels/BackupPanel.h"
#include "protocol/ApiPaths.h"
#include "protocol/Organisation.h"
#include "session/BackupStatusLoader.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "widgets/StatusLine.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::BackupStatusModel;
using ui::AppController;
using ui::BackupPanel;

namespace {

using guitest::child;
using guitest::timeoutMs;

const QString directory = u"directory /srv/backup"_s;
const QString offsite = u"rclone offsite:regiekamer"_s;

api::BackupTargetStatus target(const QString &description, qint64 ageSeconds, bool reachable = true)
{
    api::BackupTargetStatus status;
    status.description = description;
    status.reachable = reachable;
    status.newestObjectAgeSeconds = ageSeconds;
    status.newestObjectAt = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds);
    status.lastError = reachable ? QString() : u"sftp: connection refused"_s;
    return status;
}

api::BackupStatus status(api::BackupState state, QList<api::BackupTargetStatus> targets)
{
    api::BackupStatus backup;
    backup.state = state;
    backup.engine = u"sqlite-age"_s;
    backup.lastSnapshotAt = QDateTime(QDate(2026, 11, 27), QTime(3, 0, 15), QTimeZone::UTC);
    backup.updatedAt = QDateTime::currentDateTimeUtc();
    backup.targets = std::move(targets);
    return backup;
}

QString tone(BackupPanel &panel)
{
    return child<QWidget>(&panel, u"backupBanner"_s)->property("tone").toString();
}

int bannerHeight(BackupPanel &panel)
{
    return child<QWidget>(&panel, u"backupBanner"_s)->height();
}

// Where the table starts: it must not move when the banner's text changes.
int tableTop(BackupPanel &panel)
{
    QTableView *table = child<QTableView>(&panel, u"backupTargetTable"_s);
    return table->mapTo(&panel, QPoint(0, 0)).y();
}

QAction *refreshAction(BackupPanel &panel)
{
    for (QAction *action : panel.actions()) {
        if (action->shortcut() == QKeySequence(Qt::Key_F5))
            return action;
    }
    return nullptr;
}

// Signs in as the admin and opens the "Backups" tab; nullptr when a step failed.
BackupPanel *openBackups(AppController &controller, const ServerProcess &server)
{
    guitest::clearTrustStore();
    QWidget *view = guitest::signIn(controller, server, Role::Admin);
    auto *tabs = view ? child<QTabWidget>(view, u"adminTabs"_s) : nullptr;
    auto *panel = view ? view->findChild<BackupPanel *>() : nullptr;
    if (!tabs || !panel || tabs->tabText(tabs->indexOf(panel)) != u"Backups"_s)
        return nullptr;
    tabs->setCurrentWidget(panel);
    return panel;
}

} // namespace

class TstGuiBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bannerKeepsItsHeight();
    void refreshKeepsTheSelection();
    void lastSnapshotInLocalTime();
    void failureIsShownInTheBanner();
    void keyboard();
    void adminSeesNotConfigured();
    void adminSeesLocationsAndOneGoingDown();

private:
    // Never destroyed: the test object goes before the application object, while a key derivation of the offline
    // cache may still run on a worker thread and must be able to free its key.
    QCA::Initializer *m_crypto = new QCA::Initializer;
};

void TstGuiBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TstGuiBackup::bannerKeepsItsHeight()
{
    client::SessionController session;
    ui::StatusLine line;
    BackupPanel panel(&session, &line);
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.bannerText(),
             u"The backup status needs a connection to the server. It is shown as soon as the app is online."_s);
    const int height = bannerHeight(panel);
    const int top = tableTop(panel);
    QVERIFY(height > 0);

    panel.model()->setStatus(status(api::BackupState::Ok, {target(directory, 1), target(offsite, 2)}));
    QCOMPARE(panel.bannerText(), u"Backups: all locations up to date"_s);
    QCOMPARE(tone(panel), u"good"_s);
    QCOMPARE(panel.model()->rowCount(), 2);
    QCOMPARE(bannerHeight(panel), height);
    QCOMPARE(tableTop(panel), top);
    // Nor do the columns move when a state, an age or a count changes.
    QHeaderView *header = child<QTableView>(&panel, u"backupTargetTable"_s)->horizontalHeader();
    QTest::qWait(50); // the header sizes its sections to their contents after the event loop ran
    const int lastErrorAt = header->sectionPosition(BackupStatusModel::LastError);

    panel.model()->setStatus(status(api::BackupState::Degraded, {target(directory, 1), target(offsite, 95, false)}));
    QCOMPARE(panel.bannerText(),
             u"Backups are degraded: cannot reach rclone offsite:regiekamer. The server keeps trying; if this lasts, "
             "ask the server's operator to check the backup locations."_s);
    QCOMPARE(tone(panel), u"warning"_s);
    QCOMPARE(bannerHeight(panel), height);
    QCOMPARE(tableTop(panel), top);
    QTest::qWait(50);
    QCOMPARE(header->sectionPosition(BackupStatusModel::LastError), lastErrorAt);

    panel.model()->setStatus(status(api::BackupState::Degraded, {target(directory, 75), target(offsite, 3)}));
    QVERIFY2(panel.bannerText().startsWith(
                 u"Backups are degraded: the newest backup on directory /srv/backup is 1 min old."_s),
             qPrintable(panel.bannerText()));
    QCOMPARE(tone(panel), u"warning"_s);
    QCOMPARE(bannerHeight(panel), height);

    panel.model()->setStatus(status(api::BackupState::Off, {}));
    QCOMPARE(panel.bannerText(), u"Backups are not configured on this server"_s);
    QCOMPARE(tone(panel), u"neutral"_s);
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(bannerHeight(panel), height);
    QCOMPARE(tableTop(panel), top);

    // A narrow window wraps the text, still within the same height.
    panel.resize(420, 500);
    panel.model()->setStatus(status(api::BackupState::Degraded, {target(directory, 1), target(offsite, 95, false)}));
    QTest::qWait(0);
    QCOMPARE(bannerHeight(panel), height);
}

void TstGuiBackup::refreshKeepsTheSelection()
{
    client::SessionController session;
    ui::StatusLine line;
    BackupPanel panel(&session, &line);
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.model()->setStatus(status(api::BackupState::Ok, {target(directory, 1), target(offsite, 2)}));
    auto *table = child<QTableView>(&panel, u"backupTargetTable"_s);
    table->selectRow(1);
    const QString selected = table->currentIndex().siblingAtColumn(BackupStatusModel::Location).data().toString();
    QSignalSpy reset(table->model(), &QAbstractItemModel::modelReset);

    panel.model()->setStatus(status(api::BackupState::Ok, {target(directory, 11), target(offsite, 12)}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->currentIndex().siblingAtColumn(BackupStatusModel::Location).data().toString(), selected);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row()));
    QCOMPARE(table->currentIndex().siblingAtColumn(BackupStatusModel::NewestBackup).data().toString(),
             selected == directory ? u"11 s ago"_s : u"12 s ago"_s);
}

void TstGuiBackup::lastSnapshotInLocalTime()
{
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Amsterdam");
    const auto restoreZone = qScopeGuard([&zone] {
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
    });
    client::SessionController session;
    ui::StatusLine line;
    BackupPanel panel(&session, &line);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.model()->setStatus(status(api::BackupState::Ok, {target(directory, 1)})); // snapshot at 03:00:15 UTC
    const QString details = child<QLabel>(&panel, u"backupDetails"_s)->text();
    QVERIFY2(details.startsWith(u"Last snapshot: "_s + QLocale().toString(QDate(2026, 11, 27), QLocale::ShortFormat) +
                                u" 04:00:15  ·  Status as of "_s),
             qPrintable(details));
}

void TstGuiBackup::failureIsShownInTheBanner()
{
    client::SessionController session; // signed out: the request cannot reach any server
    ui::StatusLine line;
    BackupPanel panel(&session, &line);
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.model()->setStatus(status(api::BackupState::Ok, {target(directory, 1)}));
    const int height = bannerHeight(panel);
    QSignalSpy failed(panel.loader(), &client::BackupStatusLoader::failed);
    panel.loader()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeoutMs);
    QVERIFY2(panel.bannerText().startsWith(u"The backup status could not be read: "_s), qPrintable(panel.bannerText()));
    QVERIFY2(panel.bannerText().endsWith(u" Press F5 to try again."_s), qPrintable(panel.bannerText()));
    QCOMPARE(tone(panel), u"error"_s);
    QCOMPARE(bannerHeight(panel), height);
    QCOMPARE(panel.model()->rowCount(), 1); // what was received before stays

    // Signing out forgets both.
    panel.loader()->reset();
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(tone(panel), u"neutral"_s);
    QCOMPARE(bannerHeight(panel), height);
}

void TstGuiBackup::keyboard()
{
    client::SessionController session;
    ui::StatusLine line;
    BackupPanel panel(&session, &line);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.model()->setStatus(status(api::BackupState::Ok, {target(directory, 1), target(offsite, 2)}));
    auto *table = child<QTableView>(&panel, u"backupTargetTable"_s);
    QVERIFY(table->focusPolicy() & Qt::TabFocus);
    table->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(table->currentIndex().isValid());
    QAction *refresh = refreshAction(panel);
    QVERIFY(refresh);
    QSignalSpy triggered(refresh, &QAction::triggered);
    QTest::keyClick(table, Qt::Key_F5);
    QCOMPARE(triggered.size(), 1);
}

void TstGuiBackup::adminSeesNotConfigured()
{
    ServerProcess server;
    QVERIFY2(server.start({u"--demo"_s}), server.lastOutput().constData());
    AppController controller({QString(), u"en"_s});
    BackupPanel *panel = openBackups(controller, server);
    QVERIFY(panel);
    QTRY_COMPARE_WITH_TIMEOUT(panel->bannerText(), u"Backups are not configured on this server"_s, timeoutMs);
    QCOMPARE(tone(*panel), u"neutral"_s);
    QCOMPARE(panel->model()->rowCount(), 0);
    QVERIFY(panel->loader()->isPolling());

    QVERIFY(QTest::qWaitForWindowActive(panel->window()));
    QSignalSpy answered(panel->model(), &BackupStatusModel::statusChanged);
    QTest::keyClick(child<QTableView>(panel, u"backupTargetTable"_s), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 1, timeoutMs);
    QCOMPARE(panel->bannerText(), u"Backups are not configured on this server"_s);

    child<QTabWidget>(panel->window(), u"adminTabs"_s)->setCurrentIndex(0);
    QVERIFY(!panel->loader()->isPolling());
    controller.session()->signOut();
}

// Two directory targets; the second one turns into a file, so the server cannot store objects there any more.
void TstGuiBackup::adminSeesLocationsAndOneGoingDown()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString site1 = work.filePath(u"site1"_s);
    const QString site2 = work.filePath(u"site2"_s);
    const QString recipients = work.filePath(u"recipients"_s);
    QVERIFY(QDir().mkpath(site1) && QDir().mkpath(site2));
    ServerProcess server;
    QByteArray output;
    QCOMPARE(server.runAdmin({u"backup"_s, u"keygen"_s, u"--identity"_s, work.filePath(u"identity"_s),
                              u"--recipients"_s, recipients},
                             {}, &output),
             0);
    QVERIFY2(server.start(
                 {u"--demo"_s, u"--backup-recipients"_s, recipients, u"--backup-to"_s, site1, u"--backup-to"_s, site2}),
             server.lastOutput().constData());
    AppController controller({QString(), u"en"_s});
    BackupPanel *panel = openBackups(controller, server);
    QVERIFY(panel);
    QTRY_COMPARE_WITH_TIMEOUT(panel->bannerText(), u"Backups: all locations up to date"_s, timeoutMs);
    QCOMPARE(tone(*panel), u"good"_s);
    auto *table = child<QTableView>(panel, u"backupTargetTable"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    const QString gone = u"directory "_s + QDir::cleanPath(site2);
    int goneRow = -1;
    for (int row = 0; row < 2; ++row) {
        if (table->model()->index(row, BackupStatusModel::Location).data().toString() == gone)
            goneRow = row;
    }
    QVERIFY(goneRow >= 0);
    QCOMPARE(table->model()->index(goneRow, BackupStatusModel::State).data().toString(), u"Reachable"_s);
    table->selectRow(goneRow);

    QVERIFY(QDir().rename(site2, site2 + u".gone"_s)); // at once, while the server may be writing there
    QFile blocker(site2);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto api = guitest::signedInApi(server, server.demoAccounts().value(Role::Admin));
    QVERIFY(api);
    QVERIFY(guitest::call(*api, "POST", QString::fromLatin1(api::path::organisations),
                          api::OrganisationCreate {u"Backup drill"_s}.toJson()));
    const QString degraded = u"Backups are degraded: cannot reach "_s + gone;
    QTRY_VERIFY2_WITH_TIMEOUT(panel->bannerText().startsWith(degraded), qPrintable(panel->bannerText()), 40000);
    QCOMPARE(tone(*panel), u"warning"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->currentIndex().siblingAtColumn(BackupStatusModel::Location).data().toString(), gone);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row()));
    QCOMPARE(table->currentIndex().siblingAtColumn(BackupStatusModel::State).data().toString(), u"Unreachable"_s);
    controller.session()->signOut();
}

QTEST_MAIN(TstGuiBackup)
#include "tst_gui_backup.moc"
