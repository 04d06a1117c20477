// Drives the admin's backup panel offscreen: the banner says ok, degraded (with the reason, in the warning tone) or
// not configured, and keeps its height whatever it says, so the table below never moves; a refresh with the same
// locations keeps the selected row; the last snapshot is shown in local time; a failed request is reported in the
// banner while the rows received before stay; F5 refreshes and the table takes the keyboard focus. Against the real
// server (--demo, started without --backup-to) the admin's "Backups" tab says backups are not configured, asks again
// on F5, and polls only while shown.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/BackupStatusModel.h"
#include "panels/BackupPanel.h"
#include "session/BackupStatusLoader.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "widgets/StatusLine.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
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
    void adminSeesNotConfigured(); // needs GET /api/v1/backup/status on the server

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

    panel.model()->setStatus(status(api::BackupState::Degraded, {target(directory, 1), target(offsite, 95, false)}));
    QCOMPARE(panel.bannerText(),
             u"Backups are degraded: cannot reach rclone offsite:regiekamer. The server keeps trying; if this lasts, "
             "ask the server's operator to check the backup locations."_s);
    QCOMPARE(tone(panel), u"warning"_s);
    QCOMPARE(bannerHeight(panel), height);
    QCOMPARE(tableTop(panel), top);

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
    guitest::clearTrustStore();
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, server, Role::Admin);
    QVERIFY(view);
    auto *tabs = child<QTabWidget>(view, u"adminTabs"_s);
    auto *panel = view->findChild<BackupPanel *>();
    QVERIFY(tabs && panel);
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), u"Backups"_s);
    QVERIFY(!panel->loader()->isPolling());
    tabs->setCurrentWidget(panel);
    QTRY_COMPARE_WITH_TIMEOUT(panel->bannerText(), u"Backups are not configured on this server"_s, timeoutMs);
    QCOMPARE(tone(*panel), u"neutral"_s);
    QCOMPARE(panel->model()->rowCount(), 0);
    QVERIFY(panel->loader()->isPolling());

    QVERIFY(QTest::qWaitForWindowActive(view->window()));
    QSignalSpy answered(panel->model(), &BackupStatusModel::statusChanged);
    QTest::keyClick(child<QTableView>(panel, u"backupTargetTable"_s), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 1, timeoutMs);
    QCOMPARE(panel->bannerText(), u"Backups are not configured on this server"_s);

    tabs->setCurrentIndex(0);
    QVERIFY(!panel->loader()->isPolling());
    controller.session()->signOut();
    guitest::clearTrustStore();
}

QTEST_MAIN(TstGuiBackup)
#include "tst_gui_backup.moc"
