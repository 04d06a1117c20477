#include "auth/AccountTokens.h"

#include "base/ApiError.h"
#include "db/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtCrypto>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int tokenBytes = 32;

} // namespace

QString AccountTokens::newToken()
{
    const QByteArray random = QCA::Random::randomArray(tokenBytes).toByteArray();
    return QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool AccountTokens::wellFormed(const QString &token)
{
    if (token.size() != 43)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
            c == u'_';
    });
}

namespace {

std::optional<TokenPurpose> purposeFromWire(const QString &wire)
{
    for (TokenPurpose purpose : {TokenPurpose::Invitation, TokenPurpose::PasswordReset, TokenPurpose::Registration,
                                 TokenPurpose::EmailChange, TokenPurpose::EmailChangeReport}) {
        if (tokenPurposeToWire(purpose) == wire)
            return purpose;
    }
    return std::nullopt;
}

// The account or, for an address without one, its blind index: which of the two the statement compares.
std::pair<QString, QVariant> ownerCondition(qint64 userId, const QByteArray &addressIndex)
{
    if (userId > 0)
        return {u"user_id = ?"_s, userId};
    return {u"user_id IS NULL AND address_index = ?"_s, addressIndex};
}

} // namespace

Status AccountTokens::invalidToken()
{
    return fail(QString::fromLatin1(api::errc::invalidToken),
                u"This link is not valid (any more): it expired, was used already, or a newer one was sent."_s);
}

QString tokenPurposeToWire(TokenPurpose purpose)
{
    switch (purpose) {
    case TokenPurpose::Invitation:
        return u"invitation"_s;
    case TokenPurpose::PasswordReset:
        return u"password_reset"_s;
    case TokenPurpose::Registration:
        return u"registration"_s;
    case TokenPurpose::EmailChange:
        return u"email_change"_s;
    case TokenPurpose::EmailChangeReport:
        return u"email_change_report"_s;
    }
    return {};
}

AccountTokens::AccountTokens(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QString AccountTokens::hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

Result<IssuedToken> AccountTokens::issue(TokenPurpose purpose, qint64 userId, const QByteArray &addressIndex,
                                         std::chrono::seconds validFor, const QByteArray &payload)
{
    if (userId <= 0 && addressIndex.isEmpty())
        return fail(QString::fromLatin1(api::errc::internal), u"A token needs an account or an address."_s);
    const auto [owner, ownerValue] = ownerCondition(userId, addressIndex);
    const QDateTime now = m_clock();
    // Every notice of an e-mail change keeps a working report link. Voided by a newer one, the owner's link could be
    // silenced: whoever moved the account to their address asks again, and that notice goes to their own address.
    if (purpose != TokenPurpose::EmailChangeReport) {
        auto voided = m_database.exec(
            u"UPDATE account_tokens SET used_at = ? WHERE purpose = ? AND used_at IS NULL AND "_s + owner,
            {toDatabaseTime(now), tokenPurposeToWire(purpose), ownerValue});
        if (!voided)
            return std::unexpected(voided.error());
    }
    IssuedToken issued {newToken(), now.addSecs(validFor.count())};
    auto inserted = m_database.exec(
        u"INSERT INTO account_tokens (token_hash, purpose, user_id, address_index, payload, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {hashOf(issued.token), tokenPurposeToWire(purpose), userId > 0 ? QVariant(userId) : QVariant(),
         addressIndex.isEmpty() ? QVariant() : QVariant(addressIndex), payload.isNull() ? QVariant() : payload,
         toDatabaseTime(now), toDatabaseTime(issued.expiresAt)});
    if (!inserted)
        return std::unexpected(inserted.error());
    return issued;
}

Result<std::optional<TokenRecord>> AccountTokens::peek(TokenPurpose purpose, const QString &token)
{
    if (!wellFormed(token))
        return std::optional<TokenRecord> {};
    auto query = m_database.exec(u"SELECT purpose, user_id, payload, expires_at FROM account_tokens"
                                 " WHERE token_hash = ? AND used_at IS NULL"_s,
                                 {hashOf(token)});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<TokenRecord> {};
    TokenRecord record {purposeFromWire(query->value(0).toString()).value_or(TokenPurpose::Invitation),
                        query->value(1).toLongLong(), query->value(2).toByteArray(), fromDatabaseTime(query->value(3))};
    if (query->value(0).toString() != tokenPurposeToWire(purpose) || record.expiresAt <= m_clock())
        return std::optional<TokenRecord> {};
    return std::optional<TokenRecord> {record};
}

Result<TokenRecord> AccountTokens::consume(TokenPurpose purpose, const QString &token)
{
    auto record = peek(purpose, token);
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return std::unexpected(invalidToken().error());
    auto used = m_database.exec(u"UPDATE account_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"_s,
                                {toDatabaseTime(m_clock()), hashOf(token)});
    if (!used)
        return std::unexpected(used.error());
    if (used->numRowsAffected() != 1)
        return std::unexpected(invalidToken().error());
    return **record;
}

Result<qint64> AccountTokens::issuedSince(TokenPurpose purpose, qint64 userId, const QByteArray &addressIndex,
                                          const QDateTime &since)
{
    const auto [owner, ownerValue] = ownerCondition(userId, addressIndex);
    auto query =
        m_database.exec(u"SELECT COUNT(*) FROM account_tokens WHERE purpose = ? AND created_at >= ? AND "_s + owner,
                        {tokenPurposeToWire(purpose), toDatabaseTime(since), ownerValue});
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<std::optional<QDateTime>> AccountTokens::pendingExpiry(TokenPurpose purpose, qint64 userId)
{
    auto query = m_database.exec(u"SELECT MAX(expires_at) FROM account_tokens"
                                 " WHERE purpose = ? AND user_id = ? AND used_at IS NULL"_s,
                                 {tokenPurposeToWire(purpose), userId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next() || query->value(0).isNull())
        return std::optional<QDateTime> {};
    return std::optional<QDateTime> {fromDatabaseTime(query->value(0))};
}

Status AccountTokens::voidPending(TokenPurpose purpose, qint64 userId)
{
    auto voided = m_database.exec(
        u"UPDATE account_tokens SET used_at = ? WHERE purpose = ? AND user_id = ? AND used_at IS NULL"_s,
        {toDatabaseTime(m_clock()), tokenPurposeToWire(purpose), userId});
    return voided ? Status {} : std::unexpected(voided.error());
}

Result<qint64> AccountTokens::purge()
{
    const QString dayAgo = toDatabaseTime(m_clock().addDays(-1));
    auto purged =
        m_database.exec(u"DELETE FROM account_tokens WHERE expires_at < ? OR used_at < ?"_s, {dayAgo, dayAgo});
    if (!purged)
        return std::unexpected(purged.error());
    return purged->numRowsAffected();
}

} // namespace regiekamer::server
