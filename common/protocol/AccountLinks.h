#pragma once

#include "base/Result.h"
#include "protocol/Roles.h"

#include <QDateTime>
#include <QJsonObject>

// Accounts by e-mail: staff invitations (/api/v1/invitations) and password resets (/api/v1/password-reset), whose
// links in mail carry a token (docs/accounts.md).
namespace regiekamer::api {

struct InvitationRequest
{
    QString email;
    QString displayName;
    Role role = Role::Moderator;
    qint64 organisationId = 0; // client staff only
    QString language = QStringLiteral("nl"); // of the mail and the pages: "nl" or "en"
    QJsonObject toJson() const;
    static Result<InvitationRequest> fromJson(const QJsonObject &object);
};

// A pending invitation: an invited account that has not chosen its password yet.
struct Invitation
{
    qint64 id = 0; // the invited account's id
    QString email;
    QString displayName;
    Role role = Role::Moderator;
    qint64 organisationId = 0;
    QString organisationName;
    QString language;
    QDateTime expiresAt; // null: the link expired (send it again or revoke)
    QJsonObject toJson() const;
    static Result<Invitation> fromJson(const QJsonObject &object);
};

// The form behind a link: the token from the mail and the password the person chose.
struct LinkCompletion
{
    QString token;
    QString password;
    QJsonObject toJson() const;
    static Result<LinkCompletion> fromJson(const QJsonObject &object);
};

struct PasswordResetRequest
{
    QString email;
    QJsonObject toJson() const;
    static Result<PasswordResetRequest> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
