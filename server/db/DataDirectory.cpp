#include "db/DataDirectory.h"

#include "base/ApiError.h"
#include "base/PrivateFile.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

namespace regiekamer::server::dataDirectory {

using namespace Qt::StringLiterals;

namespace {

auto dirError(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::internal), message);
}

} // namespace

Status check(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir())
            return dirError(u"Data directory %1 is not a directory."_s.arg(path));
        if (!info.isWritable())
            return dirError(u"Data directory %1 is not writable."_s.arg(path));
        return {};
    }
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir())
        return dirError(u"Cannot create data directory %1: %2 does not exist."_s.arg(path, parent.filePath()));
    if (!parent.isWritable())
        return dirError(u"Cannot create data directory %1: %2 is not writable."_s.arg(path, parent.filePath()));
    return {};
}

Status ensure(const QString &path)
{
    if (auto ok = check(path); !ok)
        return ok;
    if (!QFileInfo::exists(path)) {
        if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0)
            return dirError(u"Cannot create data directory %1."_s.arg(path));
    }
    return {};
}

Status writePrivateFile(const QString &path, const QByteArray &contents)
{
    return privateFile::replace(path, contents);
}

} // namespace regiekamer::server::dataDirectory
