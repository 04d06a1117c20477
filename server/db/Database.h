#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace regiekamer::server {

class ChangeRecorder;
class PreparedStatements;

// One SQLite connection (WAL, synchronous=FULL, foreign_keys=ON, secure_delete=ON, busy timeout), migrated to the
// current schema.
// Prepared statements only: every query goes through exec() with bound values.
class Database
{
public:
    static inline const QString fileName = QStringLiteral("regiekamer.sqlite");

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if missing) DIR/regiekamer.sqlite and applies migrations.
    static Result<std::unique_ptr<Database>> open(const QString &dataDir);
    // The same, migrating only up to `schemaVersion` (tests of the migrations start from an old schema).
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &dataDir, int schemaVersion);

    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    // For the few statements run on every request (the access log's): prepared once per connection and reset after
    // each run, so no result set stays open. run() is for statements without rows, firstRow() reads at most one.
    Status run(const QString &sql, const QVariantList &values);
    Result<std::optional<QVariantList>> firstRow(const QString &sql, const QVariantList &values = {});
    QSqlDatabase connection() const;
    // The statements of the reads every request makes, prepared once on this connection (db/PreparedStatements.h).
    PreparedStatements &statements();
    // The schema version the file had before this open migrated it (0: a new database), so a step that belongs to
    // a migration runs only in the process that applied it (storage/FieldMigration.h).
    int versionAtOpen() const { return m_versionAtOpen; }
    // The id the next row of `table` (an AUTOINCREMENT table) gets, for binding sealed values to their row before
    // the INSERT. Only inside a transaction: BEGIN IMMEDIATE holds the write lock, so no other process takes the id.
    Result<qint64> reserveId(const QString &table);
    void close();

    // Transactions nest: the outermost is BEGIN IMMEDIATE … COMMIT, inner ones are savepoints. The outermost commit
    // also writes the transaction's changes into the backups' change log (db/ChangeRecorder.h); a write to a captured
    // table outside a transaction is refused.
    Status begin();
    // After the capture was turned on in the file (backup::ChangeLogStore::enableCapture): this connection records
    // from now on too.
    Status startChangeCapture();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // A group commit (db/GroupCommit.h) holds the outermost transaction open between the requests of its group. Any
    // other use of the connection at that level (begin, exec, run, firstRow, close) first calls `closer`, which
    // commits the group: work done outside a request never joins a request's group, and no caller is told that its
    // transaction committed before it did.
    void setHeldTransactionCloser(std::function<void()> closer) { m_closeHeld = std::move(closer); }

private:
    explicit Database(QString connectionName);

    Result<QSqlQuery *> prepared(const QString &sql, const QVariantList &values);
    Status attachRecorder(bool migrated);
    Status recordChanges();
    void discardUnrecordedChanges();
    void closeHeldTransaction()
    {
        if (m_depth == 1 && m_closeHeld)
            m_closeHeld();
    }

    QString m_connectionName;
    int m_depth = 0;
    int m_versionAtOpen = 0;
    std::unordered_map<QString, QSqlQuery> m_statements;
    std::unique_ptr<ChangeRecorder> m_recorder;
    std::function<void()> m_closeHeld;
    std::unique_ptr<PreparedStatements> m_prepared;
};

// Rolls back unless commit() succeeded. One per operation.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status started() const { return m_started; }
    Status commit();

private:
    Database &m_database;
    Status m_started;
    bool m_done = false;
};

// Timestamps are stored as ISO 8601 UTC text with milliseconds (portable to PostgreSQL timestamptz).
QString toDatabaseTime(const QDateTime &time);
QDateTime fromDatabaseTime(const QVariant &value);

} // namespace regiekamer::server
