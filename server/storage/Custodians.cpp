#include "storage/Custodians.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace regiekamer::server::custodians {

using namespace Qt::StringLiterals;

Status replaceAll(Database &database, const QList<Custodian> &current)
{
    if (auto cleared = database.run(u"DELETE FROM custodians"_s, {}); !cleared)
        return cleared;
    for (const Custodian &custodian : current) {
        if (auto inserted = database.run(
                u"INSERT INTO custodians (user_id, share_set, share_index, dealt_at) VALUES (?, ?, ?, ?)"_s,
                {custodian.userId, custodian.shareSet, custodian.shareIndex, toDatabaseTime(custodian.dealtAt)});
            !inserted)
            return inserted;
    }
    return {};
}

Result<QList<Custodian>> all(Database &database)
{
    auto query =
        database.exec(u"SELECT user_id, share_set, share_index, dealt_at FROM custodians ORDER BY share_index"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Custodian> result;
    while (query->next()) {
        result.append(Custodian {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toInt(),
                                 fromDatabaseTime(query->value(3))});
    }
    return result;
}

Result<QSet<qint64>> userIds(Database &database)
{
    auto rows = all(database);
    if (!rows)
        return std::unexpected(rows.error());
    QSet<qint64> ids;
    for (const Custodian &custodian : std::as_const(*rows))
        ids.insert(custodian.userId);
    return ids;
}

} // namespace regiekamer::server::custodians
