#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

#include <memory>

namespace regiekamer::server::backup {

// Where backup objects go (--backup-to): a local directory (another disk in the data centre), or any rclone remote
// ("rclone:REMOTE:PATH"; sftp, s3, webdav, …) for the second location. Objects are whole files, written once under
// their final name (a partial upload is never visible under it) and never modified.
class BackupTarget
{
public:
    virtual ~BackupTarget() = default;

    // "directory /srv/backup" or "rclone offsite:regiekamer": for status and logs; never holds a credential.
    virtual QString description() const = 0;
    // Checks at start that the target can be used (the directory exists and is writable; rclone is installed, the
    // remote exists in its configuration, and the configuration file is owner-only).
    virtual Status check() = 0;
    // Uploads the local files (absolute paths) under their file names, in order; stops at the first failure.
    virtual Status put(const QStringList &localFiles) = 0;
    // The object file names present (only names ending in ".age"), sorted.
    virtual Result<QStringList> list() = 0;
    // Downloads one object to `localPath`.
    virtual Status get(const QString &name, const QString &localPath) = 0;
    // Deletes objects by name (retention); a name that is already gone is not an error.
    virtual Status remove(const QStringList &names) = 0;
};

struct TargetOptions
{
    QString rcloneConfig; // --backup-rclone-config FILE; empty: rclone's own default lookup
    int timeoutSeconds = 60; // per rclone call
};

// "rclone:REMOTE:PATH" → an rclone target; anything else is a directory path. Does not touch the target (check()).
Result<std::unique_ptr<BackupTarget>> makeTarget(const QString &spec, const TargetOptions &options);

} // namespace regiekamer::server::backup
