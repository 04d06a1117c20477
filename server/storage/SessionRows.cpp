#include "storage/SessionRows.h"

#include "db/Database.h"

namespace regiekamer::server::sessionRows {

using namespace Qt::StringLiterals;

Result<QList<QString>> remove(Database &database, Owner owner, qint64 id)
{
    const QString column = owner == Owner::Account ? u"user_id"_s : u"device_id"_s;
    auto sessions = database.exec(u"SELECT token_hash FROM sessions WHERE %1 = ?"_s.arg(column), {id});
    if (!sessions)
        return std::unexpected(sessions.error());
    QList<QString> ended;
    while (sessions->next())
        ended.append(sessions->value(0).toString());
    sessions->finish();
    if (auto deleted = database.run(u"DELETE FROM sessions WHERE %1 = ?"_s.arg(column), {id}); !deleted)
        return std::unexpected(deleted.error());
    return ended;
}

} // namespace regiekamer::server::sessionRows
