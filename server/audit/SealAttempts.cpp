#include "audit/SealAttempts.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "protocol/AuditEntry.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr auto unsealAction = "unseal";

api::AuditEntry sealEntry(qint64 actorId, const QString &outcome, const QString &reason, const QDateTime &at)
{
    api::AuditEntry entry;
    entry.actorId = actorId;
    entry.actorRole = actorId > 0 ? u"admin"_s : u"operator"_s;
    entry.actorName = actorId > 0 ? QString() : u"custodian"_s;
    entry.clientAddress = u"not kept while sealed"_s;
    entry.action = QString::fromLatin1(unsealAction);
    entry.objectType = u"seal"_s;
    entry.outcome = outcome;
    entry.reason = reason;
    entry.at = at;
    return entry;
}

} // namespace

SealAttempts::SealAttempts(Database &database)
    : m_database(database)
{
}

Status SealAttempts::record(const Attempt &attempt)
{
    return m_database.run(
        u"INSERT INTO seal_attempts (at, share_set, share_index, outcome) VALUES (?, ?, ?, ?)"_s,
        {attempt.at.toUTC().toString(Qt::ISODateWithMs), attempt.shareSet, attempt.index, attempt.outcome});
}

Result<QList<SealAttempts::Attempt>> SealAttempts::pending()
{
    auto query = m_database.exec(u"SELECT at, share_set, share_index, outcome FROM seal_attempts ORDER BY id"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Attempt> attempts;
    while (query->next()) {
        attempts.append({QDateTime::fromString(query->value(0).toString(), Qt::ISODateWithMs),
                         query->value(1).toString(), query->value(2).toInt(), query->value(3).toString()});
    }
    return attempts;
}

Status SealAttempts::moveToAccessLog(audit::AuditLog &log, const CustodianOf &custodianOf, int lastIndex)
{
    auto attempts = pending();
    if (!attempts)
        return std::unexpected(attempts.error());
    Transaction transaction(m_database);
    if (auto started = transaction.started(); !started)
        return started;
    for (const Attempt &attempt : std::as_const(*attempts)) {
        const bool accepted = attempt.outcome == "accepted"_L1;
        // The entry's time is when it is written (the chain's order); the attempt's own time is in the reason.
        auto appended = log.append(
            sealEntry(custodianOf(attempt.index),
                      QString::fromLatin1(accepted ? api::auditOutcome::allowed : api::auditOutcome::rejected),
                      u"share %1 of set %2 at %3 while sealed: %4"_s.arg(attempt.index)
                          .arg(attempt.shareSet, attempt.at.toString(Qt::ISODateWithMs), attempt.outcome),
                      {}));
        if (!appended)
            return std::unexpected(appended.error());
    }
    auto unsealed = log.append(sealEntry(custodianOf(lastIndex), QString::fromLatin1(api::auditOutcome::allowed),
                                         u"server unsealed (share %1 completed the threshold)"_s.arg(lastIndex), {}));
    if (!unsealed)
        return std::unexpected(unsealed.error());
    if (auto emptied = m_database.run(u"DELETE FROM seal_attempts"_s, {}); !emptied)
        return emptied;
    return transaction.commit();
}

} // namespace regiekamer::server
