#include "backup/BackupAuth.h"

#include "backup/AgeBech32.h"
#include "keys/KeyFile.h"

#include <QFile>
#include <QSet>

#include <cstring>
#include <sys/stat.h>

namespace regiekamer::server::backup::auth {

using namespace Qt::StringLiterals;

namespace authFiles {
namespace {

constexpr QByteArrayView context = "regiekamer backup authentication v1";
constexpr QByteArrayView identityPrefix = "AGE-SECRET-KEY-1";
constexpr qsizetype maxFileBytes = qsizetype {64} * 1024;
constexpr int authKeyBytes = 32;
constexpr int maxRecipients = 16; // an object's trailer holds at most 16 MACs

std::unexpected<Error> authError(const QString &message)
{
    return fail(u"backup_auth"_s, message);
}

// The lines of a file held in secure memory, as views into it: trimmed, without blank lines and comments.
QList<std::pair<int, QByteArrayView>> meaningfulLines(const QCA::SecureArray &contents)
{
    QList<std::pair<int, QByteArrayView>> lines;
    const QByteArrayView text(contents.constData(), contents.size());
    int number = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end;
        const QByteArrayView line = text.sliced(start, end - start).trimmed();
        ++number;
        if (!line.isEmpty() && !line.startsWith('#'))
            lines.append({number, line});
        start = end + 1;
    }
    return lines;
}

QCA::SecureArray secureCopy(QByteArrayView bytes)
{
    QCA::SecureArray copy(static_cast<int>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(copy.data(), bytes.data(), static_cast<size_t>(bytes.size()));
    return copy;
}

// The key of "age1… KEY": 32 bytes in base64; the decoded bytes live outside secure memory only briefly.
Result<QCA::SecureArray> authKeyOf(QByteArrayView text)
{
    QByteArray encoded = text.toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    encoded.fill('\0');
    const bool valid = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok &&
        decoded.decoded.size() == authKeyBytes && text.size() == 44;
    QCA::SecureArray key = secureCopy(decoded.decoded);
    decoded.decoded.fill('\0');
    if (!valid)
        return authError(u"its authentication key is not 32 bytes in base64"_s);
    return key;
}

Result<Recipient> recipientOnLine(QByteArrayView line)
{
    qsizetype split = 0;
    while (split < line.size() && line.at(split) != ' ' && line.at(split) != '\t')
        ++split;
    const QString publicKey = QString::fromLatin1(line.first(split));
    if (auto valid = checkX25519Recipient(publicKey); !valid)
        return std::unexpected(valid.error());
    const QByteArrayView keyText = line.sliced(split).trimmed();
    if (keyText.isEmpty())
        return authError(u"%1 has no authentication key; each line is \"age1… KEY\" as regiekamer-admin backup "
                         "keygen prints it"_s.arg(publicKey));
    auto key = authKeyOf(keyText);
    if (!key)
        return authError(u"%1: %2"_s.arg(publicKey, key.error().message));
    return Recipient {publicKey, *key};
}

// An identity file's bytes; its mode is not checked, so that a copy on any medium can restore.
Result<QCA::SecureArray> readIdentityBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return authError(u"Cannot read the identity file %1: %2"_s.arg(path, file.errorString()));
    struct stat status {};
    if (::fstat(file.handle(), &status) != 0 || !S_ISREG(status.st_mode) || status.st_size > maxFileBytes)
        return authError(u"The identity file %1 is not a regular file of at most 64 KiB"_s.arg(path));
    QCA::SecureArray contents(static_cast<int>(maxFileBytes) + 1);
    const qint64 read = file.read(contents.data(), maxFileBytes + 1);
    if (read < 0 || read > maxFileBytes)
        return authError(u"Cannot read the identity file %1: %2"_s.arg(path, file.errorString()));
    contents.resize(static_cast<int>(read));
    return contents;
}

Result<QCA::SecureArray> identityOnLine(QByteArrayView line)
{
    if (line.startsWith("AGE-PLUGIN-"))
        return authError(u"it holds a plugin identity (AGE-PLUGIN-…); backups use age X25519 identities only"_s);
    if (!line.startsWith(identityPrefix))
        return authError(u"it is not an age identity (AGE-SECRET-KEY-1…)"_s);
    if (!ageBech32::encodes(line, "age-secret-key-", 32))
        return authError(u"it is not a well-formed age identity (bad length, character or checksum)"_s);
    return secureCopy(line);
}

} // namespace
} // namespace authFiles

