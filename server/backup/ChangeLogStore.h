#pragma once

#include "backup/BackupObject.h"
#include "base/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace regiekamer::server {
class Database;
}

namespace regiekamer::server::backup {

// Where the engine left off, kept in backup_state so that a restart continues the same sequence of objects.
struct ChainPosition
{
    QString installation; // empty: no object written yet (a new file, or a restored one)
    qint64 lastNumber = 0; // the last object written
    QByteArray lastHash; // its plaintext's SHA-256
    qint64 lastSequence = 0; // the last change inside an object
    QDateTime lastSnapshotAt;
};

// The change log's side of the database (backup_log and backup_state, schema version 10): the rows the engine has
// not yet put into an object, and the engine's bookkeeping.
class ChangeLogStore
{
public:
    explicit ChangeLogStore(Database &database);

    // Rows after `afterSequence`, oldest first, at most `maximumBytes` of payload (always at least one row).
    Result<QList<ChangeRecord>> pending(qint64 afterSequence, qint64 maximumBytes);
    Result<qint64> pendingCount();
    // The position after an object, and the rows it holds removed, in one transaction.
    Status advance(const ChainPosition &position);
    Result<ChainPosition> position();
    // A snapshot regiekamer-admin asked for (backup_state 'snapshot_requested'), nullopt when none.
    Result<std::optional<QDateTime>> snapshotRequest();
    Status requestSnapshot(const QDateTime &at);
    // A server without backups empties the change log (and forgets its position: enabling backups later starts
    // with a new snapshot), so that it does not grow without end.
    Status clear();
    // Turns the capture on for every connection opened from now on (db/ChangeRecorder.h).
    Status enableCapture();

private:
    Result<std::optional<QString>> stateValue(const QString &key);
    Status setState(const QString &key, const QString &value);

    Database &m_database;
};

} // namespace regiekamer::server::backup
