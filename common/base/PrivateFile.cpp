#include "base/PrivateFile.h"

#include "base/FileDescriptor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace regiekamer::privateFile {

using namespace Qt::StringLiterals;

namespace {

constexpr mode_t ownerOnly = S_IRUSR | S_IWUSR;
constexpr int attempts = 16;

std::unexpected<Error> cannotWrite(const QString &path, const QString &why)
{
    return fail(u"private_file"_s, u"Cannot write %1: %2"_s.arg(path, why));
}

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

Status writeAll(int fd, QByteArrayView contents)
{
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t step = ::write(fd, contents.data() + written, static_cast<size_t>(contents.size() - written));
        if (step < 0 && errno == EINTR)
            continue;
        if (step <= 0)
            return fail(u"private_file"_s, systemError(errno));
        written += step;
    }
    if (::fsync(fd) != 0)
        return fail(u"private_file"_s, systemError(errno));
    return {};
}

// A new file beside `path` that only its owner can open, from the first instant: O_EXCL never opens what exists
// and O_NOFOLLOW never follows a link, so nobody can have prepared the name.
Result<QByteArray> writeNewBeside(const QString &path, QByteArrayView contents)
{
    const QFileInfo info(path);
    const QByteArray stem = QFile::encodeName(info.absolutePath() + u"/."_s + info.fileName());
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const QByteArray name = stem + '.' + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        const FileDescriptor fd(
            ::open(name.constData(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, ownerOnly));
        if (fd.get() < 0 && errno == EEXIST)
            continue;
        if (fd.get() < 0)
            return cannotWrite(path, systemError(errno));
        if (auto written = writeAll(fd.get(), contents); !written) {
            ::unlink(name.constData());
            return cannotWrite(path, written.error().message);
        }
        return name;
    }
    return cannotWrite(path, u"no free temporary name beside it"_s);
}

// What has the name now, without following a link: -1 for nothing, else the lstat mode.
int kindAt(const QByteArray &target)
{
    struct stat status {};
    return ::lstat(target.constData(), &status) == 0 ? static_cast<int>(status.st_mode & S_IFMT) : -1;
}

} // namespace

Status create(const QString &path, QByteArrayView contents)
{
    const QByteArray target = QFile::encodeName(path);
    if (kindAt(target) != -1)
        return cannotWrite(path, u"something by that name is already there; it is not overwritten"_s);
    auto temporary = writeNewBeside(path, contents);
    if (!temporary)
        return std::unexpected(temporary.error());
    // link(2) gives the name only if nothing has it, a link included: what appeared since the check above stays.
    const int linked = ::link(temporary->constData(), target.constData());
    const int error = errno;
    ::unlink(temporary->constData());
    if (linked != 0) {
        return cannotWrite(path,
                           error == EEXIST ? u"something by that name is already there; it is not overwritten"_s
                                           : systemError(error));
    }
    syncDirectoryOf(path);
    return {};
}

Status replace(const QString &path, QByteArrayView contents)
{
    const QByteArray target = QFile::encodeName(path);
    if (const int kind = kindAt(target); kind != -1 && kind != S_IFREG)
        return cannotWrite(path, u"it is a symbolic link or not a regular file; it is not replaced"_s);
    auto temporary = writeNewBeside(path, contents);
    if (!temporary)
        return std::unexpected(temporary.error());
    // rename(2) replaces the name, never what a link there points to.
    if (::rename(temporary->constData(), target.constData()) != 0) {
        const int error = errno;
        ::unlink(temporary->constData());
        return cannotWrite(path, systemError(error));
    }
    syncDirectoryOf(path);
    return {};
}

Status ensureDirectory(const QString &path)
{
    if (QFileInfo(path).isDir())
        return {};
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent))
        return fail(u"private_file"_s, u"Cannot create the directory %1."_s.arg(parent));
    if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU) != 0) {
        const int error = errno;
        if (error != EEXIST || !QFileInfo(path).isDir())
            return fail(u"private_file"_s, u"Cannot create the directory %1: %2"_s.arg(path, systemError(error)));
    }
    return {};
}

bool syncDirectoryOf(const QString &path)
{
    const FileDescriptor directory(
        ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return directory.get() >= 0 && ::fsync(directory.get()) == 0;
}

} // namespace regiekamer::privateFile
