#pragma once

#include "db/Database.h"

namespace regiekamer::server::test {

// Runs one statement of a test's fixture. Returns the id of an inserted row; on failure warns with the statement and
// its error and returns 0 (no row has id 0), so the test's next check fails where the fixture went wrong.
inline qint64 execSql(Database &database, const QString &sql, const QVariantList &values = {})
{
    auto query = database.exec(sql, values);
    if (!query) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.error().message));
        return 0;
    }
    return query->lastInsertId().toLongLong();
}

} // namespace regiekamer::server::test
