#include "base/JsonWriter.h"

#include "base/JsonRead.h"

#include <QDateTime>

namespace regiekamer::json {

namespace {

char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + (value - 10));
}

// The digits of text[from, from + count) as a number; -1 if one is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

void Writer::separate()
{
    if (m_afterValue)
        m_out.append(',');
}

void Writer::beginObject()
{
    separate();
    m_out.append('{');
    m_afterValue = false;
}

void Writer::endObject()
{
    m_out.append('}');
    m_afterValue = true;
}

void Writer::beginArray()
{
    separate();
    m_out.append('[');
    m_afterValue = false;
}

void Writer::endArray()
{
    m_out.append(']');
    m_afterValue = true;
}

void Writer::key(QLatin1StringView name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\":", 2);
    m_afterValue = false;
}

// As Qt's JSON writer: quote and backslash escaped, the short escapes of \b \f \n \r \t, other controls as \u00xx.
void Writer::escapeAscii(char16_t unit)
{
    if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
        m_out.append(static_cast<char>(unit));
        return;
    }
    m_out.append('\\');
    switch (unit) {
    case u'"':
        m_out.append('"');
        break;
    case u'\\':
        m_out.append('\\');
        break;
    case 0x08:
        m_out.append('b');
        break;
    case 0x0c:
        m_out.append('f');
        break;
    case 0x0a:
        m_out.append('n');
        break;
    case 0x0d:
        m_out.append('r');
        break;
    case 0x09:
        m_out.append('t');
        break;
    default:
        m_out.append("u00", 3);
        m_out.append(hexDigit(unit >> 4));
        m_out.append(hexDigit(unit & 0xf));
    }
}

void Writer::string(QStringView text)
{
    separate();
    m_out.append('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit < 0x80) {
            escapeAscii(unit);
            continue;
        }
        const bool pair = QChar::isHighSurrogate(unit) && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (QChar::isSurrogate(unit) && !pair) { // a lone surrogate has no UTF-8: Qt writes \uxxxx
            m_out.append("\\u", 2);
            for (int shift = 12; shift >= 0; shift -= 4)
                m_out.append(hexDigit((unit >> shift) & 0xf));
            continue;
        }
        m_out.append(text.sliced(i, pair ? 2 : 1).toUtf8());
        if (pair)
            ++i;
    }
    m_out.append('"');
    m_afterValue = true;
}

void Writer::utf8(QByteArrayView text)
{
    if (!text.isValidUtf8()) {
        string(QString::fromUtf8(text));
        return;
    }
    separate();
    m_out.append('"');
    for (const char byte : text) {
        const auto unit = static_cast<unsigned char>(byte);
        if (unit < 0x80)
            escapeAscii(unit);
        else
            m_out.append(byte); // valid UTF-8: the same bytes QString::toUtf8 gives back
    }
    m_out.append('"');
    m_afterValue = true;
}

bool Writer::isCanonicalTime(QStringView t)
{
    // YYYY-MM-DDTHH:MM:SS.mmmZ
    if (t.size() != 24 || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':' ||
        t[19] != u'.' || t[23] != u'Z')
        return false;
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2), hour = digits(t, 11, 2),
              minute = digits(t, 14, 2), second = digits(t, 17, 2), milli = digits(t, 20, 3);
    return year > 0 && QDate::isValid(year, month, day) && QTime::isValid(hour, minute, second, milli);
}

void Writer::storedTime(QStringView text, bool nullable)
{
    if (isCanonicalTime(text)) {
        separate();
        m_out.append('"');
        for (const QChar c : text)
            m_out.append(static_cast<char>(c.unicode()));
        m_out.append('"');
        m_afterValue = true;
        return;
    }
    const QDateTime time = QDateTime::fromString(text.toString(), Qt::ISODateWithMs).toUTC();
    if (nullable && !time.isValid())
        null();
    else
        string(toWire(time));
}

void Writer::integer(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
    m_afterValue = true;
}

void Writer::boolean(bool value)
{
    separate();
    m_out.append(value ? QByteArrayView("true") : QByteArrayView("false"));
    m_afterValue = true;
}

void Writer::null()
{
    separate();
    m_out.append("null", 4);
    m_afterValue = true;
}

} // namespace regiekamer::json
