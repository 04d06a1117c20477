#include "db/SqliteFunctions.h"

#include "base/ApiError.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

void foldCase(sqlite3_context *context, int argumentCount, sqlite3_value **arguments)
{
    if (argumentCount != 1 || sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const QByteArray folded = QString::fromUtf8(text, sqlite3_value_bytes(arguments[0])).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

Status registerSqliteFunctions(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    sqlite3 *database = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!database ||
        sqlite3_create_function_v2(database, "rk_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, foldCase,
                                   nullptr, nullptr, nullptr) != SQLITE_OK) {
        return fail(QString::fromLatin1(api::errc::internal), u"Database: cannot register SQL functions."_s);
    }
    return {};
}

} // namespace regiekamer::server
