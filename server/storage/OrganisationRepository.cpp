#include "storage/OrganisationRepository.h"

#include "base/ApiError.h"
#include "db/Database.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

api::Organisation fromRow(const QSqlQuery &query)
{
    return api::Organisation {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()};
}

} // namespace

OrganisationRepository::OrganisationRepository(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<api::Page<api::Organisation>> OrganisationRepository::list(qint64 offset, qint64 limit,
                                                                  std::optional<qint64> onlyId)
{
    const QString where = onlyId ? u" WHERE id = ?"_s : QString();
    const QVariantList values = onlyId ? QVariantList {*onlyId} : QVariantList {};
    Transaction transaction(m_database); // one snapshot for the count and the page
    auto counted = m_database.exec(u"SELECT COUNT(*) FROM organisations"_s + where, values);
    if (!counted)
        return std::unexpected(counted.error());
    api::Page<api::Organisation> page {{}, counted->next() ? counted->value(0).toLongLong() : 0, offset, limit};
    auto rows = m_database.exec(u"SELECT id, name, version FROM organisations"_s + where +
                                    u" ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?"_s,
                                values + QVariantList {limit, offset});
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next())
        page.items.append(fromRow(*rows));
    rows->finish();
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return page;
}

Result<std::optional<api::Organisation>> OrganisationRepository::find(qint64 id)
{
    auto query = m_database.exec(u"SELECT id, name, version FROM organisations WHERE id = ?"_s, {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<api::Organisation> {};
    return std::optional<api::Organisation> {fromRow(*query)};
}

Status OrganisationRepository::requireFreeName(const QString &name, qint64 exceptId)
{
    auto query = m_database.exec(u"SELECT 1 FROM organisations WHERE name = ? AND id <> ?"_s, {name, exceptId});
    if (!query)
        return std::unexpected(query.error());
    if (query->next())
        return std::unexpected(conflict(u"An organisation with this name already exists."_s));
    return {};
}

Result<api::Organisation> OrganisationRepository::create(const QString &name)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    if (auto free = requireFreeName(name, 0); !free)
        return std::unexpected(free.error());
    auto inserted = m_database.exec(u"INSERT INTO organisations (name, created_at) VALUES (?, ?)"_s,
                                    {name, toDatabaseTime(m_clock())});
    if (!inserted)
        return std::unexpected(inserted.error());
    api::Organisation created {inserted->lastInsertId().toLongLong(), name, 1};
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return created;
}

Result<api::Organisation> OrganisationRepository::update(qint64 id, const api::OrganisationUpdate &change)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto current = find(id);
    if (!current || !*current)
        return std::unexpected(current ? notFound() : current.error());
    if (auto free = requireFreeName(change.name, id); !free)
        return std::unexpected(free.error());
    auto updated =
        m_database.exec(u"UPDATE organisations SET name = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                        {change.name, id, change.version});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(conflict(u"The organisation was changed in the meantime."_s));
    auto stored = find(id);
    if (!stored || !*stored)
        return std::unexpected(stored ? notFound() : stored.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return **stored;
}

Status OrganisationRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    auto current = find(id);
    if (!current || !*current)
        return std::unexpected(current ? notFound() : current.error());
    auto used = m_database.exec(u"SELECT (SELECT COUNT(*) FROM webinars WHERE organisation_id = ?),"
                                " (SELECT COUNT(*) FROM users WHERE organisation_id = ?)"_s,
                                {id, id});
    if (!used)
        return std::unexpected(used.error());
    if (!used->next())
        return std::unexpected(Error {QString::fromLatin1(api::errc::internal), u"Counting failed."_s});
    if (used->value(0).toLongLong() > 0 || used->value(1).toLongLong() > 0)
        return std::unexpected(
            conflict(u"The organisation still has %1 webinar(s) and %2 account(s)."_s.arg(used->value(0).toLongLong())
                         .arg(used->value(1).toLongLong())));
    used->finish();
    auto deleted = m_database.exec(u"DELETE FROM organisations WHERE id = ?"_s, {id});
    if (!deleted)
        return std::unexpected(deleted.error());
    return transaction.commit();
}

} // namespace regiekamer::server
