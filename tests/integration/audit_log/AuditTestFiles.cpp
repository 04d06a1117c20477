#include "AuditTestFiles.h"

#include <QDir>
#include <QFile>

namespace auditlog {

bool copyDirectory(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &file : source.entryInfoList(QDir::Files)) {
        const QString target = QDir(to).filePath(file.fileName());
        QFile::remove(target);
        if (!QFile::copy(file.filePath(), target))
            return false;
        QFile::setPermissions(target, file.permissions() | QFileDevice::WriteOwner);
    }
    return true;
}

} // namespace auditlog
