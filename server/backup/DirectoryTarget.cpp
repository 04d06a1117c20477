#include "backup/DirectoryTarget.h"

#include "backup/TargetNames.h"
#include "base/FileDescriptor.h"
#include "base/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {
namespace directoryFiles {

constexpr auto partialPrefix = u".partial-";
constexpr mode_t ownerOnly = S_IRUSR | S_IWUSR;
constexpr size_t copyChunk = size_t {64} * 1024;

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

Status copyBytes(int from, int to)
{
    std::array<char, copyChunk> buffer {};
    for (;;) {
        const ssize_t got = ::read(from, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return fail(u"backup_target"_s, u"reading: "_s + systemError(errno));
        if (got == 0)
            return {};
        for (ssize_t written = 0; written < got;) {
            const ssize_t step = ::write(to, buffer.data() + written, static_cast<size_t>(got - written));
            if (step < 0 && errno == EINTR)
                continue;
            if (step <= 0)
                return fail(u"backup_target"_s, u"writing: "_s + systemError(errno));
            written += step;
        }
    }
}

// The directory entry itself is on disk, not only the file's data.
Status syncDirectory(const QString &directory)
{
    if (!privateFile::syncDirectoryOf(QDir(directory).filePath(u"."_s)))
        return fail(u"backup_target"_s, u"syncing the directory %1: %2"_s.arg(directory, systemError(errno)));
    return {};
}

// Copies `source` into `directory` under a hidden temporary name, syncs it and only then gives it `finalName`.
Status copyDurably(const QString &source, const QString &directory, const QString &finalName)
{
    const FileDescriptor in(::open(QFile::encodeName(source).constData(), O_RDONLY | O_CLOEXEC));
    struct stat status {};
    if (in.get() < 0 || ::fstat(in.get(), &status) != 0)
        return fail(u"backup_target"_s, u"cannot read %1: %2"_s.arg(source, systemError(errno)));
    if (!S_ISREG(status.st_mode))
        return fail(u"backup_target"_s, u"%1 is not a regular file"_s.arg(source));
    const QByteArray temporary = QFile::encodeName(directory + u'/' + partialPrefix + finalName);
    const QByteArray target = QFile::encodeName(directory + u'/' + finalName);
    (void)::unlink(temporary.constData()); // what an earlier crash left
    FileDescriptor out(::open(temporary.constData(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, ownerOnly));
    if (out.get() < 0)
        return fail(u"backup_target"_s, u"cannot create a file in %1: %2"_s.arg(directory, systemError(errno)));
    Status copied = copyBytes(in.get(), out.get());
    if (copied && (::fsync(out.get()) != 0 || out.close() != 0))
        copied = fail(u"backup_target"_s, u"syncing: "_s + systemError(errno));
    if (copied && ::rename(temporary.constData(), target.constData()) != 0)
        copied = fail(u"backup_target"_s, u"renaming: "_s + systemError(errno));
    if (!copied) {
        (void)::unlink(temporary.constData());
        return fail(u"backup_target"_s, u"cannot copy %1 to %2: %3"_s.arg(source, directory, copied.error().message));
    }
    return syncDirectory(directory);
}

Status probeWritable(const QString &directory)
{
    const QByteArray probe =
        QFile::encodeName(directory + u"/.probe-"_s + QString::number(QRandomGenerator::system()->generate64(), 36));
    FileDescriptor fd(::open(probe.constData(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, ownerOnly));
    if (fd.get() < 0) {
        return fail(u"backup_target"_s,
                    u"The backup directory %1 is not writable: %2"_s.arg(directory, systemError(errno)));
    }
    const bool written = ::write(fd.get(), "probe", 5) == 5 && ::fsync(fd.get()) == 0;
    const int error = errno;
    (void)fd.close();
    (void)::unlink(probe.constData());
    if (!written) {
        return fail(u"backup_target"_s,
                    u"The backup directory %1 is not writable: %2"_s.arg(directory, systemError(error)));
    }
    return {};
}

} // namespace directoryFiles
} // namespace

DirectoryTarget::DirectoryTarget(const QString &directory)
    : m_directory(QDir::cleanPath(directory))
{
}

QString DirectoryTarget::description() const
{
    return u"directory "_s + m_directory;
}

QString DirectoryTarget::filePath(const QString &name) const
{
    return m_directory + u'/' + name;
}

Status DirectoryTarget::check()
{
    if (!QFileInfo::exists(m_directory)) {
        if (auto created = privateFile::ensureDirectory(m_directory); !created)
            return fail(u"backup_target"_s, u"Cannot create the backup directory: "_s + created.error().message);
    }
    if (!QFileInfo(m_directory).isDir())
        return fail(u"backup_target"_s, u"The backup target %1 is not a directory."_s.arg(m_directory));
    return directoryFiles::probeWritable(m_directory);
}

Status DirectoryTarget::put(const QStringList &localFiles)
{
    for (const QString &localFile : localFiles) {
        const QString name = QFileInfo(localFile).fileName();
        if (auto valid = targetNames::checkObjectName(name); !valid)
            return valid;
        if (auto copied = directoryFiles::copyDurably(localFile, m_directory, name); !copied)
            return copied;
    }
    return {};
}

Result<QStringList> DirectoryTarget::list()
{
    const QDir directory(m_directory);
    if (!directory.exists() || !directory.isReadable())
        return fail(u"backup_target"_s, u"Cannot read the backup directory %1."_s.arg(m_directory));
    QStringList names;
    for (const QString &name : directory.entryList({u"*.age"_s}, QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        if (targetNames::isListedObject(name))
            names.append(name);
    }
    names.sort();
    return names;
}

Status DirectoryTarget::get(const QString &name, const QString &localPath)
{
    if (auto valid = targetNames::checkObjectName(name); !valid)
        return valid;
    const QFileInfo local(localPath);
    const QString localName = local.fileName();
    if (localName.isEmpty())
        return fail(u"backup_target"_s, u"%1 names no file."_s.arg(localPath));
    if (auto copied = directoryFiles::copyDurably(filePath(name), local.absolutePath(), localName); !copied)
        return copied;
    return {};
}

Status DirectoryTarget::remove(const QStringList &names)
{
    for (const QString &name : names) {
        if (auto valid = targetNames::checkObjectName(name); !valid)
            return valid;
        if (::unlink(QFile::encodeName(filePath(name)).constData()) != 0 && errno != ENOENT) {
            return fail(u"backup_target"_s,
                        u"Cannot delete %1 from %2: %3"_s.arg(name, m_directory, directoryFiles::systemError(errno)));
        }
    }
    return names.isEmpty() ? Status {} : directoryFiles::syncDirectory(m_directory);
}

} // namespace regiekamer::server::backup
