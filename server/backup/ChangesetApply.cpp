#include "backup/ChangesetApply.h"

#include "db/ChangeCapture.h"

// The session extension's declarations are only visible with these (Debian's libsqlite3 is built with both).
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

#include <QStringList>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {

constexpr auto conflictCode = "backup_restore_conflict";
constexpr auto failedCode = "backup_restore_failed";

QString operationName(int operation)
{
    switch (operation) {
    case SQLITE_INSERT:
        return u"an insert"_s;
    case SQLITE_DELETE:
        return u"a delete"_s;
    default:
        return u"an update"_s;
    }
}

QString conflictName(int conflict)
{
    switch (conflict) {
    case SQLITE_CHANGESET_DATA:
        return u"the row's values in the database differ from the values the change started from"_s;
    case SQLITE_CHANGESET_NOTFOUND:
        return u"the row is not in the database"_s;
    case SQLITE_CHANGESET_CONFLICT:
        return u"a row with the same primary key is already in the database"_s;
    case SQLITE_CHANGESET_CONSTRAINT:
        return u"a constraint (NOT NULL, UNIQUE, CHECK) fails"_s;
    default:
        return u"a foreign key fails"_s;
    }
}

// What the conflict handler saw, for the message; the handler itself only ever aborts.
struct Conflict
{
    bool seen = false;
    QString table;
    QString description;
};

// The row's integer primary key, for the message (ids only: a text key could be personal data).
QString rowKey(sqlite3_changeset_iter *iterator, int operation)
{
    unsigned char *primaryKey = nullptr;
    int columns = 0;
    if (sqlite3changeset_pk(iterator, &primaryKey, &columns) != SQLITE_OK)
        return {};
    for (int column = 0; column < columns; ++column) {
        if (primaryKey[column] == 0)
            continue;
        sqlite3_value *value = nullptr;
        const int read = operation == SQLITE_INSERT ? sqlite3changeset_new(iterator, column, &value)
                                                    : sqlite3changeset_old(iterator, column, &value);
        if (read == SQLITE_OK && value && sqlite3_value_type(value) == SQLITE_INTEGER)
            return u" (row %1)"_s.arg(sqlite3_value_int64(value));
        return {};
    }
    return {};
}

int abortOnConflict(void *context, int conflict, sqlite3_changeset_iter *iterator)
{
    auto *seen = static_cast<Conflict *>(context);
    seen->seen = true;
    seen->description = conflictName(conflict);
    const char *table = nullptr;
    int columns = 0, operation = 0, indirect = 0;
    // A foreign key conflict is reported once, after the changeset, without a current row.
    if (conflict != SQLITE_CHANGESET_FOREIGN_KEY &&
        sqlite3changeset_op(iterator, &table, &columns, &operation, &indirect) == SQLITE_OK) {
        seen->table = QString::fromUtf8(table);
        seen->description = operationName(operation) + rowKey(iterator, operation) + u": "_s + seen->description;
    }
    return SQLITE_CHANGESET_ABORT;
}

QString sqliteMessage(sqlite3 *database)
{
    return QString::fromUtf8(sqlite3_errmsg(database));
}

