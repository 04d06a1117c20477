#include "keys/SealedKeyring.h"

#include "base/PrivateFile.h"
#include "crypto/Aead.h"
#include "keys/KeyFile.h"

#include <openssl/crypto.h>

namespace regiekamer::server::sealedKeyring {

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView keyringFormat = "regiekamer-sealed-keyring/1";
constexpr qsizetype maxKeyringBytes = qsizetype {128} * 1024;

std::unexpected<Error> keyringError(const QString &message)
{
    return fail(u"unseal_failed"_s, message);
}

QByteArray keyringContext(const QString &shareSet)
{
    return shareSet.toLatin1();
}

} // namespace

Status write(const QString &path, const MasterKey &master, const QCA::SecureArray &unsealKey, const QString &shareSet)
{
    const crypto::Aead aead(unsealKey);
    const QCA::SecureArray contents = master.contents();
    const QByteArray sealed = aead.seal(keyFile::bytesOf(contents), keyringContext(shareSet));
    if (!aead.isValid() || sealed.isEmpty())
        return keyringError(u"Cannot seal the master key."_s);
    const QByteArray file = keyringFormat.toByteArray() + ' ' + shareSet.toLatin1() + '\n' + sealed.toBase64() + '\n';
    return privateFile::replace(path, file);
}

Result<MasterKey> open(const QString &path, const QCA::SecureArray &unsealKey, const QString &shareSet)
{
    auto file = keyFile::readOwnerOnly(path, u"the sealed master key file"_s, maxKeyringBytes);
    if (!file)
        return std::unexpected(file.error());
    const QByteArray text = file->toByteArray();
    const QList<QByteArray> lines = text.trimmed().split('\n');
    const QByteArray header = keyringFormat.toByteArray() + ' ' + shareSet.toLatin1();
    if (lines.size() != 2 || lines.at(0) != header) {
        return keyringError(u"The sealed master key file %1 is not sealed for share set %2 (its first line reads "
                            "\"%3\"). Restore master.key.sealed and seal.json together from one backup."_s.arg(
                                path, shareSet, QString::fromLatin1(lines.value(0).left(80))));
    }
    auto opened = crypto::Aead(unsealKey).open(QByteArray::fromBase64(lines.at(1)), keyringContext(shareSet));
    if (!opened) {
        return keyringError(u"The shares do not open the sealed master key file %1: it was changed, or seal.json "
                            "does not belong to it."_s.arg(path));
    }
    const QCA::SecureArray contents(*opened);
    OPENSSL_cleanse(opened->data(), static_cast<size_t>(opened->size()));
    return MasterKey::fromContents(path, contents);
}

} // namespace regiekamer::server::sealedKeyring
