#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace regiekamer::client {

// The SQLite file of one offline cache through Qt Sql (QSQLITE, a connection name of its own): a header table
// (format, salt, key derivation parameters, owner tag; nothing personal) and a records table of sealed values
// named by their context. secure_delete is on and the journal is a WAL (it only ever holds sealed records).
// Used from one thread.
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
    Result<std::optional<QByteArray>> record(const QString &context) const;
    // Every record whose context starts with prefix, in context order.
    Result<QList<QPair<QString, QByteArray>>> records(const QString &prefix) const;
    Status putRecord(const QString &context, const QByteArray &sealed);
    Status removeRecords(const QString &prefix); // empty: all records
    Status removeRecord(const QString &context);

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
