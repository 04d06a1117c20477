#include "db/PreparedStatements.h"

#include "base/ApiError.h"
#include "db/Database.h"

#include <QSqlError>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

auto statementError(const QString &what, const QSqlError &error)
{
    return fail(QString::fromLatin1(api::errc::internal), u"Database: %1: %2"_s.arg(what, error.text()));
}

} // namespace

PreparedStatements::Lease::Lease(QSqlQuery *shared, bool *inUse)
    : m_query(shared)
    , m_inUse(inUse)
{
    *m_inUse = true;
}

PreparedStatements::Lease::Lease(QSqlQuery &&oneOff)
    : m_oneOff(std::move(oneOff))
    , m_query(&*m_oneOff)
{
}

PreparedStatements::Lease::Lease(Lease &&other) noexcept
    : m_oneOff(std::move(other.m_oneOff))
    , m_query(m_oneOff ? &*m_oneOff : other.m_query)
    , m_inUse(other.m_inUse)
{
    other.m_query = nullptr;
    other.m_inUse = nullptr;
}

PreparedStatements::Lease::~Lease()
{
    if (m_query)
        m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

PreparedStatements::PreparedStatements(QSqlDatabase connection)
    : m_connection(std::move(connection))
{
}

Result<QSqlQuery> PreparedStatements::prepare(const QString &sql)
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return statementError(u"prepare failed"_s, query.lastError());
    ++m_prepares;
    return query;
}

Result<PreparedStatements::Lease> PreparedStatements::exec(const QString &sql, const QVariantList &values)
{
    const auto bindAndRun = [&](QSqlQuery &query) -> Status {
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(static_cast<int>(i), values.at(i));
        if (query.exec())
            return {};
        const QSqlError error = query.lastError();
        query.finish();
        return statementError(u"query failed"_s, error);
    };
    auto found = m_statements.find(sql);
    if (found != m_statements.end() && found->second.inUse) {
        auto oneOff = prepare(sql);
        if (!oneOff)
            return std::unexpected(oneOff.error());
        if (auto ran = bindAndRun(*oneOff); !ran)
            return std::unexpected(ran.error());
        return Lease(std::move(*oneOff));
    }
    if (found == m_statements.end()) {
        auto prepared = prepare(sql);
        if (!prepared)
            return std::unexpected(prepared.error());
        found = m_statements.emplace(sql, Statement {std::move(*prepared), false}).first;
    }
    if (auto ran = bindAndRun(found->second.query); !ran)
        return std::unexpected(ran.error());
    return Lease(&found->second.query, &found->second.inUse);
}

// Database's accessor lives here, so Database.cpp only frees the cache when the connection closes.
PreparedStatements &Database::statements()
{
    discardUnrecordedChanges();
    if (!m_prepared)
        m_prepared = std::make_unique<PreparedStatements>(connection());
    return *m_prepared;
}

} // namespace regiekamer::server
