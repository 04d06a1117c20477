#include "mail/MailMessage.h"

#include "base/ApiError.h"

#include <QRandomGenerator>
#include <QStringList>

namespace regiekamer::server::mail {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype base64LineLength = 76;
// An encoded-word of at most 39 bytes of UTF-8 is 64 characters long, so "Subject: " and one word fit in 78.
constexpr qsizetype encodedWordBytes = 39;

bool hasControlCharacter(QStringView value)
{
    return std::ranges::any_of(value, [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    lines.reserve(encoded.size() + encoded.size() / base64LineLength * 2 + 2);
    for (qsizetype at = 0; at < encoded.size(); at += base64LineLength)
        lines += encoded.mid(at, base64LineLength) + "\r\n";
    return lines;
}

bool isShortPrintableAscii(QStringView text)
{
    return text.size() <= 60 &&
        std::ranges::all_of(text, [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

// RFC 2047 "B" encoded-words, split between characters (never inside one UTF-8 sequence), folded one per line.
QByteArray encodedWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype length = text.at(at).isHighSurrogate() && at + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(at, length).toUtf8();
        if (chunk.size() + character.size() > encodedWordBytes) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += character;
        at += length;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words.append(chunk);
    QByteArray joined;
    for (const QByteArray &word : words)
        joined += (joined.isEmpty() ? "" : "\r\n ") + "=?UTF-8?B?"_ba + word.toBase64() + "?=";
    return joined;
}

QByteArray encodedSubject(const QString &subject)
{
    return isShortPrintableAscii(subject) ? subject.toLatin1() : encodedWords(subject);
}

QByteArray randomHex(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return random.toHex();
}

QString messageIdHeader(const QString &messageId, const QString &fromAddress)
{
    if (messageId.contains(u'@'))
        return messageId;
    const QString domain = fromAddress.mid(fromAddress.lastIndexOf(u'@') + 1);
    return u'<' + (messageId.isEmpty() ? QString::fromLatin1(randomHex(16)) : messageId) + u'@' + domain + u'>';
}

QByteArray bodyPart(const QByteArray &boundary, const char *type, const QString &body, const QString &language)
{
    return "--" + boundary + "\r\nContent-Type: " + type + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n" +
        "Content-Language: " + language.toLatin1() + "\r\n\r\n" + base64Lines(body.toUtf8());
}

} // namespace

bool isPlainAddress(QStringView address)
{
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at != address.lastIndexOf(u'@') || at == address.size() - 1 || address.size() > 254)
        return false;
    return std::ranges::all_of(address, [](QChar c) {
        const char16_t u = c.unicode();
        return u > 0x20 && u < 0x7f && u != u'<' && u != u'>' && u != u'"' && u != u'(' && u != u')' && u != u',' &&
            u != u';' && u != u'\\' && u != u'[' && u != u']' && u != u':';
    });
}

QString newMessageIdPart()
{
    return QString::fromLatin1(randomHex(16));
}

Status checkHeaders(const MailMessage &message)
{
    const std::initializer_list<std::pair<const char *, const QString *>> values {{"From", &message.from},
                                                                                  {"To", &message.to},
                                                                                  {"Subject", &message.subject},
                                                                                  {"Message-ID", &message.messageId}};
    for (const auto &[name, value] : values) {
        if (hasControlCharacter(*value))
            return badRequest(
                u"The %1 header holds a control character (CR, LF or another)."_s.arg(QLatin1StringView(name)));
    }
    for (const auto &[name, value] : {std::pair {"From", &message.from}, std::pair {"To", &message.to}}) {
        if (!isPlainAddress(*value))
            return badRequest(u"The %1 address is not one plain address."_s.arg(QLatin1StringView(name)));
    }
    if (message.language != "nl"_L1 && message.language != "en"_L1)
        return badRequest(u"A mail's language is nl or en."_s);
    return {};
}

Result<QByteArray> MailMessage::build() const
{
    if (auto checked = checkHeaders(*this); !checked)
        return std::unexpected(checked.error());
    const QDateTime when = (date.isValid() ? date : QDateTime::currentDateTimeUtc()).toUTC();
    const QByteArray boundary = "=_rk_" + randomHex(16);
    QByteArray out;
    out += "From: " + from.toLatin1() + "\r\n";
    out += "To: " + to.toLatin1() + "\r\n";
    out += "Subject: " + encodedSubject(subject) + "\r\n";
    out += "Date: " + when.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    out += "Message-ID: " + messageIdHeader(messageId, from).toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Language: " + language.toLatin1() + "\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += bodyPart(boundary, "text/plain", text, language);
    out += bodyPart(boundary, "text/html", html, language);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace regiekamer::server::mail
