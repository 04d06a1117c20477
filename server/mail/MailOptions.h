#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

namespace regiekamer::server::mail {

// regiekamer-server's mail options (docs/mail.md "Options"); parsed by app/MailOptionsParsing.
struct MailOptions
{
    QUrl smtpUrl; // --smtp: smtp://HOST[:PORT] (STARTTLS required) or smtps://HOST[:PORT]; empty: mail stays pending
    QString fromAddress; // --smtp-from: the From and envelope sender of every mail
    QString
        caFile; // --smtp-ca-file: PEM CA certificates the SMTP server's certificate must chain to (else the system's)
    QString credentialsFile; // --smtp-credentials-file: owner-only file "user\npassword"; empty: no AUTH
    QUrl publicUrl; // --public-url: the https base of every link in mail (never a request's Host header)
    std::chrono::seconds timeout {30}; // connecting, and each step of an SMTP conversation

    bool deliveryEnabled() const { return !smtpUrl.isEmpty(); }
};

// "regiekamer@HOST of --public-url", else "regiekamer@localhost": the From without --smtp-from.
QString defaultFromAddress(const QUrl &publicUrl);

} // namespace regiekamer::server::mail
