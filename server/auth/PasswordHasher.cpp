#include "auth/PasswordHasher.h"

#include "base/ApiError.h"
#include "crypto/CryptoKnownAnswers.h"
#include "crypto/SecureCompare.h"
#include "crypto/SecureRandom.h"

#include <QRegularExpression>

#include <openssl/crypto.h>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int hashLength = 32;
constexpr int saltLength = 16;
// Upper bounds so a stored string cannot make verification arbitrarily expensive.
constexpr quint32 maximumMemoryKiB = 1024 * 1024;
constexpr quint32 maximumIterations = 16;
constexpr quint32 maximumLanes = 16;

auto internalError(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::internal), message);
}

bool atLeastMinimum(const Argon2Parameters &p)
{
    return p.memoryKiB >= PasswordHasher::minimum.memoryKiB && p.iterations >= PasswordHasher::minimum.iterations &&
        p.lanes >= PasswordHasher::minimum.lanes;
}

bool withinMaximum(const Argon2Parameters &p)
{
    return p.memoryKiB <= maximumMemoryKiB && p.iterations <= maximumIterations && p.lanes <= maximumLanes &&
        p.memoryKiB >= 8 * p.lanes;
}

QByteArray base64NoPadding(const QByteArray &data)
{
    return data.toBase64(QByteArray::OmitTrailingEquals);
}

Result<QByteArray> decodeBase64(const QString &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return internalError(u"Malformed base64 in password hash."_s);
    return decoded.decoded;
}

} // namespace

Result<PhcHash> PhcHash::parse(const QString &phc)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        u"\\$argon2id\\$v=19\\$m=([0-9]{1,10}),t=([0-9]{1,10}),p=([0-9]{1,10})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{11,})"_s));
    const auto match = pattern.match(phc);
    if (!match.hasMatch())
        return internalError(u"Not an Argon2id (v=19) PHC string."_s);
    bool okM = false, okT = false, okP = false;
    const Argon2Parameters parameters {match.captured(1).toUInt(&okM), match.captured(2).toUInt(&okT),
                                       match.captured(3).toUInt(&okP)};
    if (!okM || !okT || !okP)
        return internalError(u"Argon2id parameters out of range."_s);
    auto salt = decodeBase64(match.captured(4));
    auto hash = decodeBase64(match.captured(5));
    if (const auto error = firstError(salt, hash))
        return std::unexpected(*error);
    if (salt->size() < 8 || hash->size() < 16)
        return internalError(u"Argon2id salt or hash too short."_s);
    return PhcHash {parameters, *salt, *hash};
}

QString PhcHash::toString() const
{
    return u"$argon2id$v=19$m=%1,t=%2,p=%3$%4$%5"_s.arg(parameters.memoryKiB)
        .arg(parameters.iterations)
        .arg(parameters.lanes)
        .arg(QString::fromLatin1(base64NoPadding(salt)), QString::fromLatin1(base64NoPadding(hash)));
}

PasswordHasher::PasswordHasher(Argon2Parameters parameters)
    : m_parameters(parameters)
{
}

Result<PasswordHasher> PasswordHasher::create(Argon2Parameters parameters)
{
    if (!atLeastMinimum(parameters) || !withinMaximum(parameters)) {
        return internalError(u"Argon2id parameters must be at least m=%1 KiB, t=%2, p=%3."_s.arg(minimum.memoryKiB)
                                 .arg(minimum.iterations)
                                 .arg(minimum.lanes));
    }
    PasswordHasher hasher(parameters);
    auto randomPassword = crypto::secureRandom::bytes(32);
    if (!randomPassword)
        return std::unexpected(randomPassword.error());
    auto dummy = hasher.hash(QCA::SecureArray(*randomPassword));
    OPENSSL_cleanse(randomPassword->data(), static_cast<size_t>(randomPassword->size()));
    if (!dummy)
        return std::unexpected(dummy.error());
    hasher.m_dummyHash = *dummy;
    return hasher;
}

Result<QString> PasswordHasher::hash(const QCA::SecureArray &password) const
{
    auto salt = crypto::secureRandom::bytes(saltLength);
    if (!salt)
        return std::unexpected(salt.error());
    auto derived = crypto::argon2id(password, *salt, m_parameters, hashLength);
    if (!derived)
        return std::unexpected(derived.error());
    return PhcHash {m_parameters, *salt, derived->toByteArray()}.toString();
}

bool PasswordHasher::verify(const QCA::SecureArray &password, const QString &phc) const
{
    const auto parsed = PhcHash::parse(phc);
    if (!parsed || !atLeastMinimum(parsed->parameters) || !withinMaximum(parsed->parameters))
        return false;
    const auto derived =
        crypto::argon2id(password, parsed->salt, parsed->parameters, static_cast<int>(parsed->hash.size()));
    if (!derived)
        return false;
    return crypto::constantTimeEquals(QByteArrayView(derived->constData(), derived->size()), parsed->hash);
}

Status PasswordHasher::selfTest()
{
    return crypto::checkKnownAnswer(crypto::KnownAnswer::Argon2id);
}

} // namespace regiekamer::server
