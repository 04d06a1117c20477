#pragma once

#include "base/Result.h"
#include "mail/MailOptions.h"
#include "mail/Outbox.h"

#include <QtCrypto>

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>

namespace regiekamer::server::mail {

// The account the SMTP server is signed in to with, read from --smtp-credentials-file (owner-only, "user\npassword");
// the password stays in secure memory and never reaches a URL, a log or an error.
struct SmtpCredentials
{
    QString user;
    QCA::SecureArray password;

    static Result<SmtpCredentials> readFile(const QString &path);
};

// Sends one message at a time with libcurl's SMTP client: STARTTLS required (CURLUSESSL_ALL) for smtp://, implicit
// TLS for smtps://, TLS 1.2 or newer, the server's certificate and name verified against --smtp-ca-file (else the
// system's CAs). The connection is kept between messages while the server allows it.
// Not thread-safe: one per worker thread.
class SmtpTransport
{
public:
    // Checks the options (a URL with user information is refused) and reads the credentials file.
    static Result<std::unique_ptr<SmtpTransport>> create(const MailOptions &options);
    ~SmtpTransport();
    SmtpTransport(const SmtpTransport &) = delete;
    SmtpTransport &operator=(const SmtpTransport &) = delete;

    // Delivers `message` (CRLF line ends) from `from` to `to`. A failure says why in words for admins ("the SMTP
    // server did not offer STARTTLS", "550 5.1.1 mailbox unavailable"); a 5xx answer is permanent.
    std::expected<void, DeliveryFailure> send(const QString &from, const QString &to, const QByteArray &message);
    // "smtp://host:port (STARTTLS)" or "smtps://host:port": for logs and the admins' listing.
    QString description() const;

private:
    struct Private;
    explicit SmtpTransport(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

// The URL of --smtp checked: smtp or smtps, a host, no user information, no path, query or fragment. The port
// defaults to 587 (smtp, submission) or 465 (smtps).
Result<QUrl> checkSmtpUrl(const QUrl &url);

} // namespace regiekamer::server::mail
