#pragma once

#include "backup/BackupTarget.h"

#include <QJsonObject>

namespace regiekamer::server::backup {

class RcloneDaemon;

// Any rclone remote ("rclone:REMOTE:PATH"): sftp, s3, webdav, … through Debian's rclone (1.60), driven by one
// `rclone rcd` per target (RcloneDaemon.h). Each object is uploaded to ".incoming/NAME" under the path and then
// moved server-side to its name, one object after the other: a partial upload is never visible under an object's
// name, and an object never becomes visible before the ones put before it. The remote's credentials stay in rclone's
// configuration file, which must be owner-only; they never appear on a command line or in a message.
class RcloneTarget final : public BackupTarget
{
public:
    RcloneTarget(QString remote, QString path, TargetOptions options);
    ~RcloneTarget() override;
    RcloneTarget(const RcloneTarget &) = delete;
    RcloneTarget &operator=(const RcloneTarget &) = delete;

    // A remote is a name from rclone's configuration (letters, digits, "_", ".", "+", "@", "-" and inner spaces,
    // not beginning with "-"); the path has no control characters.
    static Status checkLocation(const QString &remote, const QString &path);

    QString description() const override;
    // rclone is installed; the configuration file (TargetOptions::rcloneConfig, or rclone's default) is owner-only;
    // the remote is defined in it; the path can be created or exists.
    Status check() override;
    Status put(const QStringList &localFiles) override;
    Result<QStringList> list() override;
    Status get(const QString &name, const QString &localPath) override;
    Status remove(const QStringList &names) override;

private:
    QString fs() const;
    Status checkConfigFile(const QString &program) const;
    Status checkRemoteDefined(const QString &program) const;
    Status putOne(const QString &localFile);
    Result<QJsonObject> call(const QString &method, const QJsonObject &parameters, qint64 transferBytes = 0);
    std::unexpected<Error> failure(const QString &what, const Error &error) const;

    QString m_remote;
    QString m_path;
    TargetOptions m_options;
    std::unique_ptr<RcloneDaemon> m_daemon;
};

} // namespace regiekamer::server::backup
