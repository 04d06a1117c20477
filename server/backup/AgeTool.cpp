#include "backup/AgeTool.h"

#include "base/PrivateFile.h"

#include "backup/AgeBech32.h"
#include "backup/AgeProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace ageTool {
namespace {

constexpr int quickTimeoutMs = 10'000;
constexpr qsizetype maxIdentityFileBytes = qsizetype {64} * 1024;
constexpr QByteArrayView identityPrefix = "AGE-SECRET-KEY-1";

std::unexpected<Error> ageError(const QString &message)
{
    return fail(u"backup_age"_s, message);
}

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

// The version a program prints for --version, when it is age 1.x ("1.2.1", "v1.2.1").
Result<QString> versionOf(const QString &program)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    if (auto started = ageProcess::start(process, program, {u"--version"_s}); !started)
        return std::unexpected(started.error());
    if (!ageProcess::finishedCleanly(process, quickTimeoutMs))
        return ageError(u"%1 --version failed: %2"_s.arg(program, ageProcess::failureOf(process)));
    QString version = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    static const QRegularExpression oneDotX(u"^v?1\\.\\d+\\.\\d+$"_s);
    if (!oneDotX.match(version).hasMatch()) {
        return ageError(u"%1 answers --version with \"%2\"; Regiekamer needs age 1.x (Debian's package age)"_s.arg(
            program, version.left(80)));
    }
    return version;
}

Result<QString> findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        return ageError(u"The program %1 is not in PATH (%2); install Debian's package age, which backups need."_s.arg(
            name, qEnvironmentVariable("PATH")));
    }
    return path;
}

// A new owner-only file beside `target` that age then writes into; never a name that already exists or a link.
Result<QString> createTemporaryBeside(const QString &target)
{
    const QFileInfo info(target);
    for (int attempt = 0; attempt < 16; ++attempt) {
        QString name = u"%1/.%2.%3.partial"_s.arg(info.absolutePath(), info.fileName())
                           .arg(QRandomGenerator::system()->generate64(), 0, 36);
        const int fd = ::open(QFile::encodeName(name).constData(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC,
                              S_IRUSR | S_IWUSR);
        if (fd >= 0) {
            ::close(fd);
            return name;
        }
        if (errno != EEXIST)
            return ageError(u"Cannot create a file beside %1: %2"_s.arg(target, systemError(errno)));
    }
    return ageError(u"Cannot create a file beside %1: no free temporary name"_s.arg(target));
}

// The file is still a regular owner-only file (age wrote into it, did not replace it) and is on disk.
Status syncOwnerOnly(const QString &path, const QString &target)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return ageError(u"Cannot open the encrypted %1: %2"_s.arg(target, systemError(errno)));
    struct stat status {};
    const bool ownerOnly = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && (status.st_mode & 077) == 0;
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (!ownerOnly)
        return ageError(u"The encrypted %1 is not an owner-only regular file"_s.arg(target));
    if (synced != 0)
        return ageError(u"Cannot sync the encrypted %1: %2"_s.arg(target, systemError(error)));
    return {};
}

Status renameInto(const QString &temporary, const QString &target)
{
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0)
        return ageError(u"Cannot move the encrypted object to %1: %2"_s.arg(target, systemError(errno)));
    privateFile::syncDirectoryOf(target);
    return {};
}

// Runs `age --encrypt` and feeds it what the writer writes; the output file is age's business (-o).
Status runEncrypt(const QString &age, const QStringList &arguments, const QString &target,
                  const std::function<Status(QIODevice &)> &writePlain)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    if (auto started = ageProcess::start(process, age, arguments); !started)
        return started;
    Status written;
    {
        ageProcess::Input input(process);
        written = writePlain(input);
        if (written && !input.drain())
            written = ageError(input.errorString());
    }
    if (!written) {
        const QString why =
            process.state() == QProcess::NotRunning ? u" (%1)"_s.arg(ageProcess::failureOf(process)) : QString();
        process.kill();
        process.waitForFinished(quickTimeoutMs);
        return fail(written.error().code, u"Cannot encrypt %1: %2%3"_s.arg(target, written.error().message, why));
    }
    process.closeWriteChannel();
    if (!ageProcess::finishedCleanly(process, ageProcess::stallTimeoutMs))
        return ageError(u"Cannot encrypt %1: %2"_s.arg(target, ageProcess::failureOf(process)));
    return {};
}

