#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace regiekamer::server {

class Database;

// The custodians of a sealed server (table custodians, docs/keys.md): which admin account holds which share of the
// current share set. Written by the key ceremony (regiekamer-admin custodians deal | reshare, keys rotate).
namespace custodians {

struct Custodian
{
    qint64 userId = 0;
    QString shareSet;
    int shareIndex = 0;
    QDateTime dealtAt;
};

// Replaces every row with `current` (the custodians of the new share set), in the caller's transaction.
Status replaceAll(Database &database, const QList<Custodian> &current);
Result<QList<Custodian>> all(Database &database);
// The account ids that hold a share of the current set (the staff list's "custodian" flag).
Result<QSet<qint64>> userIds(Database &database);

} // namespace custodians
} // namespace regiekamer::server
