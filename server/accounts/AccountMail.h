#pragma once

#include "i18n/Language.h"
#include "mail/Outbox.h"
#include "protocol/Roles.h"

#include <QDateTime>
#include <QUrl>

namespace regiekamer::server {
struct UserRecord;
}

namespace regiekamer::server::accountMail {

// The page a link in mail opens: PUBLIC_URL/account/<page>?token=TOKEN. The token is the only secret in it; the pages
// answer with Referrer-Policy: no-referrer and the access log records the path without the query.
QUrl linkTo(const QUrl &publicUrl, const QString &page, const QString &token);

struct Recipient
{
    qint64 userId = 0;
    QString address;
    QString displayName;
    i18n::Language language = i18n::Language::Dutch;
};

// An account's mail in its language, to `address` (empty: the account's own address).
Recipient recipientOf(const UserRecord &user, const QString &address = {});

mail::OutgoingMail invitation(const Recipient &to, Role role, const QUrl &link, const QDateTime &expiresAt);
mail::OutgoingMail passwordReset(const Recipient &to, const QUrl &link, const QDateTime &expiresAt);
mail::OutgoingMail passwordChanged(const Recipient &to, const QDateTime &changedAt);

// Self-registration: the link that proves the address and confirms the registration, and, once the registration is
// approved, the personal join link (sent nowhere else).
mail::OutgoingMail signUpVerification(const Recipient &to, const QString &webinarTitle, const QUrl &link,
                                      const QDateTime &expiresAt);
// `reason`: the director's words with the approval (may be empty), quoted in the mail.
mail::OutgoingMail joinLink(const Recipient &to, const QString &webinarTitle, const QDateTime &startsAt,
                            const QUrl &link, const QString &reason = {});
// A rejected registration, with the director's reason (sent only when one was given).
mail::OutgoingMail registrationRejected(const Recipient &to, const QString &webinarTitle, const QString &reason);

// E-mail change: the confirmation sent to the new address, the notice to the old one with the link that reports a
// change the owner did not ask for, and the mail to the old address once such a report secured the account.
mail::OutgoingMail emailChangeConfirmation(const Recipient &to, const QUrl &link, const QDateTime &expiresAt);
mail::OutgoingMail emailChangeNotice(const Recipient &to, const QString &newAddress, const QUrl &reportLink,
                                     const QDateTime &expiresAt);
mail::OutgoingMail accountSecured(const Recipient &to, const QUrl &resetLink, const QDateTime &expiresAt);

// "a.jansen@example.org" -> "a…@example.org": enough for the owner to recognise, not a full address.
QString maskedAddress(const QString &address);

} // namespace regiekamer::server::accountMail
