#pragma once

#include "base/Result.h"
#include "db/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace regiekamer::server {

class Database;

// What a link in a mail is for. A token redeemed for another purpose is an invalid token.
// EmailChangeReport: the link that lets the old address report a change it did not ask for.
enum class TokenPurpose { Invitation, PasswordReset, Registration, EmailChange, EmailChangeReport };

// "invitation", "password_reset", "registration", "email_change", "email_change_report"
QString tokenPurposeToWire(TokenPurpose purpose);

struct IssuedToken
{
    QString token; // 256 random bits, base64url without padding (43 characters): goes into the mail only
    QDateTime expiresAt;
};

struct TokenRecord
{
    TokenPurpose purpose = TokenPurpose::PasswordReset;
    qint64 userId = 0; // 0: the address has no account (yet)
    QByteArray payload; // as stored by the issuer (the caller seals what is personal)
    QDateTime expiresAt;
};

// The links sent by mail (table account_tokens, schema 11; docs/accounts.md "Tokens"). Only the SHA-256 of a token
// is stored, so the table gives nobody a usable link. A token is bound to its purpose and account, valid until its
// expiry, used once, and voided by a newer token of the same purpose for the same account or address; a changed
// password voids the account's reset and e-mail change tokens (a trigger, whatever path changed it).
class AccountTokens
{
public:
    explicit AccountTokens(Database &database, Clock clock = systemClock());

    // Inside the caller's transaction. addressIndex is the blind index of the address the link is sent to (rate
    // limits and voiding for addresses without an account); either userId or addressIndex is given.
    Result<IssuedToken> issue(TokenPurpose purpose, qint64 userId, const QByteArray &addressIndex,
                              std::chrono::seconds validFor, const QByteArray &payload = {});
    // Without using it up (the page a link opens): nothing for an unknown, expired, used or voided token.
    Result<std::optional<TokenRecord>> peek(TokenPurpose purpose, const QString &token);
    // Inside the caller's transaction: marks the token used; "invalid_token" when peek() would give nothing.
    Result<TokenRecord> consume(TokenPurpose purpose, const QString &token);
    // Tokens of this purpose issued for the account or the address since the given time (rate limits).
    Result<qint64> issuedSince(TokenPurpose purpose, qint64 userId, const QByteArray &addressIndex,
                               const QDateTime &since);
    // Unused tokens of an account, of one purpose: for listing and revoking invitations.
    Result<std::optional<QDateTime>> pendingExpiry(TokenPurpose purpose, qint64 userId);
    Status voidPending(TokenPurpose purpose, qint64 userId);
    // Expired and used tokens older than a day go.
    Result<qint64> purge();

    static QString hashOf(const QString &token);
    // 256 random bits as 43 base64url characters (also the personal join links, which are not account tokens).
    static QString newToken();
    // A token as a mail carries it: exactly 43 base64url characters. Anything else is not looked up at all.
    static bool wellFormed(const QString &token);
    static Status invalidToken(); // "invalid_token", with the message a person reads

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace regiekamer::server
