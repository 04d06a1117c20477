#include "db/ChangeRecorder.h"

#include "base/ApiError.h"
#include "db/ChangeCapture.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

auto captureError(const QString &what, sqlite3 *handle)
{
    return fail(QString::fromLatin1(api::errc::internal),
                u"Backup capture: %1: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(handle))));
}

int capturedTablesOnly(void *, const char *table)
{
    return capture::isCaptured(QString::fromUtf8(table)) ? 1 : 0;
}

// Only where the server runs with backups: it turns the capture on (capture::enabledKey in backup_state) before its
// engine takes the first snapshot, and a server without backups turns it off again.
bool captureIsOn(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(QString(capture::backupStateTable));
    if (!query.exec() || !query.next())
        return false;
    query.finish();
    query.prepare(u"SELECT 1 FROM %1 WHERE key = ? AND value = 'on'"_s.arg(capture::backupStateTable));
    query.addBindValue(QString(capture::enabledKey));
    return query.exec() && query.next();
}

} // namespace

Result<std::unique_ptr<ChangeRecorder>> ChangeRecorder::attach(const QSqlDatabase &connection)
{
    if (!captureIsOn(connection))
        return std::unique_ptr<ChangeRecorder>();
    const QVariant handle = connection.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || handle.data() == nullptr)
        return fail(QString::fromLatin1(api::errc::internal), u"Backup capture: not a SQLite connection"_s);
    sqlite3 *database = *static_cast<sqlite3 *const *>(handle.data());
    std::unique_ptr<ChangeRecorder> recorder(new ChangeRecorder(database));
    if (auto started = recorder->startSession(); !started)
        return std::unexpected(started.error());
    sqlite3_commit_hook(database, &ChangeRecorder::refuseUnrecordedCommit, recorder.get());
    return recorder;
}

ChangeRecorder::ChangeRecorder(sqlite3 *handle)
    : m_handle(handle)
{
}

ChangeRecorder::~ChangeRecorder()
{
    sqlite3_commit_hook(m_handle, nullptr, nullptr);
    if (m_session != nullptr)
        sqlite3session_delete(m_session);
}

Status ChangeRecorder::startSession()
{
    if (sqlite3session_create(m_handle, "main", &m_session) != SQLITE_OK)
        return captureError(u"cannot start a session"_s, m_handle);
    // Tables without a declared primary key are recorded by rowid instead of being skipped.
    int rowids = 1;
    sqlite3session_object_config(m_session, SQLITE_SESSION_OBJCONFIG_ROWID, &rowids);
    sqlite3session_table_filter(m_session, &capturedTablesOnly, nullptr);
    if (sqlite3session_attach(m_session, nullptr) != SQLITE_OK)
        return captureError(u"cannot attach the session"_s, m_handle);
    return {};
}

Result<QByteArray> ChangeRecorder::changeset() const
{
    if (sqlite3session_isempty(m_session) != 0)
        return QByteArray();
    int size = 0;
    void *bytes = nullptr;
    if (sqlite3session_changeset(m_session, &size, &bytes) != SQLITE_OK)
        return captureError(u"cannot read the changeset"_s, m_handle);
    QByteArray changes(static_cast<const char *>(bytes), size);
    sqlite3_free(bytes);
    return changes;
}

Status ChangeRecorder::restart()
{
    m_commitAllowed = false;
    sqlite3session_delete(m_session);
    m_session = nullptr;
    return startSession();
}

void ChangeRecorder::restartIfDirty()
{
    if (sqlite3session_isempty(m_session) == 0)
        static_cast<void>(restart());
}

int ChangeRecorder::refuseUnrecordedCommit(void *recorder)
{
    auto *self = static_cast<ChangeRecorder *>(recorder);
    if (self->m_commitAllowed)
        return 0;
    return sqlite3session_isempty(self->m_session) != 0 ? 0 : 1;
}

} // namespace regiekamer::server
