#pragma once

#include "protocol/BackupStatus.h"

#include <QAbstractTableModel>

namespace regiekamer::client {

// The continuous backups' state as the server last reported it (GET /api/v1/backup/status): the overall state and
// one row per target. A new status with the same targets (matched by their description) updates the rows in place
// (dataChanged), so a view keeps its selection and scroll position across the periodic refreshes.
class BackupStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Location, State, NewestBackup, Queued, LastError, ColumnCount };
    // What a view colours or decorates a row by (HealthRole), from good to bad. NoBackupYet is its own state, not
    // Behind: right after the server starts, its first snapshot is still on the way while the state is ok.
    enum class Health { UpToDate, NoBackupYet, Behind, Unreachable };
    Q_ENUM(Health)
    static constexpr int HealthRole = Qt::UserRole + 1; // int(Health)
    static constexpr int SortRole = Qt::UserRole + 2; // the raw value: seconds, objects, text
    // A reachable target whose newest object is older than this is behind.
    static constexpr qint64 behindAfterSeconds = 60;

    explicit BackupStatusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Takes a status from the server; emits statusChanged (also when nothing changed).
    void setStatus(api::BackupStatus status);
    void clear(); // no status (signed out); emits statusChanged
    bool hasStatus() const;
    // The status received, its targets in the rows' order; only meaningful while hasStatus().
    const api::BackupStatus &status() const;
    const api::BackupTargetStatus &targetAt(int row) const;

    // Why the state is degraded, translated, for "Backups are degraded: %1": the server's own failure to write
    // backups, the unreachable targets, the targets behind; else a status the server stopped updating, or the
    // changes not yet backed up.
    QString degradedReason(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static Health healthOf(const api::BackupTargetStatus &target);
    static QString stateText(bool reachable); // "Reachable", "Unreachable". Translated.
    // "12 s ago", "3 min ago", "2 h ago", "4 d ago"; "no backup yet" for a negative age. Translated.
    static QString ageText(qint64 seconds);
    // "12 s", "3 min", "2 h", "4 d". Translated.
    static QString durationText(qint64 seconds);
    // A moment in local time to the second, "27/11/2026 14:05:12" (the app's languages write time in 24 hours).
    static QString localTimeText(const QDateTime &time);

Q_SIGNALS:
    void statusChanged();

private:
    QVariant displayData(const api::BackupTargetStatus &target, int column) const;
    QVariant toolTipData(const api::BackupTargetStatus &target, int column) const;
    QVariant sortData(const api::BackupTargetStatus &target, int column) const;
    void mergeTargets(QList<api::BackupTargetStatus> fresh);
    void removeTargetsNotIn(const QList<api::BackupTargetStatus> &fresh);
    int rowOf(const QString &description) const;
    void announceRetranslation();

    api::BackupStatus m_status; // its targets are the rows
    bool m_hasStatus = false;
};

} // namespace regiekamer::client
