#pragma once

#include "base/Result.h"
#include "protocol/SecurityKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// The staff's second factor (docs/api.md "Second factor", docs/security.md "Second factor"): the sign-in's challenge
// and its answer, enrolment of a TOTP authenticator, recovery codes and step-up.
namespace regiekamer::api {

namespace secondFactor {
inline constexpr auto required = "required"; // the sign-in answer's "secondFactor": answer the challenge
inline constexpr auto enrolmentRequired = "enrolment_required"; // SessionGrant::secondFactor: enrol before anything
inline constexpr auto totp = "totp";
inline constexpr auto recovery = "recovery";
inline constexpr int recoveryCodeCount = 10;
} // namespace secondFactor

// POST /api/v1/session for an account with a second factor: no session yet, only a challenge (single use, 5 min).
struct SecondFactorChallenge
{
    QString challenge;
    QStringList methods;
    QDateTime expiresAt;
    // The account's security keys (methods has "securityKey"): the key is asked to sign for one of them.
    QList<QByteArray> credentialIds;

    QJsonObject toJson() const; // {"secondFactor":"required", ...}
    static Result<SecondFactorChallenge> fromJson(const QJsonObject &object);
};

// A code typed by the person: a TOTP code ("code": 6 digits) or a recovery code ("recoveryCode": xxxx-xxxx-xxxx), or
// a security key's signature ("securityKey"), exactly one of them. The sign-in's second step names its challenge;
// step-up has none, except with a security key (its challenge from POST /api/v1/session/step-up/challenge).
struct SecondFactorAnswer
{
    QString challenge;
    QString code;
    QString recoveryCode;
    SecurityKeyAssertion securityKey;

    QJsonObject toJson() const;
    static Result<SecondFactorAnswer> fromJson(const QJsonObject &object);
};

// POST /api/v1/me/second-factor/totp: the new secret (pending until confirmed) and its otpauth:// URI for a QR code.
struct TotpEnrolment
{
    QString secret; // base32, no padding
    QString uri;

    QJsonObject toJson() const;
    static Result<TotpEnrolment> fromJson(const QJsonObject &object);
};

// The ten recovery codes, shown once (confirmation, or new codes).
struct RecoveryCodes
{
    QStringList codes;

    QJsonObject toJson() const; // {"recoveryCodes": [...]}
    static Result<RecoveryCodes> fromJson(const QJsonObject &object);
};

// GET /api/v1/me/second-factor.
struct SecondFactorStatus
{
    bool totp = false;
    int recoveryCodesLeft = 0;
    QDateTime stepUpUntil; // invalid: no step-up in force (null on the wire)
    int securityKeys = 0; // how many security keys the account has

    QJsonObject toJson() const;
    static Result<SecondFactorStatus> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
