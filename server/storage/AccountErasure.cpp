#include "storage/AccountErasure.h"

#include "db/Database.h"
#include "keys/KeyStore.h"
#include "storage/SessionRows.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

Result<QList<QString>> eraseAccount(Database &database, KeyStore &keys, qint64 userId)
{
    auto ended = sessionRows::remove(database, sessionRows::Owner::Account, userId);
    if (!ended)
        return ended;
    if (auto deleted = database.run(u"DELETE FROM registrations WHERE user_id = ?"_s, {userId}); !deleted)
        return std::unexpected(deleted.error());
    if (auto deleted = database.run(u"DELETE FROM users WHERE id = ?"_s, {userId}); !deleted)
        return std::unexpected(deleted.error());
    if (auto destroyed = keys.destroySubjectKey(userId); !destroyed)
        return std::unexpected(destroyed.error());
    return *ended;
}

} // namespace regiekamer::server
