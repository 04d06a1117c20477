#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace regiekamer::server::backup {

// The local spool (DATA_DIR/backup/spool): encrypted objects waiting for their targets. Object files are named by
// ObjectHeader::fileName(), "<installation>-<number>-snapshot.age" or "-changes.age"; the database of a snapshot
// travels beside it as "<installation>-<number>-database.age" (its SHA-256 is inside the snapshot object).
namespace spool {

// The snapshot object's section that names its database blob: {"name", "size", "sha256" (hex of the plain file)}.
inline constexpr auto databaseBlobSection = "database-blob";

struct Entry
{
    QString name;
    QString installation;
    qint64 number = 0;
    QString kind; // "snapshot", "changes" or "database"
};

std::optional<Entry> parseName(const QString &name);
QString databaseBlobName(const QString &installation, qint64 number);
// The spool's entries of one kind ("database" blobs, or the sequence objects), ordered by number.
QList<Entry> sequenceObjects(const QString &directory);
QList<Entry> databaseBlobs(const QString &directory);
qint64 totalBytes(const QString &directory);
// When a spool file was written (UTC): the age of an object waiting for a target.
QDateTime modifiedAt(const QString &path);

} // namespace spool
} // namespace regiekamer::server::backup
