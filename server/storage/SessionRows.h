#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

namespace regiekamer::server {

class Database;

// Ending sessions from the storage side, inside the caller's transaction: deletes the sessions of one account or one
// device and returns their token hashes, so that the caller can close their event streams once it has committed.
namespace sessionRows {

enum class Owner { Account, Device };

Result<QList<QString>> remove(Database &database, Owner owner, qint64 id);

} // namespace sessionRows

} // namespace regiekamer::server
