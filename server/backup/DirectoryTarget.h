#pragma once

#include "backup/BackupTarget.h"

namespace regiekamer::server::backup {

// A local directory (another disk in the data centre). Each object is written under a hidden temporary name, synced,
// renamed to its final name and the directory synced: after a crash an object is there whole or not at all.
class DirectoryTarget final : public BackupTarget
{
public:
    explicit DirectoryTarget(const QString &directory);

    QString description() const override;
    // Creates the directory owner-only (0700) when it is missing and checks that a file can be created in it. A
    // partial file a crash left behind stays hidden and is replaced when its object is put again.
    Status check() override;
    Status put(const QStringList &localFiles) override;
    Result<QStringList> list() override;
    Status get(const QString &name, const QString &localPath) override;
    Status remove(const QStringList &names) override;

private:
    QString filePath(const QString &name) const;

    QString m_directory;
};

} // namespace regiekamer::server::backup
