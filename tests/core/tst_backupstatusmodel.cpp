// The backup status model: one row per target with its state, the newest backup's age in words and the objects
// waiting; a refresh with the same targets updates the rows in place (dataChanged, never a reset), so a view keeps
// its selection; targets that come and go are inserted and removed; the reason of a degraded state.
#include "models/BackupStatusModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::BackupStatusModel;
using Health = BackupStatusModel::Health;

namespace {

const QString directory = u"directory /srv/backup"_s;
const QString offsite = u"rclone offsite:regiekamer"_s;

api::BackupTargetStatus target(const QString &description, qint64 ageSeconds, bool reachable = true, qint64 queued = 0,
                               const QString &lastError = {})
{
    api::BackupTargetStatus status;
    status.description = description;
    status.reachable = reachable;
    status.newestObjectAgeSeconds = ageSeconds;
    if (ageSeconds >= 0)
        status.newestObjectAt = QDateTime(QDate(2026, 11, 27), QTime(14, 5), QTimeZone::UTC).addSecs(-ageSeconds);
    status.queuedObjects = queued;
    status.lastError = lastError;
    return status;
}

api::BackupStatus status(api::BackupState state, QList<api::BackupTargetStatus> targets)
{
    api::BackupStatus backup;
    backup.state = state;
    backup.engine = u"sqlite-age"_s;
    backup.lastSnapshotAt = QDateTime(QDate(2026, 11, 27), QTime(3, 0), QTimeZone::UTC);
    backup.updatedAt = QDateTime(QDate(2026, 11, 27), QTime(14, 5), QTimeZone::UTC);
    backup.targets = std::move(targets);
    return backup;
}

QString cell(const BackupStatusModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

Health health(const BackupStatusModel &model, int row)
{
    return static_cast<Health>(model.index(row, 0).data(BackupStatusModel::HealthRole).toInt());
}

} // namespace

class TstBackupStatusModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyUntilAStatusArrives();
    void rowsStatesAndAges();
    void ageInWords_data();
    void ageInWords();
    void refreshWithTheSameTargetsUpdatesInPlace();
    void targetsThatComeAndGo();
    void offClearsTheRows();
    void degradedReason_data();
    void degradedReason();
    void clearForgetsTheStatus();
};

void TstBackupStatusModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TstBackupStatusModel::emptyUntilAStatusArrives()
{
    BackupStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.hasStatus());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(BackupStatusModel::ColumnCount));
    QCOMPARE(model.headerData(BackupStatusModel::Location, Qt::Horizontal).toString(), u"Location"_s);
    QCOMPARE(model.headerData(BackupStatusModel::NewestBackup, Qt::Horizontal).toString(), u"Newest backup"_s);
}

void TstBackupStatusModel::rowsStatesAndAges()
{
    BackupStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &BackupStatusModel::statusChanged);
    model.setStatus(status(api::BackupState::Degraded,
                           {target(directory, 12, true, 0), target(offsite, 200, false, 1234, u"connection refused"_s),
                            target(u"directory /mnt/second"_s, 180), target(u"directory /mnt/new"_s, -1)}));
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.hasStatus());
    QCOMPARE(model.status().state, api::BackupState::Degraded);
    QCOMPARE(model.status().lastSnapshotAt, QDateTime(QDate(2026, 11, 27), QTime(3, 0), QTimeZone::UTC));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(cell(model, 0, BackupStatusModel::Location), directory);
    QCOMPARE(cell(model, 0, BackupStatusModel::State), u"Reachable"_s);
    QCOMPARE(cell(model, 0, BackupStatusModel::NewestBackup), u"12 s ago"_s);
    QCOMPARE(cell(model, 0, BackupStatusModel::Queued), u"0"_s);
    QCOMPARE(cell(model, 0, BackupStatusModel::LastError), QString());
    QCOMPARE(cell(model, 1, BackupStatusModel::State), u"Unreachable"_s);
    QCOMPARE(cell(model, 1, BackupStatusModel::NewestBackup), u"3 min ago"_s);
    QCOMPARE(cell(model, 1, BackupStatusModel::Queued), u"1,234"_s);
    QCOMPARE(model.index(1, BackupStatusModel::Queued).data(BackupStatusModel::SortRole).toLongLong(), 1234);
    QCOMPARE(cell(model, 1, BackupStatusModel::LastError), u"connection refused"_s);
    QCOMPARE(cell(model, 3, BackupStatusModel::NewestBackup), u"no backup yet"_s);
    QCOMPARE(health(model, 0), Health::UpToDate);
    QCOMPARE(health(model, 1), Health::Unreachable);
    QCOMPARE(health(model, 2), Health::Behind);
    QCOMPARE(health(model, 3), Health::NoBackupYet);
    QVERIFY(cell(model, 0, BackupStatusModel::NewestBackup, Qt::ToolTipRole)
                .contains(BackupStatusModel::localTimeText(model.targetAt(0).newestObjectAt)));
}

