#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace regiekamer::client {

// The SQLite file of one offline cache through Qt Sql (QSQLITE, a connection name of its own): a header table
// (format, lease hint, keychain mark; nothing personal) and a records table of sealed values under keyed names
// (ClientCache::storedName: no ids, no names). secure_delete is on and the journal is a WAL (it only ever holds sealed
// records). Used from one thread.
class CacheDatabase
{
public:
    CacheDatabase();
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // Opens (creating if missing) the file and its tables; cacheerrc::damaged when it is not a usable database.
    Status open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;

    Result<std::optional<QByteArray>> header(const QString &name) const;
    Status setHeader(const QString &name, const QByteArray &value);
    Result<std::optional<QByteArray>> record(const QString &name) const;
    Status putRecord(const QString &name, const QByteArray &sealed);
    Status removeRecord(const QString &name);
    // Removes every record but those named in keep.
    Status removeRecordsExcept(const QStringList &keep);
    // Every record's stored name and sealed size (tests: what the file shows).
    Result<QList<QPair<QString, qsizetype>>> listing() const;

    Status begin();
    Status commit();
    void rollback();

private:
    Status exec(const QString &statement);
    Status damaged() const;

    QString m_connection;
    QString m_path;
};

} // namespace regiekamer::client