// The identity line of a file age-keygen wrote, in secure memory.
Result<QCA::SecureArray> identityLineIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxIdentityFileBytes)
        return ageError(u"Cannot read the new identity file %1"_s.arg(path));
    QCA::SecureArray contents(static_cast<int>(file.size()));
    if (file.read(contents.data(), contents.size()) != contents.size())
        return ageError(u"Cannot read the new identity file %1"_s.arg(path));
    const QByteArrayView text(contents.constData(), contents.size());
    const qsizetype start = text.indexOf(identityPrefix);
    if (start < 0)
        return ageError(u"The new identity file %1 holds no AGE-SECRET-KEY-1 line"_s.arg(path));
    qsizetype end = text.indexOf('\n', start);
    end = end < 0 ? text.size() : end;
    QCA::SecureArray line(static_cast<int>(end - start));
    std::memcpy(line.data(), text.data() + start, static_cast<size_t>(line.size()));
    return line;
}

} // namespace
} // namespace ageTool

bool beginsWithAgeHeader(QByteArrayView bytes)
{
    return bytes.startsWith(ageHeaderLine);
}

Status checkAgeHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ageTool::ageError(u"Cannot read %1 to check its age header: %2"_s.arg(path, file.errorString()));
    const QByteArray start = file.read(ageHeaderLine.size());
    if (beginsWithAgeHeader(start))
        return {};
    QString found = u"it begins with 0x%1"_s.arg(QString::fromLatin1(start.left(8).toHex()));
    if (start.isEmpty())
        found = u"it is empty"_s;
    else if (start.startsWith("RKBACKUP"))
        found = u"it holds an unencrypted backup object"_s;
    return fail(u"backup_not_encrypted"_s,
                u"%1 does not begin with the age header \"age-encryption.org/v1\": %2."_s.arg(path, found));
}

Status checkX25519Recipient(QStringView text)
{
    if (text.startsWith(u"ssh-"))
        return ageTool::ageError(u"SSH recipients (%1) are not accepted for backups; use an age X25519 recipient "
                                 "(age1…) from regiekamer-admin backup keygen"_s.arg(text.left(11)));
    if (text.startsWith(u"AGE-SECRET-KEY-"))
        return ageTool::ageError(u"that is an age identity (a secret key), not its recipient; the server must never "
                                 "hold it"_s);
    // Not repeated in the message: an operator may have pasted something secret.
    if (!text.startsWith(u"age1"))
        return ageTool::ageError(u"that is not an age recipient (age1…)"_s);
    // Bech32 has no '1' in its alphabet: a second one means a plugin's prefix (age1yubikey1…, age1tpm1…).
    if (text.lastIndexOf(u'1') > 3)
        return ageTool::ageError(
            u"%1 is a plugin recipient (%2…); backups accept only age X25519 recipients, "
            "which need no plugin program at restore time"_s.arg(text.left(16), text.left(text.lastIndexOf(u'1') + 1)));
    if (!ageBech32::encodes(text.toLatin1(), "age", 32))
        return ageTool::ageError(u"%1 is not a well-formed age X25519 recipient (age1 and 58 lower-case Bech32 "
                                 "characters with a valid checksum)"_s.arg(text.left(16)));
    return {};
}

QByteArray Recipient::keyId() const
{
    return QCA::Hash(u"sha256"_s).hash(publicKey.toUtf8()).toByteArray().left(8);
}

AgeTool::AgeTool(QString age, QString ageKeygen, QString version)
    : m_age(std::move(age))
    , m_ageKeygen(std::move(ageKeygen))
    , m_version(std::move(version))
{
}

Result<AgeTool> AgeTool::locate()
{
    auto age = ageTool::findProgram(u"age"_s);
    auto ageKeygen = ageTool::findProgram(u"age-keygen"_s);
    if (auto error = firstError(age, ageKeygen))
        return std::unexpected(*error);
    auto version = ageTool::versionOf(*age);
    auto keygenVersion = ageTool::versionOf(*ageKeygen);
    if (auto error = firstError(version, keygenVersion))
        return std::unexpected(*error);
    return AgeTool(*age, *ageKeygen, *version);
}

