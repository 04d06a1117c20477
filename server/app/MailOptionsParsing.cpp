#include "app/MailOptionsParsing.h"

#include "base/ApiError.h"
#include "mail/MailMessage.h"
#include "mail/SmtpTransport.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

// The base of the links in mail: https, a host, no user information, query or fragment.
Result<QUrl> parsePublicUrl(const QString &text)
{
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != "https"_L1 || url.host().isEmpty())
        return badRequest(u"--public-url needs an https URL, for example https://regiekamer.example.org."_s);
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return badRequest(u"--public-url takes no user name, password, query or fragment."_s);
    if (url.path().endsWith(u'/'))
        url.setPath(url.path().chopped(1));
    return url;
}

} // namespace

void addMailOptions(QCommandLineParser &parser)
{
    parser.addOptions(
        {{u"smtp"_s, u"SMTP server: smtp://HOST[:PORT] (STARTTLS required) or smtps://HOST[:PORT]."_s, u"URL"_s},
         {u"smtp-from"_s, u"The sender address of mail."_s, u"ADDRESS"_s},
         {u"smtp-ca-file"_s, u"PEM CA certificates the SMTP server's certificate must chain to."_s, u"FILE"_s},
         {u"smtp-credentials-file"_s, u"Owner-only file: SMTP user name, then password."_s, u"FILE"_s},
         {u"public-url"_s, u"The https address the server is reached at, the base of links in mail."_s, u"URL"_s}});
}

Status readMailOptions(const QCommandLineParser &parser, mail::MailOptions &options)
{
    if (parser.isSet(u"public-url"_s)) {
        auto url = parsePublicUrl(parser.value(u"public-url"_s));
        if (!url)
            return std::unexpected(url.error());
        options.publicUrl = *url;
    }
    if (parser.isSet(u"smtp"_s)) {
        auto url = mail::checkSmtpUrl(QUrl(parser.value(u"smtp"_s), QUrl::StrictMode));
        if (!url)
            return std::unexpected(url.error());
        options.smtpUrl = *url;
    }
    for (const QString &name : {u"smtp-from"_s, u"smtp-ca-file"_s, u"smtp-credentials-file"_s}) {
        if (parser.isSet(name) && !parser.isSet(u"smtp"_s))
            return badRequest(u"--%1 needs --smtp URL."_s.arg(name));
    }
    options.fromAddress =
        parser.isSet(u"smtp-from"_s) ? parser.value(u"smtp-from"_s) : mail::defaultFromAddress(options.publicUrl);
    if (!mail::isPlainAddress(options.fromAddress))
        return badRequest(u"--smtp-from needs one plain address, for example regiekamer@example.org."_s);
    options.caFile = parser.value(u"smtp-ca-file"_s);
    options.credentialsFile = parser.value(u"smtp-credentials-file"_s);
    return {};
}

QString mailUsage()
{
    return u"[--smtp URL [--smtp-from ADDRESS] [--smtp-ca-file FILE] [--smtp-credentials-file FILE]] "
           "[--public-url URL]"_s;
}

} // namespace regiekamer::server