void TstBackupStatusModel::ageInWords_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("age");
    QTest::addColumn<QString>("duration");
    QTest::newRow("none") << qint64(-1) << u"no backup yet"_s << u"0 s"_s;
    QTest::newRow("0 s") << qint64(0) << u"0 s ago"_s << u"0 s"_s;
    QTest::newRow("12 s") << qint64(12) << u"12 s ago"_s << u"12 s"_s;
    QTest::newRow("59 s") << qint64(59) << u"59 s ago"_s << u"59 s"_s;
    QTest::newRow("1 min") << qint64(60) << u"1 min ago"_s << u"1 min"_s;
    QTest::newRow("3 min") << qint64(3 * 60 + 59) << u"3 min ago"_s << u"3 min"_s;
    QTest::newRow("2 h") << qint64(2 * 3600 + 1) << u"2 h ago"_s << u"2 h"_s;
    QTest::newRow("4 d") << qint64(4 * 86400 + 7) << u"4 d ago"_s << u"4 d"_s;
}

void TstBackupStatusModel::ageInWords()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, age);
    QFETCH(QString, duration);
    QCOMPARE(BackupStatusModel::ageText(seconds), age);
    QCOMPARE(BackupStatusModel::durationText(seconds), duration);
}

void TstBackupStatusModel::refreshWithTheSameTargetsUpdatesInPlace()
{
    BackupStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatus(status(api::BackupState::Ok, {target(directory, 2), target(offsite, 3), target(u"x"_s, 4)}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy statusChanged(&model, &BackupStatusModel::statusChanged);

    // Ten seconds later: two targets moved on, the third did not change at all.
    model.setStatus(status(api::BackupState::Ok, {target(directory, 1), target(offsite, 13), target(u"x"_s, 4)}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(0, BackupStatusModel::ColumnCount - 1));
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(statusChanged.size(), 1);
    QCOMPARE(cell(model, 1, BackupStatusModel::NewestBackup), u"13 s ago"_s);

    // The server lists the same targets in another order: still no reset, the rows keep their places.
    model.setStatus(status(api::BackupState::Ok, {target(u"x"_s, 5), target(offsite, 13), target(directory, 1)}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, BackupStatusModel::Location), directory);
    QCOMPARE(cell(model, 2, BackupStatusModel::NewestBackup), u"5 s ago"_s);
    QCOMPARE(model.status().targets.size(), 3);
}

void TstBackupStatusModel::targetsThatComeAndGo()
{
    BackupStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatus(status(api::BackupState::Ok, {target(directory, 2), target(offsite, 3)}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setStatus(status(api::BackupState::Ok, {target(offsite, 4), target(u"directory /mnt/third"_s, 5)}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, BackupStatusModel::Location), offsite);
    QCOMPARE(cell(model, 1, BackupStatusModel::Location), u"directory /mnt/third"_s);

    // Two targets under one description cannot be told apart by it: the model starts over.
    model.setStatus(status(api::BackupState::Ok, {target(offsite, 4), target(offsite, 6)}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 1, BackupStatusModel::NewestBackup), u"6 s ago"_s);
}

void TstBackupStatusModel::offClearsTheRows()
{
    BackupStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatus(status(api::BackupState::Ok, {target(directory, 2), target(offsite, 3)}));
    model.setStatus(status(api::BackupState::Off, {}));
    QVERIFY(model.hasStatus());
    QCOMPARE(model.status().state, api::BackupState::Off);
    QCOMPARE(model.rowCount(), 0);
}

void TstBackupStatusModel::degradedReason_data()
{
    QTest::addColumn<QList<api::BackupTargetStatus>>("targets");
    QTest::addColumn<qint64>("pending");
    QTest::addColumn<QString>("serverError");
    QTest::addColumn<qint64>("statusAge"); // seconds since the server wrote the status
    QTest::addColumn<QString>("reason");
    QTest::newRow("unreachable") << QList {target(directory, 2), target(offsite, 30, false)} << qint64(0) << QString()
                                 << qint64(2) << u"cannot reach rclone offsite:regiekamer"_s;
    QTest::newRow("two unreachable") << QList {target(directory, 2, false), target(offsite, 30, false)} << qint64(0)
                                     << QString() << qint64(2)
                                     << u"cannot reach directory /srv/backup and rclone offsite:regiekamer"_s;
    QTest::newRow("behind") << QList {target(directory, 61), target(offsite, 60)} << qint64(0) << QString() << qint64(2)
                            << u"the newest backup on directory /srv/backup is 1 min old"_s;
    QTest::newRow("none yet") << QList {target(directory, -1)} << qint64(0) << QString() << qint64(2)
                              << u"directory /srv/backup holds no backup yet"_s;
    QTest::newRow("both") << QList {target(directory, 200), target(offsite, 3, false)} << qint64(0) << QString()
                          << qint64(2)
                          << u"cannot reach rclone offsite:regiekamer; the newest backup on directory /srv/backup "
                             "is 3 min old"_s;
    QTest::newRow("cannot write") << QList {target(directory, 200), target(offsite, 300, false)} << qint64(0)
                                  << u"age: exit status 1"_s << qint64(2)
                                  << u"the server cannot write backups (age: exit status 1); cannot reach rclone "
                                     "offsite:regiekamer; the newest backup on directory /srv/backup is 3 min old"_s;
    QTest::newRow("pending") << QList {target(directory, 2)} << qint64(1500) << QString() << qint64(2)
                             << u"changes not yet backed up: 1,500"_s;
    QTest::newRow("stale") << QList {target(directory, 2)} << qint64(3) << QString() << qint64(61)
                           << u"the backups have not reported their state since "_s +
            BackupStatusModel::localTimeText(QDateTime(QDate(2026, 11, 27), QTime(14, 5), QTimeZone::UTC));
    QTest::newRow("unnamed") << QList {target(directory, 2)} << qint64(0) << QString() << qint64(2)
                             << u"the server reports a problem with the backups"_s;
}

void TstBackupStatusModel::degradedReason()
{
    QFETCH(QList<api::BackupTargetStatus>, targets);
    QFETCH(qint64, pending);
    QFETCH(QString, serverError);
    QFETCH(qint64, statusAge);
    QFETCH(QString, reason);
    BackupStatusModel model;
    api::BackupStatus degraded = status(api::BackupState::Degraded, targets);
    degraded.pendingChanges = pending;
    degraded.lastError = serverError;
    model.setStatus(degraded);
    QCOMPARE(model.degradedReason(degraded.updatedAt.addSecs(statusAge)), reason);
}

void TstBackupStatusModel::clearForgetsTheStatus()
{
    BackupStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatus(status(api::BackupState::Ok, {target(directory, 2)}));
    QSignalSpy changed(&model, &BackupStatusModel::statusChanged);
    model.clear();
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.hasStatus());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstBackupStatusModel)
#include "tst_backupstatusmodel.moc"