QString recordName(const ChangeRecord &record)
{
    return u"change %1 (committed %2)"_s.arg(record.sequence)
        .arg(record.committedAt.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace

ChangesetApplier::ChangesetApplier(sqlite3 *database)
    : m_database(database)
{
}

ChangesetApplier::~ChangesetApplier()
{
    if (m_open)
        sqlite3_exec(m_database, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(m_database);
}

Result<std::unique_ptr<ChangesetApplier>> ChangesetApplier::open(const QString &path)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<ChangesetApplier> applier(new ChangesetApplier(raw));
    applier->m_open = false;
    if (opened != SQLITE_OK)
        return fail(QString::fromLatin1(failedCode),
                    u"Cannot open the restored database %1: %2"_s.arg(path, sqliteMessage(raw)));
    int enabled = 1;
    sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &enabled);
    if (enabled != 0)
        return fail(QString::fromLatin1(failedCode), u"Cannot switch off the database's triggers for the restore."_s);
    // One file in the end (no WAL beside it); deleted rows are overwritten (the emptied sign-in sessions).
    for (const char *pragma :
         {"PRAGMA journal_mode = DELETE", "PRAGMA foreign_keys = OFF", "PRAGMA secure_delete = ON"}) {
        if (auto done = applier->execute(pragma, u"preparing the restored database"_s); !done)
            return std::unexpected(done.error());
    }
    if (auto begun = applier->execute("BEGIN IMMEDIATE", u"starting the restore's transaction"_s); !begun)
        return std::unexpected(begun.error());
    applier->m_open = true;
    return applier;
}

Status ChangesetApplier::execute(const char *sql, const QString &what)
{
    char *message = nullptr;
    if (sqlite3_exec(m_database, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return fail(QString::fromLatin1(failedCode), u"The restore failed while %1: %2"_s.arg(what, text));
}

// sqlite3changeset_apply skips, without an error, the changes of a table the database lacks or whose columns
// differ; here that is refused, because it would lose data silently.
Status ChangesetApplier::checkTables(const ChangeRecord &record)
{
    QByteArray bytes = record.payload;
    sqlite3_changeset_iter *iterator = nullptr;
    if (sqlite3changeset_start(&iterator, static_cast<int>(bytes.size()), bytes.data()) != SQLITE_OK)
        return fail(QString::fromLatin1(failedCode), u"%1 is damaged: not a changeset."_s.arg(recordName(record)));
    QString problem;
    while (problem.isEmpty() && sqlite3changeset_next(iterator) == SQLITE_ROW) {
        unsigned char *primaryKey = nullptr;
        int columns = 0;
        sqlite3changeset_pk(iterator, &primaryKey, &columns);
        const char *tableName = nullptr;
        int operation = 0, indirect = 0;
        sqlite3changeset_op(iterator, &tableName, &columns, &operation, &indirect);
        const QString table = QString::fromUtf8(tableName);
        auto known = m_primaryKeys.constFind(table);
        if (known == m_primaryKeys.cend()) {
            auto layout = primaryKeyLayout(table);
            if (!layout) {
                problem = layout.error().message;
                break;
            }
            known = m_primaryKeys.insert(table, *layout);
        }
        const QByteArray expected(reinterpret_cast<const char *>(primaryKey), columns);
        if (known->isEmpty())
            problem = u"it changes table %1, which this database does not have"_s.arg(table);
        else if (*known != expected)
            problem = u"its rows of table %1 have %2 columns or another primary key than the database's (%3 "
                      u"columns)"_s.arg(table)
                          .arg(columns)
                          .arg(known->size());
    }
    if (const int finished = sqlite3changeset_finalize(iterator); finished != SQLITE_OK && problem.isEmpty())
        problem = u"it is damaged (%1)"_s.arg(QString::fromUtf8(sqlite3_errstr(finished)));
    if (problem.isEmpty())
        return {};
    return fail(QString::fromLatin1(failedCode),
                u"%1 does not fit the snapshot's schema: %2. The backup is inconsistent; restore an earlier point "
                u"in time or from another snapshot."_s.arg(recordName(record), problem));
}

Status ChangesetApplier::apply(const ChangeRecord &record)
{
    if (record.type != ChangeRecord::Type::Changeset)
        return fail(QString::fromLatin1(failedCode),
                    u"%1 is a schema migration: no later change applies to this snapshot."_s.arg(recordName(record)));
    if (auto fits = checkTables(record); !fits)
        return fits;
    QByteArray bytes = record.payload;
    Conflict conflict;
    const int applied = sqlite3changeset_apply_v2(m_database, static_cast<int>(bytes.size()), bytes.data(), nullptr,
                                                  &abortOnConflict, &conflict, nullptr, nullptr, 0);
    if (conflict.seen)
        return fail(QString::fromLatin1(conflictCode),
                    u"%1 conflicts with the database it is applied to: %2 in table %3. The objects do not "
                    u"follow each other (a changed or missing object), so nothing was restored."_s.arg(
                        recordName(record), conflict.description, conflict.table.isEmpty() ? u"?"_s : conflict.table));
    if (applied != SQLITE_OK)
        return fail(QString::fromLatin1(failedCode),
                    u"%1 could not be applied: %2"_s.arg(recordName(record), sqliteMessage(m_database)));
    ++m_applied;
    return {};
}

Result<QStringList> ChangesetApplier::rows(const QString &sql, const QString &bound)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_database, text.constData(), static_cast<int>(text.size()), &raw, nullptr) != SQLITE_OK)
        return fail(QString::fromLatin1(failedCode),
                    u"The restore could not read the database (%1): %2"_s.arg(sql, sqliteMessage(m_database)));
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, &sqlite3_finalize);
    const QByteArray value = bound.toUtf8();
    if (!bound.isNull())
        sqlite3_bind_text(raw, 1, value.constData(), static_cast<int>(value.size()), SQLITE_STATIC);
    QStringList result;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        QStringList columns;
        for (int column = 0; column < sqlite3_column_count(raw); ++column)
            columns.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, column))));
        result.append(columns.join(u' '));
    }
    if (step != SQLITE_DONE)
        return fail(QString::fromLatin1(failedCode),
                    u"The restore could not read the database (%1): %2"_s.arg(sql, sqliteMessage(m_database)));
    return result;
}

