#include "auth/LoginThrottle.h"

#include "db/Database.h"
#include "keys/KeyStore.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

LoginThrottle::LoginThrottle(Database &database, KeyStore &keys, ThrottlePolicy policy, Clock clock)
    : m_database(database)
    , m_keys(keys)
    , m_policy(policy)
    , m_clock(std::move(clock))
{
}

std::chrono::seconds LoginThrottle::lockAfter(qint64 failures) const
{
    if (failures < m_policy.freeFailures)
        return std::chrono::seconds {0};
    const qint64 doublings = std::min<qint64>(failures - m_policy.freeFailures, 30);
    const qint64 seconds = m_policy.firstLock.count() << doublings;
    return std::chrono::seconds {std::min<qint64>(seconds, m_policy.maximumLock.count())};
}

Result<QString> LoginThrottle::storedKey(const QString &normalisedEmail)
{
    auto index = m_keys.blindIndex(normalisedEmail);
    if (!index)
        return std::unexpected(index.error());
    return QString::fromLatin1(index->toHex());
}

Result<std::optional<qint64>> LoginThrottle::lockedFor(const QString &normalisedEmail)
{
    auto accountKey = storedKey(normalisedEmail);
    if (!accountKey)
        return std::unexpected(accountKey.error());
    auto query = m_database.exec(u"SELECT locked_until FROM login_failures WHERE account_key = ?"_s, {*accountKey});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next() || query->value(0).isNull())
        return std::optional<qint64> {};
    const QDateTime until = fromDatabaseTime(query->value(0));
    const qint64 remainingMs = m_clock().msecsTo(until);
    if (remainingMs <= 0)
        return std::optional<qint64> {};
    return std::optional<qint64> {(remainingMs + 999) / 1000};
}

Result<std::chrono::seconds> LoginThrottle::recordFailure(const QString &normalisedEmail)
{
    auto accountKey = storedKey(normalisedEmail);
    if (!accountKey)
        return std::unexpected(accountKey.error());
    Transaction transaction(m_database);
    auto query = m_database.exec(u"SELECT failures FROM login_failures WHERE account_key = ?"_s, {*accountKey});
    if (!query)
        return std::unexpected(query.error());
    const qint64 failures = (query->next() ? query->value(0).toLongLong() : 0) + 1;
    query->finish();
    const QDateTime now = m_clock();
    const std::chrono::seconds lock = lockAfter(failures);
    const QVariant lockedUntil = lock.count() > 0 ? QVariant(toDatabaseTime(now.addSecs(lock.count())))
                                                  : QVariant(QMetaType::fromType<QString>());
    auto upserted = m_database.exec(
        u"INSERT INTO login_failures (account_key, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (account_key) DO UPDATE SET failures = excluded.failures,"
        " last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until"_s,
        {*accountKey, failures, toDatabaseTime(now), lockedUntil});
    if (!upserted)
        return std::unexpected(upserted.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return lock;
}

Status LoginThrottle::recordSuccess(const QString &normalisedEmail)
{
    auto accountKey = storedKey(normalisedEmail);
    if (!accountKey)
        return std::unexpected(accountKey.error());
    auto deleted = m_database.exec(u"DELETE FROM login_failures WHERE account_key = ?"_s, {*accountKey});
    if (!deleted)
        return std::unexpected(deleted.error());
    return {};
}

Status LoginThrottle::purgeOlderThan(std::chrono::seconds age)
{
    const QDateTime limit = m_clock().addSecs(-age.count());
    auto deleted = m_database.exec(
        u"DELETE FROM login_failures WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)"_s,
        {toDatabaseTime(limit), toDatabaseTime(m_clock())});
    if (!deleted)
        return std::unexpected(deleted.error());
    return {};
}

} // namespace regiekamer::server
