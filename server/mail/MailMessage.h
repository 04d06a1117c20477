#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace regiekamer::server::mail {

// One e-mail as RFC 5322/MIME text: multipart/alternative with a text/plain and a text/html part (UTF-8, base64 in
// lines of 76), the Subject as RFC 2047 encoded-words when it is not short printable ASCII, Content-Language, and
// Auto-Submitted: auto-generated so that out-of-office replies stay away.
struct MailMessage
{
    QString from; // one bare address, e.g. "regiekamer@example.org"
    QString to; // one bare address
    QString language; // "nl" or "en"
    QString subject;
    QString text;
    QString html;
    QDateTime date; // invalid: now
    // "<…@…>" as it is; only the unique part ("3f9a…"): "<3f9a…@" + the From address's domain + ">"; empty: random.
    QString messageId;

    // The message with CRLF line ends. A control character (CR, LF, NUL, …) in a header value, an address that is
    // not one plain ASCII address, or another language is an error (code "bad_request") and nothing is built.
    Result<QByteArray> build() const;
};

// Checks every header value build() would use, without building.
Status checkHeaders(const MailMessage &message);
// A plain ASCII address local@domain without spaces, angle brackets, quotes or control characters.
bool isPlainAddress(QStringView address);
// 128 random bits as 32 hex digits: the unique part of a Message-ID.
QString newMessageIdPart();

} // namespace regiekamer::server::mail
