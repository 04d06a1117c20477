#pragma once

#include "backup/AgeTool.h"
#include "backup/BackupConfig.h"
#include "backup/ChangeLogStore.h"

#include <QDateTime>

#include <map>

namespace regiekamer::server::backup {

// Turns the change log into encrypted objects in the spool, one sequence per installation (BackupObject.h): a
// snapshot first, then a changes object for whatever was committed since the last one, and a new snapshot on
// schedule, on request, after a schema migration, or when a target lost its place. Runs on the engine's builder
// thread with a connection of its own.
class ObjectBuilder
{
public:
    ObjectBuilder(Database &database, const BackupConfig &config, const AgeTool &age);

    Status load();
    // Writes at most one object (or a snapshot with the changes before it). true: something was written.
    Result<bool> step();
    void requestSnapshot() { m_snapshotWanted = true; }
    QDateTime lastSnapshotAt() const { return m_position.lastSnapshotAt; }
    QDateTime nextSnapshotAt() const;
    const QString &installation() const { return m_position.installation; }
    qint64 lastNumber() const { return m_position.lastNumber; }

private:
    bool snapshotDue();
    Result<bool> writeChanges(qint64 upToSequence);
    Status writeSnapshot();
    Status writeObject(const ObjectHeader &header, const std::map<QString, QByteArray> &contents,
                       const QDateTime &snapshotAt = {});
    Status writeDatabaseBlob(const QString &copyPath, qint64 number);
    ObjectHeader nextHeader(ObjectKind kind) const;
    std::map<QString, QByteArray> changedFiles(const std::map<QString, QByteArray> &files);

    const BackupConfig &m_config;
    const AgeTool &m_age;
    ChangeLogStore m_log;
    ChainPosition m_position;
    bool m_snapshotWanted = false;
    std::map<QString, QByteArray> m_filesSent; // what the files were in the last object that carried them
    QDateTime m_lastCommit; // the newest commit time put into an object by this process
};

} // namespace regiekamer::server::backup