QCA::SecureArray deriveKey(const QCA::SecureArray &identityLine)
{
    if (identityLine.isEmpty() || !QCA::isSupported("hmac(sha256)"))
        return {};
    QCA::MessageAuthenticationCode mac(u"hmac(sha256)"_s, QCA::SymmetricKey(identityLine));
    mac.update(QCA::MemoryRegion(authFiles::context.toByteArray()));
    return QCA::SecureArray(mac.final());
}

Result<QList<Recipient>> readRecipientsFile(const QString &path)
{
    auto contents = keyFile::readOwnerOnly(path, u"the backup recipients file"_s, authFiles::maxFileBytes);
    if (!contents)
        return authFiles::authError(contents.error().message);
    QList<Recipient> recipients;
    QSet<QString> seen;
    for (const auto &[number, line] : authFiles::meaningfulLines(*contents)) {
        auto recipient = authFiles::recipientOnLine(line);
        if (!recipient)
            return authFiles::authError(
                u"Line %1 of the backup recipients file %2: %3"_s.arg(number).arg(path, recipient.error().message));
        if (seen.contains(recipient->publicKey))
            return authFiles::authError(
                u"Line %1 of the backup recipients file %2 repeats %3"_s.arg(number).arg(path, recipient->publicKey));
        seen.insert(recipient->publicKey);
        recipients.append(*recipient);
    }
    if (recipients.isEmpty())
        return authFiles::authError(u"The backup recipients file %1 holds no recipient"_s.arg(path));
    if (recipients.size() > authFiles::maxRecipients)
        return authFiles::authError(
            u"The backup recipients file %1 holds %2 recipients; at most %3 are possible"_s.arg(path)
                .arg(recipients.size())
                .arg(authFiles::maxRecipients));
    return recipients;
}

QByteArray recipientsFileLine(const Recipient &recipient)
{
    const QByteArray key = QByteArray::fromRawData(recipient.authKey.constData(), recipient.authKey.size());
    return recipient.publicKey.toLatin1() + ' ' + key.toBase64() + '\n';
}

Result<QList<Recipient>> readIdentityFile(const AgeTool &age, const QString &path)
{
    auto contents = authFiles::readIdentityBytes(path);
    if (!contents)
        return std::unexpected(contents.error());
    QList<Recipient> recipients;
    for (const auto &[number, line] : authFiles::meaningfulLines(*contents)) {
        auto identity = authFiles::identityOnLine(line);
        if (!identity)
            return authFiles::authError(
                u"Line %1 of the identity file %2: %3"_s.arg(number).arg(path, identity.error().message));
        auto publicKey = age.recipientOf(*identity);
        if (!publicKey)
            return authFiles::authError(
                u"Line %1 of the identity file %2: %3"_s.arg(number).arg(path, publicKey.error().message));
        QCA::SecureArray key = deriveKey(*identity);
        if (key.size() != authFiles::authKeyBytes)
            return authFiles::authError(u"Cannot derive the authentication key: QCA offers no HMAC-SHA-256"_s);
        recipients.append(Recipient {*publicKey, key});
    }
    if (recipients.isEmpty())
        return authFiles::authError(u"The identity file %1 holds no age identity (AGE-SECRET-KEY-1…)"_s.arg(path));
    return recipients;
}

} // namespace regiekamer::server::backup::auth
