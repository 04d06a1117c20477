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

Result<std::optional<api::BackupStatus>> readWritten(const QString &dataDir)
{
    QFile file(pathIn(dataDir));
    if (!file.exists())
        return std::optional<api::BackupStatus>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"backup_status"_s, u"Cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return fail(u"backup_status"_s, u"%1 is not a backup status (%2)."_s.arg(file.fileName(), error.errorString()));
    auto status = api::BackupStatus::fromJson(document.object());
    if (!status)
        return fail(u"backup_status"_s,
                    u"%1 is not a backup status: %2"_s.arg(file.fileName(), status.error().message));
    return std::optional<api::BackupStatus>(*status);
}

Result<api::BackupStatus> read(const QString &dataDir, const QDateTime &now)
{
    auto written = readWritten(dataDir);
    if (!written)
        return std::unexpected(written.error());
    if (!*written)
        return api::BackupStatus {};
    api::BackupStatus status = **written;
    if (status.state != api::BackupState::Off &&
        (!status.updatedAt.isValid() || status.updatedAt.secsTo(now) > staleAfterSeconds))
        status.state = api::BackupState::Degraded;
    return status;
}

} // namespace regiekamer::server::backup::statusFile
