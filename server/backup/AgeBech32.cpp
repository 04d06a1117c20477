#include "backup/AgeBech32.h"

#include <array>
#include <string_view>

namespace regiekamer::server::backup::ageBech32 {

namespace {

constexpr std::string_view alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr qsizetype checksumChars = 6;

quint32 polymodStep(quint32 checksum, quint32 value)
{
    static constexpr std::array<quint32, 5> generator {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    const quint32 top = checksum >> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (size_t i = 0; i < generator.size(); ++i) {
        if (((top >> i) & 1) != 0)
            checksum ^= generator.at(i);
    }
    return checksum;
}

char lowered(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool mixesCase(QByteArrayView text)
{
    bool lower = false;
    bool upper = false;
    for (const char c : text) {
        lower = lower || (c >= 'a' && c <= 'z');
        upper = upper || (c >= 'A' && c <= 'Z');
    }
    return lower && upper;
}

} // namespace

bool encodes(QByteArrayView text, QByteArrayView hrp, int bytes)
{
    const qsizetype dataChars = (qsizetype {bytes} * 8 + 4) / 5;
    if (bytes <= 0 || text.size() != hrp.size() + 1 + dataChars + checksumChars || mixesCase(text))
        return false;
    quint32 checksum = 1;
    for (const char c : hrp)
        checksum = polymodStep(checksum, static_cast<quint8>(c) >> 5);
    checksum = polymodStep(checksum, 0);
    for (qsizetype i = 0; i < hrp.size(); ++i) {
        if (lowered(text.at(i)) != hrp.at(i))
            return false;
        checksum = polymodStep(checksum, static_cast<quint8>(hrp.at(i)) & 31);
    }
    if (text.at(hrp.size()) != '1')
        return false;
    quint32 last = 0;
    for (qsizetype i = hrp.size() + 1; i < text.size(); ++i) {
        const size_t value = alphabet.find(lowered(text.at(i)));
        if (value == std::string_view::npos)
            return false;
        checksum = polymodStep(checksum, static_cast<quint32>(value));
        if (i == hrp.size() + dataChars)
            last = static_cast<quint32>(value);
    }
    const auto paddingBits = static_cast<int>(dataChars * 5 - qsizetype {bytes} * 8);
    return checksum == 1 && (last & ((1U << paddingBits) - 1)) == 0;
}

} // namespace regiekamer::server::backup::ageBech32
