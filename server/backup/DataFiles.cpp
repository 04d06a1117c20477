#include "backup/DataFiles.h"

#include "backup/BackupObject.h"
#include "base/ApiError.h"

#include <QFile>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

Result<std::map<QString, QByteArray>> DataFiles::read(bool withAnchor, bool withKeys) const
{
    std::map<QString, QByteArray> contents;
    QList<std::pair<QString, QString>> wanted;
    if (withKeys)
        wanted << std::pair {QString::fromLatin1(sections::masterKey), masterKey}
               << std::pair {QString::fromLatin1(sections::auditKey), auditKey}
               << std::pair {QString::fromLatin1(sections::sealedKeyring), sealedKeyring}
               << std::pair {QString::fromLatin1(sections::sealConfig), sealConfig};
    if (withAnchor)
        wanted << std::pair {QString::fromLatin1(sections::auditAnchor), auditAnchor};
    for (const auto &[name, path] : wanted) {
        QFile file(path);
        if (path.isEmpty() || !file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return fail(QString::fromLatin1(api::errc::internal),
                        u"Backup: cannot read %1 (%2): %3"_s.arg(name, path, file.errorString()));
        contents[name] = file.readAll();
    }
    return contents;
}

} // namespace regiekamer::server::backup
