#include "auth/SessionStore.h"

#include "auth/SecondFactors.h"
#include "base/ApiError.h"
#include "crypto/SecureRandom.h"
#include "db/Database.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

SessionStore::SessionStore(Database &database, SessionPolicy policy, Clock clock)
    : m_database(database)
    , m_policy(policy)
    , m_clock(std::move(clock))
{
}

QString SessionStore::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::chrono::milliseconds SessionStore::touchWriteInterval() const
{
    return std::min<std::chrono::milliseconds>(
        std::chrono::minutes(1), std::chrono::duration_cast<std::chrono::milliseconds>(m_policy.idle) / 10);
}

QDateTime SessionStore::expiryFor(const QDateTime &lastSeen, const QDateTime &absolute) const
{
    return std::min(lastSeen.addSecs(m_policy.idle.count()), absolute);
}

Result<IssuedSession> SessionStore::create(qint64 userId, std::optional<qint64> deviceId)
{
    auto token = crypto::secureRandom::token();
    if (!token)
        return std::unexpected(token.error());
    const QDateTime now = m_clock();
    const QDateTime absolute = now.addSecs(m_policy.absolute.count());
    Transaction transaction(m_database);
    auto inserted =
        m_database.exec(u"INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, device_id)"
                        " VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {hashToken(*token), userId, toDatabaseTime(now), toDatabaseTime(now), toDatabaseTime(absolute),
                         deviceId ? QVariant(*deviceId) : QVariant(QMetaType::fromType<qint64>())});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return IssuedSession {*token, expiryFor(now, absolute)};
}

Result<ActiveSession> SessionStore::validate(const QString &token, bool touch)
{
    if (token.isEmpty() || token.size() > 256)
        return fail(QString::fromLatin1(api::errc::unauthenticated), u"Missing or unknown session token."_s);
    return validateHash(hashToken(token), touch);
}

// One indexed read per request: the session, its account's and device's standing, and its second factor state.
Result<ActiveSession> SessionStore::validateHash(const QString &tokenHash, bool touch)
{
    const auto unauthenticated = [] {
        return fail(QString::fromLatin1(api::errc::unauthenticated), u"Missing or unknown session token."_s);
    };
    Transaction transaction(m_database);
    // A revoked device's sessions are deleted with the revocation; the join refuses one that a concurrent sign-in
    // might still have made.
    static const QString select =
        u"SELECT s.token_hash, s.user_id, s.last_seen_at, s.expires_at, u.disabled OR d.revoked_at IS NOT NULL, %1"
        " FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN devices d ON d.id = s.device_id"
        " WHERE s.token_hash = ?"_s.arg(SecondFactors::sessionStateColumns());
    auto found = m_database.firstRow(select, {tokenHash});
    if (!found)
        return std::unexpected(found.error());
    if (!*found) {
        forget(tokenHash);
        return unauthenticated();
    }
    const QVariantList &row = **found;
    const QByteArray stored = row.at(0).toString().toLatin1(), wanted = tokenHash.toLatin1();
    if (stored.size() != wanted.size() ||
        CRYPTO_memcmp(stored.constData(), wanted.constData(), static_cast<size_t>(stored.size())) != 0)
        return unauthenticated();
    if (row.at(4).toBool())
        return unauthenticated();
    const QDateTime now = m_clock();
    const QDateTime absolute = fromDatabaseTime(row.at(3)), storedUse = fromDatabaseTime(row.at(2));
    const QDateTime lastUse = std::max(storedUse, m_lastUse.value(tokenHash, storedUse));
    const SecondFactors::SessionState factor = SecondFactors::sessionStateOf(row.at(5), row.at(6));
    ActiveSession session {row.at(1).toLongLong(), tokenHash, expiryFor(lastUse, absolute), factor.active,
                           factor.stepUpUntil};
    if (now >= session.expiresAt) {
        forget(tokenHash);
        auto deleted = m_database.exec(u"DELETE FROM sessions WHERE token_hash = ?"_s, {tokenHash});
        if (!deleted || !transaction.commit())
            return fail(QString::fromLatin1(api::errc::internal), u"Cannot end an expired session."_s);
        return fail(QString::fromLatin1(api::errc::sessionExpired), u"The session has expired."_s);
    }
    if (touch) {
        if (auto touched = this->touch(tokenHash, storedUse, now); !touched)
            return std::unexpected(touched.error());
        session.expiresAt = expiryFor(now, absolute);
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return session;
}

// In memory at once; into the row (inside the caller's transaction) only when the row is a write interval old.
Status SessionStore::touch(const QString &tokenHash, const QDateTime &stored, const QDateTime &now)
{
    m_lastUse.insert(tokenHash, now);
    if (stored.msecsTo(now) < touchWriteInterval().count())
        return {};
    return m_database.run(u"UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?"_s,
                          {toDatabaseTime(now), tokenHash});
}

// Before purging by last_seen_at: the uses kept in memory go into the rows, and those older than the idle limit are
// forgotten.
Status SessionStore::writeLastUses()
{
    const QDateTime cutoff = m_clock().addSecs(-m_policy.idle.count());
    for (auto it = m_lastUse.begin(); it != m_lastUse.end();) {
        if (it.value() <= cutoff) {
            it = m_lastUse.erase(it);
            continue;
        }
        const QString at = toDatabaseTime(it.value());
        if (auto ok =
                m_database.run(u"UPDATE sessions SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?"_s,
                               {at, it.key(), at});
            !ok)
            return ok;
        ++it;
    }
    return {};
}

Status SessionStore::revoke(const QString &token)
{
    const QString tokenHash = hashToken(token);
    forget(tokenHash);
    Transaction transaction(m_database);
    auto deleted = m_database.exec(u"DELETE FROM sessions WHERE token_hash = ?"_s, {tokenHash});
    if (!deleted)
        return std::unexpected(deleted.error());
    return transaction.commit();
}

Status SessionStore::revokeAll()
{
    m_lastUse.clear();
    Transaction transaction(m_database);
    auto deleted = m_database.exec(u"DELETE FROM sessions"_s);
    if (!deleted)
        return std::unexpected(deleted.error());
    return transaction.commit();
}

Status SessionStore::purgeExpired()
{
    const QDateTime now = m_clock();
    Transaction transaction(m_database);
    if (auto written = writeLastUses(); !written)
        return written;
    auto deleted = m_database.exec(u"DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?"_s,
                                   {toDatabaseTime(now), toDatabaseTime(now.addSecs(-m_policy.idle.count()))});
    if (!deleted)
        return std::unexpected(deleted.error());
    return transaction.commit();
}

} // namespace regiekamer::server
