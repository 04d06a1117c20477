#include "storage/ApprovalRuleRepository.h"

#include "base/ApiError.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

QStringList listFrom(const QVariant &column)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(column.toString().toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

QString columnOf(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QVariant capacityColumn(const std::optional<qint64> &capacity)
{
    return capacity ? QVariant(*capacity) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

ApprovalRuleRepository::ApprovalRuleRepository(Database &database)
    : m_database(database)
{
}

Result<ApprovalRuleRepository::Counts> ApprovalRuleRepository::counts(qint64 webinarId)
{
    auto row = m_database.firstRow(u"SELECT COALESCE(SUM(approval_state = 'approved'), 0),"
                                   " COALESCE(SUM(approval_state = 'waitlisted'), 0)"
                                   " FROM registrations WHERE webinar_id = ?"_s,
                                   {webinarId});
    if (!row)
        return std::unexpected(row.error());
    return Counts {(*row)->at(0).toLongLong(), (*row)->at(1).toLongLong()};
}

Result<api::ApprovalRules> ApprovalRuleRepository::find(qint64 webinarId)
{
    auto row = m_database.firstRow(
        u"SELECT domains, organisations, capacity, version FROM approval_rules WHERE webinar_id = ?"_s, {webinarId});
    auto counted = counts(webinarId);
    if (const auto error = firstError(row, counted))
        return std::unexpected(*error);
    api::ApprovalRules rules;
    rules.webinarId = webinarId;
    if (*row) {
        const QVariantList &values = **row;
        rules.domains = listFrom(values.at(0));
        rules.organisations = listFrom(values.at(1));
        if (!values.at(2).isNull())
            rules.capacity = values.at(2).toLongLong();
        rules.version = values.at(3).toLongLong();
    }
    rules.approvedCount = counted->approved;
    rules.waitlistCount = counted->waiting;
    return rules;
}

Result<api::ApprovalRules> ApprovalRuleRepository::store(qint64 webinarId, const api::ApprovalRulesUpdate &change)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto current = find(webinarId);
    if (!current)
        return current;
    if (current->version != change.version)
        return std::unexpected(conflict(u"The approval rules were changed in the meantime."_s));
    auto written = m_database.run(
        u"INSERT INTO approval_rules (webinar_id, domains, organisations, capacity, version) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (webinar_id) DO UPDATE SET domains = excluded.domains,"
        " organisations = excluded.organisations, capacity = excluded.capacity, version = excluded.version"_s,
        {webinarId, columnOf(change.domains), columnOf(change.organisations), capacityColumn(change.capacity),
         change.version + 1});
    if (!written)
        return std::unexpected(written.error());
    auto stored = find(webinarId);
    if (!stored)
        return stored;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return stored;
}

Result<api::ApprovalState> ApprovalRuleRepository::admit(qint64 webinarId, bool requiresApproval, const QString &email,
                                                         const QString &company)
{
    auto rules = find(webinarId);
    if (!rules)
        return std::unexpected(rules.error());
    const bool approved = !requiresApproval || api::approval::domainMatches(email, rules->domains) ||
        api::approval::organisationMatches(company, rules->organisations);
    if (!approved)
        return api::ApprovalState::Pending;
    // Someone waiting already keeps their turn: a newcomer never passes them.
    const bool full = rules->capacity && (rules->approvedCount >= *rules->capacity || rules->waitlistCount > 0);
    return full ? api::ApprovalState::Waitlisted : api::ApprovalState::Approved;
}

Result<bool> ApprovalRuleRepository::hasPlace(qint64 webinarId)
{
    auto rules = find(webinarId);
    if (!rules)
        return std::unexpected(rules.error());
    return !rules->capacity || rules->approvedCount < *rules->capacity;
}

Result<QList<qint64>> ApprovalRuleRepository::movingUp(qint64 webinarId)
{
    auto rules = find(webinarId);
    if (!rules)
        return std::unexpected(rules.error());
    const qint64 free = rules->capacity ? *rules->capacity - rules->approvedCount : rules->waitlistCount;
    QList<qint64> ids;
    if (free <= 0 || rules->waitlistCount == 0)
        return ids;
    auto rows = m_database.exec(u"SELECT id FROM registrations WHERE webinar_id = ? AND approval_state = 'waitlisted'"
                                " ORDER BY registered_at, id LIMIT ?"_s,
                                {webinarId, free});
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next())
        ids.append(rows->value(0).toLongLong());
    return ids;
}

} // namespace regiekamer::server
