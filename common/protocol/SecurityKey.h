#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

// FIDO2 security keys as a second factor (docs/api.md "Security keys", docs/security.md "Security keys"): the wire
// types between the desktop app (which talks CTAP2 to the key through libfido2) and the server (which verifies what
// the key signed). Binary fields travel as base64url without padding.
namespace regiekamer::api {

namespace securityKey {
// The relying party every Regiekamer credential is made for. Not the server's host name: a renamed or moved server
// keeps its keys, and a credential is only ever checked against the public key stored with the account anyway.
inline constexpr auto rpId = "regiekamer";
inline constexpr auto rpName = "Regiekamer";
inline constexpr auto method = "securityKey"; // in SecondFactorChallenge::methods
// What a clientDataHash is bound to (the purpose is part of the hash, so an answer for one is no answer for another).
inline constexpr auto registration = "register";
inline constexpr auto signIn = "sign_in";
inline constexpr auto stepUp = "step_up";
inline constexpr int nameMaximum = 60;
} // namespace securityKey

QString toBase64Url(const QByteArray &bytes);
// std::nullopt when not base64url or longer than `maximum` bytes decoded.
std::optional<QByteArray> fromBase64Url(const QString &text, qsizetype maximum = 4096);

// The 32 bytes the key signs over (CTAP2 clientDataHash): SHA-256 of "regiekamer-security-key\n<purpose>\n<challenge>".
QByteArray securityKeyClientDataHash(const char *purpose, const QString &challenge);

// POST /api/v1/me/second-factor/security-keys/challenge and POST /api/v1/session/step-up/challenge: what the key is
// asked for. Registration: a user handle and the account's keys to exclude; step-up: the keys it may use.
struct SecurityKeyRequest
{
    QString challenge;
    QString rpId;
    QByteArray userHandle; // registration only
    QList<QByteArray> credentialIds;
    QDateTime expiresAt;

    QJsonObject toJson() const;
    static Result<SecurityKeyRequest> fromJson(const QJsonObject &object);
};

// POST /api/v1/me/second-factor/security-keys: the new credential as the key made it.
struct SecurityKeyRegistration
{
    QString challenge;
    QString name;
    QString format; // the attestation statement's format ("packed", "none", ...)
    QByteArray authenticatorData; // raw, as signed
    QByteArray attestationStatement; // CBOR

    QJsonObject toJson() const;
    static Result<SecurityKeyRegistration> fromJson(const QJsonObject &object);
};

// A key's answer to a challenge (SecondFactorAnswer::securityKey).
struct SecurityKeyAssertion
{
    QByteArray credentialId;
    QByteArray authenticatorData; // raw, as signed
    QByteArray signature;

    bool isEmpty() const { return credentialId.isEmpty(); }
    QJsonObject toJson() const;
    static Result<SecurityKeyAssertion> fromJson(const QJsonObject &object);
};

// One registered key as its owner sees it (GET /api/v1/me/second-factor/security-keys).
struct SecurityKeyInfo
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid: never used (null on the wire)

    QJsonObject toJson() const;
    static Result<SecurityKeyInfo> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
