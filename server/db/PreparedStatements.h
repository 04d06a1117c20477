#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>
#include <unordered_map>

namespace regiekamer::server {

// The reads every request makes (a page of registrations, of questions, one registration) prepared once per
// connection and run again with new values: SQLite parses and plans a statement once, not once per request. Forward
// only, so Qt keeps no copy of the rows read. A schema change made meanwhile (a migration, another connection) is
// taken care of by SQLite, which prepares the statement again on its next run (sqlite3_prepare_v2). Belongs to one
// Database (Database::statements()) and goes with it when it closes. Not thread-safe, like the connection.
class PreparedStatements
{
public:
    // A statement being read; reset (its read lock released) when the lease ends.
    class Lease
    {
    public:
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        ~Lease();
        QSqlQuery &operator*() { return *m_query; }
        QSqlQuery *operator->() { return m_query; }

    private:
        friend class PreparedStatements;
        Lease(QSqlQuery *shared, bool *inUse);
        explicit Lease(QSqlQuery &&oneOff);

        std::optional<QSqlQuery> m_oneOff;
        QSqlQuery *m_query = nullptr;
        bool *m_inUse = nullptr;
    };

    explicit PreparedStatements(QSqlDatabase connection);

    // `sql` with `values` bound (in order) and run. While a lease of the same statement is still being read (a
    // nested read), a one-off statement is prepared instead.
    Result<Lease> exec(const QString &sql, const QVariantList &values = {});

    // How many statements were prepared (for tests: a statement run again is not prepared again).
    int prepareCount() const { return m_prepares; }
    std::size_t size() const { return m_statements.size(); }

private:
    struct Statement
    {
        QSqlQuery query;
        bool inUse = false;
    };

    Result<QSqlQuery> prepare(const QString &sql);

    QSqlDatabase m_connection;
    std::unordered_map<QString, Statement> m_statements;
    int m_prepares = 0;
};

} // namespace regiekamer::server
