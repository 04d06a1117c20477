#pragma once

// Opening offline caches in the core tests as an online sign-in would leave them: the directory key derived from a
// password, the account's file found or created, a lease stored.
#include "cache/CacheKey.h"
#include "cache/CacheLease.h"
#include "cache/ClientCache.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace cachetest {

inline QCA::SecureArray directoryKey(regiekamer::client::ClientCache &cache, const QByteArray &password)
{
    const auto kdf = cache.directoryKdf(true);
    if (!kdf || !*kdf)
        return {};
    const auto key = regiekamer::client::cachekey::derive(QCA::SecureArray(password), (*kdf)->salt, (*kdf)->parameters);
    return key ? *key : QCA::SecureArray();
}

// Opens (or creates) the cache of (server, e-mail) with the password; create false: only an existing one.
inline bool open(regiekamer::client::ClientCache &cache, const QUrl &server, const QString &email,
                 const QByteArray &password, bool create = true)
{
    const QCA::SecureArray key = directoryKey(cache, password);
    return !key.isEmpty() && cache.open(server, email, key, create).value_or(false);
}

// As open(), with a lease of leaseSeconds from now, seen now.
inline bool openWithLease(regiekamer::client::ClientCache &cache, const QUrl &server, const QString &email,
                          const QByteArray &password, qint64 leaseSeconds = 3600)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return open(cache, server, email, password) &&
        regiekamer::client::cachelease::store(cache, now.addSecs(leaseSeconds), now).has_value();
}

// The stored names, and the header values, of a cache file read with SQLite directly (what the disk shows).
inline QStringList rawColumn(const QString &path, const QString &statement)
{
    using namespace Qt::StringLiterals;
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(statement);
            while (query.next())
                values << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return values;
}

} // namespace cachetest
