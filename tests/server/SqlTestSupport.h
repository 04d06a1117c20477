#pragma once

#include "db/Database.h"

#include <optional>

namespace regiekamer::server::test {

// Runs one statement of a test's fixture, in a transaction of its own unless one is open (a write outside one is
// refused: db/ChangeRecorder.h). Returns the id of an inserted row; on failure warns with the statement and its
// error and returns 0 (no row has id 0), so the test's next check fails where the fixture went wrong.
inline qint64 execSql(Database &database, const QString &sql, const QVariantList &values = {})
{
    std::optional<Transaction> transaction;
    if (!database.inTransaction())
        transaction.emplace(database);
    auto query = database.exec(sql, values);
    const qint64 id = query ? query->lastInsertId().toLongLong() : 0;
    Status committed = transaction ? transaction->commit() : Status();
    if (!query || !committed) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query ? committed.error().message : query.error().message));
        return 0;
    }
    return id;
}

} // namespace regiekamer::server::test
