#include "crypto/SecureRandom.h"

#include "base/ApiError.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <string_view>

namespace regiekamer::crypto::secureRandom {

using namespace Qt::StringLiterals;

Result<QByteArray> bytes(qsizetype count)
{
    QByteArray buffer(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(buffer.data()), static_cast<int>(count)) != 1)
        return fail(QString::fromLatin1(api::errc::internal), u"The random number generator failed."_s);
    return buffer;
}

Result<QString> token()
{
    auto raw = bytes(32);
    if (!raw)
        return std::unexpected(raw.error());
    QString encoded =
        QString::fromLatin1(raw->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    OPENSSL_cleanse(raw->data(), static_cast<size_t>(raw->size()));
    return encoded;
}

Result<QString> password(int groups)
{
    // 32 symbols without 0/O, 1/l/I: 5 bits per character, 100 bits for four groups of five.
    static constexpr std::string_view alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    static constexpr int alphabetSize = alphabet.size(); // 31: rejection sampling below keeps it uniform
    QString result;
    while (result.size() < groups * 6 - 1) {
        if (!result.isEmpty() && result.size() % 6 == 5) {
            result += u'-';
            continue;
        }
        auto raw = bytes(1);
        if (!raw)
            return std::unexpected(raw.error());
        const int value = static_cast<unsigned char>(raw->at(0)) & 0x1f;
        if (value < alphabetSize)
            result += QLatin1Char(alphabet.at(static_cast<size_t>(value)));
    }
    return result;
}

} // namespace regiekamer::crypto::secureRandom
