#include "mail/SmtpErrors.h"

#include <curl/curl.h>

namespace regiekamer::server::mail {

using namespace Qt::StringLiterals;

namespace {

QString printable(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += c.unicode() >= 0x20 && c.unicode() < 0x7f ? c : u'?';
    return out.left(300);
}

QString transportReason(const SmtpOutcome &outcome)
{
    switch (static_cast<CURLcode>(outcome.curlCode)) {
    case CURLE_USE_SSL_FAILED:
        return u"the SMTP server did not offer STARTTLS, so nothing was sent"_s;
    case CURLE_PEER_FAILED_VERIFICATION:
        return u"the SMTP server's certificate is not trusted or does not name %1 (see --smtp-ca-file)"_s.arg(
            outcome.host);
    case CURLE_SSL_CACERT_BADFILE:
        return u"the CA file of --smtp-ca-file cannot be read"_s;
    case CURLE_SSL_CONNECT_ERROR:
        return u"the TLS handshake with the SMTP server failed"_s;
    case CURLE_COULDNT_RESOLVE_HOST:
        return u"the SMTP server's name %1 does not resolve"_s.arg(outcome.host);
    case CURLE_COULDNT_CONNECT:
        return u"cannot connect to the SMTP server %1"_s.arg(outcome.host);
    case CURLE_OPERATION_TIMEDOUT:
        return u"the SMTP server did not answer in time"_s;
    case CURLE_LOGIN_DENIED:
        return u"the SMTP server refused the user name and password of --smtp-credentials-file"_s;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        return u"the connection to the SMTP server broke off"_s;
    default:
        return {};
    }
}

} // namespace

DeliveryFailure smtpFailure(const SmtpOutcome &outcome)
{
    const bool refused = outcome.answerCode >= 400 && outcome.answerCode < 600;
    // 530 and 535: the server wants (other) credentials, which an operator fixes; the mail itself was not refused.
    const bool authentication = outcome.answerCode == 530 || outcome.answerCode == 535 ||
        static_cast<CURLcode>(outcome.curlCode) == CURLE_LOGIN_DENIED;
    if (refused && !authentication) {
        const QString answer = outcome.lastAnswer.startsWith(QString::number(outcome.answerCode))
            ? outcome.lastAnswer
            : QString::number(outcome.answerCode) + u" (" + outcome.curlDetails + u')';
        return {printable(answer), outcome.answerCode >= 500};
    }
    QString reason = transportReason(outcome);
    if (authentication && outcome.answerCode > 0)
        reason = u"the SMTP server wants a user name and password it accepts (--smtp-credentials-file): "_s +
            outcome.lastAnswer;
    if (reason.isEmpty())
        reason = u"SMTP delivery failed: "_s +
            (outcome.curlDetails.isEmpty()
                 ? QString::fromLatin1(curl_easy_strerror(static_cast<CURLcode>(outcome.curlCode)))
                 : outcome.curlDetails);
    return {printable(reason), false};
}

} // namespace regiekamer::server::mail
