#pragma once

#include "base/Result.h"

class QSqlDatabase;

namespace regiekamer::server {

// SQL functions the queries rely on that SQLite lacks. rk_fold(text): Unicode case folding, so that a search for
// "GARCÍA" finds "García" (SQLite's LIKE folds ASCII only). Register on every connection before use.
Status registerSqliteFunctions(const QSqlDatabase &connection);

} // namespace regiekamer::server
