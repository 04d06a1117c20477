#include "crypto/Totp.h"

#include <QtEndian>

namespace regiekamer::crypto::totp {

using namespace Qt::StringLiterals;

namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

} // namespace

qint64 stepAt(const QDateTime &time)
{
    const qint64 seconds = time.toSecsSinceEpoch();
    return seconds >= 0 ? seconds / periodSeconds : (seconds - periodSeconds + 1) / periodSeconds;
}

QString code(const QCA::SecureArray &secret, qint64 step, int digitCount)
{
    QByteArray counter(8, '\0');
    qToBigEndian(static_cast<quint64>(step), counter.data());
    QCA::MessageAuthenticationCode hmac(u"hmac(sha1)"_s, QCA::SymmetricKey(secret));
    hmac.update(QCA::MemoryRegion(counter));
    const QCA::SecureArray mac = hmac.final();
    if (mac.size() < 20)
        return {};
    const auto byte = [&mac](int index) { return static_cast<quint32>(static_cast<quint8>(mac[index])); };
    const int offset = static_cast<int>(byte(19) & 0x0f);
    const quint32 binary =
        ((byte(offset) & 0x7f) << 24) | (byte(offset + 1) << 16) | (byte(offset + 2) << 8) | byte(offset + 3);
    quint64 modulus = 1;
    for (int i = 0; i < digitCount; ++i)
        modulus *= 10;
    return QString::number(binary % modulus).rightJustified(digitCount, u'0');
}

QString base32Encode(QByteArrayView bytes)
{
    QString text;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5) {
            text.append(QLatin1Char(alphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        text.append(QLatin1Char(alphabet[(buffer << (5 - bits)) & 0x1f]));
    return text;
}

std::optional<QCA::SecureArray> base32Decode(QStringView text)
{
    QCA::SecureArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == u' ' || c == u'=')
            continue;
        const char upper = static_cast<char>(c.toUpper().toLatin1());
        const char *found = upper ? std::strchr(alphabet, upper) : nullptr;
        if (!found)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(found - alphabet);
        bits += 5;
        if (bits >= 8) {
            bytes.append(QCA::SecureArray(1, static_cast<char>((buffer >> (bits - 8)) & 0xff)));
            bits -= 8;
        }
    }
    return bytes;
}

} // namespace regiekamer::crypto::totp
