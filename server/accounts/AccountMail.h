#pragma once

#include "i18n/Language.h"
#include "mail/Outbox.h"
#include "protocol/Roles.h"

#include <QDateTime>
#include <QUrl>

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

mail::OutgoingMail invitation(const Recipient &to, Role role, const QUrl &link, const QDateTime &expiresAt);
mail::OutgoingMail passwordReset(const Recipient &to, const QUrl &link, const QDateTime &expiresAt);
mail::OutgoingMail passwordChanged(const Recipient &to, const QDateTime &changedAt);

} // namespace regiekamer::server::accountMail
