#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace regiekamer::server::backup {

// A consistent copy of the live database for a snapshot, made with SQLite's online backup API (writers go on
// meanwhile: the copy is one read transaction of the write-ahead log). The copy's change log, engine bookkeeping,
// sign-in sessions and failure counts are emptied (secure_delete zeroes them): a restore starts from the data alone.
struct SnapshotCopy
{
    QString path;
    qint64 lastSequence = 0; // every change up to this sequence number is inside the copy, none after it
    int schemaVersion = 0;
    QDateTime takenAt;
    qint64 size = 0;
    QByteArray sha256; // of the copy's bytes, which the snapshot object vouches for
};

Result<SnapshotCopy> copyDatabase(const QString &databasePath, const QString &copyPath);

} // namespace regiekamer::server::backup