Status AgeTool::encrypt(const QList<Recipient> &recipients, const QString &cipherPath,
                        const std::function<Status(QIODevice &)> &writePlain) const
{
    if (recipients.isEmpty())
        return ageTool::ageError(u"Cannot encrypt %1: there is no recipient"_s.arg(cipherPath));
    QStringList arguments {u"--encrypt"_s};
    for (const Recipient &recipient : recipients) {
        if (auto valid = checkX25519Recipient(recipient.publicKey); !valid)
            return ageTool::ageError(u"Cannot encrypt %1: %2"_s.arg(cipherPath, valid.error().message));
        arguments << u"-r"_s << recipient.publicKey;
    }
    auto temporary = ageTool::createTemporaryBeside(cipherPath);
    if (!temporary)
        return std::unexpected(temporary.error());
    arguments << u"-o"_s << *temporary;
    Status done = ageTool::runEncrypt(m_age, arguments, cipherPath, writePlain);
    if (done)
        done = checkAgeHeader(*temporary);
    if (done)
        done = ageTool::syncOwnerOnly(*temporary, cipherPath);
    if (done)
        done = ageTool::renameInto(*temporary, cipherPath);
    if (!done)
        ::unlink(QFile::encodeName(*temporary).constData());
    return done;
}

Status AgeTool::decrypt(const QString &identityPath, const QString &cipherPath,
                        const std::function<Status(QIODevice &)> &readPlain) const
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    const QStringList arguments {u"--decrypt"_s, u"-i"_s, QFileInfo(identityPath).absoluteFilePath(),
                                 QFileInfo(cipherPath).absoluteFilePath()};
    if (auto started = ageProcess::start(process, m_age, arguments); !started)
        return started;
    Status read;
    {
        ageProcess::Output output(process);
        read = readPlain(output);
        // Success means age authenticated the whole file, also what the reader did not want.
        if (read && !output.discardRest())
            read = ageTool::ageError(output.errorString());
    }
    if (!read) {
        const bool ageFailed = process.state() == QProcess::NotRunning && !ageProcess::finishedCleanly(process, 0);
        if (ageFailed)
            return ageTool::ageError(u"Cannot decrypt %1: %2"_s.arg(cipherPath, ageProcess::failureOf(process)));
        process.kill();
        process.waitForFinished(ageTool::quickTimeoutMs);
        return fail(read.error().code, u"Cannot read %1: %2"_s.arg(cipherPath, read.error().message));
    }
    if (!ageProcess::finishedCleanly(process, ageProcess::stallTimeoutMs))
        return ageTool::ageError(u"Cannot decrypt %1: %2"_s.arg(cipherPath, ageProcess::failureOf(process)));
    return {};
}

Result<QString> AgeTool::recipientOf(const QCA::SecureArray &identityLine) const
{
    const QByteArrayView line(identityLine.constData(), identityLine.size());
    if (!line.startsWith(ageTool::identityPrefix) || line.contains('\n'))
        return ageTool::ageError(u"That is not one age identity line (AGE-SECRET-KEY-1…)"_s);
    QProcess process;
    if (auto started = ageProcess::start(process, m_ageKeygen, {u"-y"_s}); !started)
        return std::unexpected(started.error());
    // On stdin, never in the arguments: other users can read a process's command line.
    process.write(line.data(), line.size());
    process.write("\n", 1);
    process.closeWriteChannel();
    if (!ageProcess::finishedCleanly(process, ageTool::quickTimeoutMs))
        return ageTool::ageError(u"age-keygen -y refused the identity: %1"_s.arg(ageProcess::failureOf(process)));
    QString recipient = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (auto valid = checkX25519Recipient(recipient); !valid)
        return ageTool::ageError(
            u"age-keygen -y answered with something else than a recipient: %1"_s.arg(valid.error().message));
    return recipient;
}

Result<QString> AgeTool::generateIdentity(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    if (auto started = ageProcess::start(process, m_ageKeygen, {u"-o"_s, absolute}); !started)
        return std::unexpected(started.error());
    if (!ageProcess::finishedCleanly(process, ageTool::quickTimeoutMs))
        return ageTool::ageError(u"Cannot create the identity %1: %2"_s.arg(path, ageProcess::failureOf(process)));
    if (::chmod(QFile::encodeName(absolute).constData(), S_IRUSR | S_IWUSR) != 0)
        return ageTool::ageError(
            u"Cannot make the identity %1 owner-only: %2"_s.arg(path, ageTool::systemError(errno)));
    auto line = ageTool::identityLineIn(absolute);
    if (!line)
        return std::unexpected(line.error());
    return recipientOf(*line);
}

} // namespace regiekamer::server::backup
