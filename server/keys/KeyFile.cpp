#include "keys/KeyFile.h"

#include <QFile>

#include <sys/stat.h>

namespace regiekamer::server::keyFile {

using namespace Qt::StringLiterals;

namespace {

std::unexpected<Error> keyFileError(const QString &message)
{
    return fail(u"key_file"_s, message);
}

QString capitalised(const QString &what)
{
    return what.isEmpty() ? what : what.at(0).toUpper() + what.mid(1);
}

} // namespace

Result<QCA::SecureArray> readOwnerOnly(const QString &path, const QString &what, qsizetype maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyFileError(u"Cannot read %1 %2: %3"_s.arg(what, path, file.errorString()));
    struct stat status {};
    if (::fstat(file.handle(), &status) != 0 || !S_ISREG(status.st_mode))
        return keyFileError(u"%1 %2 is not a regular file."_s.arg(capitalised(what), path));
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return keyFileError(u"%1 %2 can be read or written by other users (mode %3); it must be owner-only. "
                            "Run: chmod 600 %2"_s.arg(capitalised(what), path)
                                .arg(static_cast<uint>(status.st_mode & 0777), 3, 8, QChar(u'0')));
    }
    if (status.st_size > maxBytes)
        return keyFileError(
            u"%1 %2 is longer than %3 bytes; it is not a key file."_s.arg(capitalised(what), path).arg(maxBytes));
    QCA::SecureArray contents(static_cast<int>(maxBytes) + 1);
    const qint64 read = file.read(contents.data(), maxBytes + 1);
    if (read < 0 || read > maxBytes)
        return keyFileError(u"Cannot read %1 %2: %3"_s.arg(what, path, file.errorString()));
    contents.resize(static_cast<int>(read));
    return contents;
}

} // namespace regiekamer::server::keyFile