Result<QByteArray> ChangesetApplier::primaryKeyLayout(const QString &table)
{
    auto keys = rows(u"SELECT pk FROM pragma_table_info(?) ORDER BY cid"_s, table);
    if (!keys)
        return std::unexpected(keys.error());
    QByteArray layout;
    for (const QString &key : std::as_const(*keys))
        layout.append(key.toInt() > 0 ? '\1' : '\0');
    return layout;
}

Status ChangesetApplier::finish()
{
    for (const QLatin1StringView table : capture::uncapturedTables) {
        auto exists = rows(u"SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"_s, QString(table));
        if (!exists)
            return std::unexpected(exists.error());
        const QByteArray empty = "DELETE FROM \"" + QByteArray(table.data(), table.size()) + '"';
        if (auto emptied = exists->isEmpty() ? Status() : execute(empty.constData(), u"emptying "_s + table); !emptied)
            return emptied;
    }
    auto broken = rows(u"PRAGMA foreign_key_check"_s);
    if (!broken)
        return std::unexpected(broken.error());
    if (!broken->isEmpty())
        return fail(QString::fromLatin1(conflictCode),
                    u"After the changes, %1 row(s) refer to rows that do not exist (table, row, parent table: %2). "
                    u"The backup is inconsistent; nothing was restored."_s.arg(broken->size())
                        .arg(broken->mid(0, 5).join(u"; "_s)));
    if (auto committed = execute("COMMIT", u"committing the changes"_s); !committed)
        return committed;
    m_open = false;
    auto integrity = rows(u"PRAGMA integrity_check"_s);
    if (!integrity)
        return std::unexpected(integrity.error());
    if (*integrity != QStringList {u"ok"_s})
        return fail(
            QString::fromLatin1(failedCode),
            u"The restored database fails SQLite's integrity check: %1"_s.arg(integrity->mid(0, 5).join(u"; "_s)));
    if (sqlite3_close(m_database) != SQLITE_OK)
        return fail(QString::fromLatin1(failedCode),
                    u"Cannot close the restored database: %1"_s.arg(sqliteMessage(m_database)));
    m_database = nullptr;
    return {};
}

} // namespace regiekamer::server::backup
