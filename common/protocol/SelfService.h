#pragma once

#include "base/Result.h"
#include "protocol/Consent.h"
#include "protocol/Registration.h"

#include <QJsonObject>

// What a person does for themselves through links in mail (docs/accounts.md): registering for a webinar that is open
// for registration (/api/v1/sign-up) and changing the account's e-mail address (/api/v1/me/email-change).
namespace regiekamer::api {

// The registration form: who registers for which webinar. Nothing is stored until the link mailed to the address
// confirms it.
struct SignUpRequest
{
    qint64 webinarId = 0;
    QString fullName;
    QString email;
    QString company;
    QString jobTitle;
    QString phone;
    ConsentChoice consent;
    QString language = QStringLiteral("nl"); // of the mails and pages: "nl" or "en"
    QJsonObject toJson() const;
    static Result<SignUpRequest> fromJson(const QJsonObject &object);
};

// The link's form: its token, and the password of the new account (empty when the address has an account).
struct SignUpConfirmation
{
    QString token;
    QString password;
    QJsonObject toJson() const;
    static Result<SignUpConfirmation> fromJson(const QJsonObject &object);
};

// What the confirmation made: the registration, pending while the webinar requires approval. The personal join
// link is not in it: it is sent only by mail.
struct SignUpResult
{
    qint64 userId = 0;
    qint64 registrationId = 0;
    qint64 webinarId = 0;
    ApprovalState approval = ApprovalState::Pending;
    bool newAccount = false;
    QJsonObject toJson() const;
    static Result<SignUpResult> fromJson(const QJsonObject &object);
};

// A new address for the signed-in account, confirmed with the account's password.
struct EmailChangeRequest
{
    QString email;
    QString password;
    QJsonObject toJson() const;
    static Result<EmailChangeRequest> fromJson(const QJsonObject &object);
};

// A link whose form carries nothing but its token (confirming or reporting an e-mail change).
struct LinkToken
{
    QString token;
    QJsonObject toJson() const;
    static Result<LinkToken> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
