#include "audit/AuditRange.h"

#include "audit/AuditChain.h"
#include "audit/AuditQuery.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace regiekamer::server::audit {

using namespace Qt::StringLiterals;

namespace {

// The first entry at or after `time` (lower) or the last at or before it; past the end when there is none.
Result<qint64> boundary(Database &database, const QDateTime &time, bool lower)
{
    const QString sql = lower ? u"SELECT seq FROM audit_log WHERE at_ms >= ? ORDER BY at_ms LIMIT 1"_s
                              : u"SELECT seq FROM audit_log WHERE at_ms <= ? ORDER BY at_ms DESC LIMIT 1"_s;
    const QVariant bound = time.isValid()
        ? time.toMSecsSinceEpoch()
        : (lower ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max());
    auto row = database.firstRow(sql, {bound});
    if (!row)
        return std::unexpected(row.error());
    return *row ? (**row).at(0).toLongLong() : (lower ? std::numeric_limits<qint64>::max() : 0);
}

// The hash of the entry before the first, and the checkpoints from that entry to the last.
Status readLinks(Database &database, AuditRange &range)
{
    range.previousHash = genesisHash();
    if (range.first > 1) {
        auto previous = database.firstRow(u"SELECT hash FROM audit_log WHERE seq = ?"_s, {range.first - 1});
        if (!previous)
            return std::unexpected(previous.error());
        range.previousHash = *previous ? (**previous).at(0).toByteArray() : QByteArray();
    }
    auto checkpoints =
        database.exec(u"SELECT seq, hash, at_ms, mac FROM audit_checkpoints WHERE seq BETWEEN ? AND ? ORDER BY seq"_s,
                      {range.first - 1, range.last});
    if (!checkpoints)
        return std::unexpected(checkpoints.error());
    while (checkpoints->next()) {
        range.checkpoints.append({checkpoints->value(0).toLongLong(), checkpoints->value(1).toByteArray(),
                                  checkpoints->value(2).toLongLong(), checkpoints->value(3).toByteArray()});
    }
    return {};
}

// Where a stretch around the period [first, last] ends: the first checkpoint at or after `last`, else the head.
Result<std::pair<qint64, std::optional<Seal>>> sealedEnd(Database &database, qint64 last)
{
    auto checkpoint = database.firstRow(u"SELECT MIN(seq) FROM audit_checkpoints WHERE seq >= ?"_s, {last});
    if (!checkpoint)
        return std::unexpected(checkpoint.error());
    if (*checkpoint && !(**checkpoint).at(0).isNull())
        return std::pair((**checkpoint).at(0).toLongLong(), std::optional<Seal>());
    auto head = database.firstRow(u"SELECT seq, hash, at_ms, mac FROM audit_head WHERE id = 1"_s);
    if (!head)
        return std::unexpected(head.error());
    if (!*head)
        return fail(u"audit_broken"_s, u"The access log has no sealed head: run regiekamer-admin audit verify."_s);
    const QVariantList &row = **head;
    const Seal seal {row.at(0).toLongLong(), row.at(1).toByteArray(), row.at(2).toLongLong(), row.at(3).toByteArray()};
    return std::pair(seal.sequence, std::optional<Seal>(seal));
}

} // namespace

Result<AuditRange> AuditRange::between(Database &database, const QDateTime &from, const QDateTime &to)
{
    auto first = boundary(database, from, true);
    auto last = boundary(database, to, false);
    if (const auto error = firstError(first, last))
        return std::unexpected(*error);
    AuditRange range;
    range.first = *first;
    range.last = *last;
    if (auto linked = readLinks(database, range); !linked)
        return std::unexpected(linked.error());
    return range;
}

Result<AuditRange> AuditRange::sealedAround(Database &database, const QDateTime &from, const QDateTime &to)
{
    auto period = between(database, from, to);
    if (!period || period->size() == 0)
        return period;
    auto start =
        database.firstRow(u"SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoints WHERE seq < ?"_s, {period->first});
    auto end = sealedEnd(database, period->last);
    if (const auto error = firstError(start, end))
        return std::unexpected(*error);
    AuditRange range;
    range.first = (*start ? (**start).at(0).toLongLong() : 0) + 1;
    range.last = end->first;
    range.head = end->second;
    range.periodFirst = period->first;
    range.periodLast = period->last;
    if (auto linked = readLinks(database, range); !linked)
        return std::unexpected(linked.error());
    return range;
}

Status AuditRange::forEachEntry(Database &database,
                                const std::function<Status(api::AuditEntry &, const QByteArray &)> &visit) const
{
    auto rows = database.exec(
        u"SELECT %1, hash FROM audit_log WHERE seq BETWEEN ? AND ? ORDER BY seq"_s.arg(chainedColumnList()),
        {first, last});
    if (!rows)
        return std::unexpected(rows.error());
    const int hashColumn = static_cast<int>(chainedColumns().size());
    while (rows->next()) {
        api::AuditEntry entry = auditEntryFromRow(*rows);
        if (auto visited = visit(entry, rows->value(hashColumn).toByteArray()); !visited)
            return visited;
    }
    return {};
}

} // namespace regiekamer::server::audit
