#include "backup/BackupStatusFile.h"

#include "base/ApiError.h"
#include "base/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace regiekamer::server::backup::statusFile {

using namespace Qt::StringLiterals;

QString pathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"backup/status.json"_s);
}

Status write(const QString &dataDir, const api::BackupStatus &status)
{
    if (auto directory = privateFile::ensureDirectory(QDir(dataDir).filePath(u"backup"_s)); !directory)
        return directory;
    return privateFile::replace(pathIn(dataDir), QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented));
}

Result<api::BackupStatus> read(const QString &dataDir, const QDateTime &now)
{
    QFile file(pathIn(dataDir));
    if (!file.exists())
        return api::BackupStatus {};
    if (!file.open(QIODevice::ReadOnly))
        return fail(QString::fromLatin1(api::errc::internal),
                    u"Cannot read the backup status %1: %2"_s.arg(file.fileName(), file.errorString()));
    auto status = api::BackupStatus::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!status)
        return fail(QString::fromLatin1(api::errc::internal),
                    u"The backup status %1 is not readable: %2"_s.arg(file.fileName(), status.error().message));
    if (status->state != api::BackupState::Off &&
        (!status->updatedAt.isValid() || status->updatedAt.secsTo(now) > staleAfterSeconds))
        status->state = api::BackupState::Degraded;
    return status;
}

} // namespace regiekamer::server::backup::statusFile
