#include "crypto/ShareFile.h"

#include "base/JsonRead.h"
#include "crypto/Aead.h"
#include "crypto/SecureRandom.h"
#include "crypto/Shamir.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <openssl/crypto.h>

namespace regiekamer::crypto {

using namespace Qt::StringLiterals;

namespace {

constexpr auto shareFormat = "regiekamer-share/1";
constexpr int saltBytes = 16;
constexpr quint32 maximumMemoryKiB = 4u * 1024 * 1024; // 4 GiB: a hostile file must not exhaust the computer
constexpr quint32 maximumIterations = 64;
constexpr Argon2Parameters minimumParameters {19456, 2, 1};

std::unexpected<Error> malformedShareFile(const QString &detail)
{
    return fail(QString::fromLatin1(errc::shareFileMalformed),
                QCoreApplication::translate("ShareFile", "This is not a readable share file: %1").arg(detail));
}

bool parametersAcceptable(const Argon2Parameters &parameters)
{
    return parameters.lanes == 1 && parameters.memoryKiB >= minimumParameters.memoryKiB &&
        parameters.memoryKiB <= maximumMemoryKiB && parameters.iterations >= minimumParameters.iterations &&
        parameters.iterations <= maximumIterations;
}

Result<QByteArray> base64Member(const QJsonObject &object, QLatin1StringView key, qsizetype size)
{
    auto text = json::requireString(object, key);
    if (!text)
        return malformedShareFile(text.error().message);
    auto decoded = QByteArray::fromBase64Encoding(text->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (size >= 0 && decoded.decoded.size() != size))
        return malformedShareFile(QCoreApplication::translate("ShareFile",
                                                              "member \"%1\" is not valid base64 of "
                                                              "the right length.")
                                      .arg(key));
    return decoded.decoded;
}

Result<Argon2Parameters> kdfMember(const QJsonObject &kdf)
{
    auto alg = json::requireString(kdf, "alg"_L1);
    auto memory = json::requireInteger(kdf, "memoryKiB"_L1);
    auto iterations = json::requireInteger(kdf, "iterations"_L1);
    auto lanes = json::requireInteger(kdf, "lanes"_L1);
    if (auto error = firstError(alg, memory, iterations, lanes))
        return malformedShareFile(error->message);
    const Argon2Parameters parameters {static_cast<quint32>(std::clamp<qint64>(*memory, 0, maximumMemoryKiB + 1)),
                                       static_cast<quint32>(std::clamp<qint64>(*iterations, 0, maximumIterations + 1)),
                                       static_cast<quint32>(std::clamp<qint64>(*lanes, 0, 2))};
    if (*alg != "argon2id"_L1 || !parametersAcceptable(parameters))
        return malformedShareFile(
            QCoreApplication::translate("ShareFile", "its key derivation is not Argon2id with sane parameters."));
    return parameters;
}

} // namespace

Result<ShareFile> ShareFile::fromJson(const QByteArray &bytes)
{
    auto object = json::parseObject(bytes);
    if (!object)
        return malformedShareFile(object.error().message);
    auto format = json::requireString(*object, "format"_L1);
    auto shareSet = json::requireString(*object, "shareSet"_L1);
    auto index = json::requireInteger(*object, "index"_L1);
    auto threshold = json::requireInteger(*object, "threshold"_L1);
    auto shares = json::requireInteger(*object, "shares"_L1);
    auto custodian = json::requireString(*object, "custodian"_L1);
    auto kdf = json::requireObject(*object, "kdf"_L1);
    if (auto error = firstError(format, shareSet, index, threshold, shares, custodian, kdf))
        return malformedShareFile(error->message);
    if (*format != QLatin1StringView(shareFormat) || QUuid::fromString(*shareSet).isNull() || *threshold < 2 ||
        *shares < *threshold || *shares > shamir::maxShares || *index < 1 || *index > *shares)
        return malformedShareFile(QCoreApplication::translate(
            "ShareFile", "its format, share set or numbers (index, threshold, shares) are not valid."));
    auto parameters = kdfMember(*kdf);
    auto salt = base64Member(*kdf, "salt"_L1, saltBytes);
    auto nonce = base64Member(*object, "nonce"_L1, Aead::nonceBytes);
    auto sealed = base64Member(*object, "sealed"_L1, Aead::contextBytes + shareBytes + Aead::tagBytes);
    if (auto error = firstError(parameters, salt, nonce, sealed))
        return std::unexpected(*error);
    ShareFile file;
    file.m_shareSet = *shareSet;
    file.m_index = static_cast<int>(*index);
    file.m_threshold = static_cast<int>(*threshold);
    file.m_shares = static_cast<int>(*shares);
    file.m_custodian = *custodian;
    file.m_parameters = *parameters;
    file.m_salt = *salt;
    file.m_nonce = *nonce;
    file.m_sealed = *sealed;
    return file;
}

Result<ShareFile> ShareFile::seal(const QCA::SecureArray &share, const QString &shareSet, int threshold, int shares,
                                  const QString &custodian, const QCA::SecureArray &passphrase,
                                  const Argon2Parameters &parameters)
{
    const int index = share.isEmpty() ? 0 : static_cast<unsigned char>(share[0]);
    if (share.size() != shareBytes || index < 1 || index > shares || threshold < 2 || shares < threshold ||
        shares > shamir::maxShares || QUuid::fromString(shareSet).isNull() || !parametersAcceptable(parameters))
        return malformedShareFile(QCoreApplication::translate("ShareFile", "the share to seal is not valid."));
    if (passphrase.size() < minimumPassphraseLength)
        return fail(u"share_passphrase_short"_s,
                    QCoreApplication::translate("ShareFile", "A share's passphrase needs at least %1 characters.")
                        .arg(minimumPassphraseLength));
    auto salt = secureRandom::bytes(saltBytes);
    if (!salt)
        return std::unexpected(salt.error());
    ShareFile file;
    file.m_shareSet = shareSet;
    file.m_index = index;
    file.m_threshold = threshold;
    file.m_shares = shares;
    file.m_custodian = custodian;
    file.m_parameters = parameters;
    file.m_salt = *salt;
    auto key = file.derivedKey(passphrase);
    if (!key)
        return std::unexpected(key.error());
    const QByteArray sealed = Aead(*key).seal(QByteArrayView(share.constData(), share.size()), file.context());
    if (sealed.size() != Aead::overheadBytes + shareBytes)
        return fail(u"internal_error"_s, QCoreApplication::translate("ShareFile", "The share could not be sealed."));
    file.m_nonce = sealed.left(Aead::nonceBytes);
    file.m_sealed = sealed.mid(Aead::nonceBytes);
    return file;
}

QByteArray ShareFile::toJson() const
{
    const QJsonObject kdf {{u"alg"_s, u"argon2id"_s},
                           {u"memoryKiB"_s, static_cast<qint64>(m_parameters.memoryKiB)},
                           {u"iterations"_s, static_cast<qint64>(m_parameters.iterations)},
                           {u"lanes"_s, static_cast<qint64>(m_parameters.lanes)},
                           {u"salt"_s, QString::fromLatin1(m_salt.toBase64())}};
    const QJsonObject object {{u"format"_s, QString::fromLatin1(shareFormat)},
                              {u"shareSet"_s, m_shareSet},
                              {u"index"_s, m_index},
                              {u"threshold"_s, m_threshold},
                              {u"shares"_s, m_shares},
                              {u"custodian"_s, m_custodian},
                              {u"kdf"_s, kdf},
                              {u"nonce"_s, QString::fromLatin1(m_nonce.toBase64())},
                              {u"sealed"_s, QString::fromLatin1(m_sealed.toBase64())}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<QCA::SecureArray> ShareFile::open(const QCA::SecureArray &passphrase) const
{
    auto key = derivedKey(passphrase);
    if (!key)
        return std::unexpected(key.error());
    auto opened = Aead(*key).open(QByteArray(m_nonce + m_sealed), context());
    if (!opened || opened->size() != shareBytes || static_cast<unsigned char>(opened->at(0)) != m_index) {
        if (opened)
            OPENSSL_cleanse(opened->data(), static_cast<size_t>(opened->size()));
        return fail(QString::fromLatin1(errc::sharePassphrase),
                    QCoreApplication::translate("ShareFile",
                                                "The passphrase does not open share %1 of %2 (or the "
                                                "file was changed). Check the passphrase and try again.")
                        .arg(m_index)
                        .arg(m_custodian));
    }
    QCA::SecureArray share(*opened);
    OPENSSL_cleanse(opened->data(), static_cast<size_t>(opened->size()));
    return share;
}

QByteArray ShareFile::context() const
{
    return QByteArray(shareFormat) + '\n' + m_shareSet.toLatin1() + '\n' + QByteArray::number(m_index) + '\n' +
        QByteArray::number(m_threshold) + '\n' + QByteArray::number(m_shares) + '\n' + m_custodian.toUtf8();
}

Result<QCA::SecureArray> ShareFile::derivedKey(const QCA::SecureArray &passphrase) const
{
    return argon2id(passphrase, m_salt, m_parameters, Aead::keyBytes);
}

} // namespace regiekamer::crypto
