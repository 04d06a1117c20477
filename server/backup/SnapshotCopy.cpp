#include "backup/SnapshotCopy.h"

#include "base/ApiError.h"
#include "db/ChangeCapture.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {

using Connection = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

auto copyError(const QString &what, sqlite3 *handle)
{
    return fail(QString::fromLatin1(api::errc::internal),
                u"Snapshot: %1: %2"_s.arg(what, QString::fromUtf8(handle ? sqlite3_errmsg(handle) : "no memory")));
}

Result<Connection> openFile(const QString &path, int flags)
{
    sqlite3 *handle = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    Connection connection(handle, &sqlite3_close);
    if (opened != SQLITE_OK)
        return copyError(u"cannot open %1"_s.arg(path), handle);
    sqlite3_busy_timeout(handle, 5000);
    return connection;
}

Result<qint64> integer(sqlite3 *handle, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return copyError(u"cannot read the copy"_s, handle);
    const qint64 value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    return value;
}

Status execute(sqlite3 *handle, const QString &sql)
{
    if (sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return copyError(u"cannot prepare the copy (%1)"_s.arg(sql), handle);
    return {};
}

Status backUp(sqlite3 *source, sqlite3 *destination)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (backup == nullptr)
        return copyError(u"cannot start the copy"_s, destination);
    const int stepped = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        return copyError(u"the copy did not finish"_s, destination);
    return {};
}

Status emptyUncapturedTables(sqlite3 *copy)
{
    if (auto secure = execute(copy, u"PRAGMA secure_delete=ON"_s); !secure)
        return secure;
    if (auto journal = execute(copy, u"PRAGMA journal_mode=DELETE"_s); !journal)
        return journal;
    for (const QLatin1StringView table : capture::uncapturedTables) {
        if (auto emptied = execute(copy, u"DELETE FROM "_s + table); !emptied)
            return emptied;
    }
    return {};
}

Status hashFile(SnapshotCopy &copy)
{
    QFile file(copy.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QString::fromLatin1(api::errc::internal), u"Snapshot: cannot read %1"_s.arg(copy.path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(QString::fromLatin1(api::errc::internal), u"Snapshot: cannot read %1"_s.arg(copy.path));
    copy.sha256 = hash.result();
    copy.size = file.size();
    return {};
}

} // namespace

Result<SnapshotCopy> copyDatabase(const QString &databasePath, const QString &copyPath)
{
    QFile::remove(copyPath);
    auto source = openFile(databasePath, SQLITE_OPEN_READONLY);
    if (!source)
        return std::unexpected(source.error());
    auto destination = openFile(copyPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!destination)
        return std::unexpected(destination.error());
    SnapshotCopy copy;
    copy.path = copyPath;
    copy.takenAt = QDateTime::currentDateTimeUtc();
    if (auto copied = backUp(source->get(), destination->get()); !copied)
        return std::unexpected(copied.error());
    source->reset();
    auto sequence = integer(destination->get(), "SELECT seq FROM sqlite_sequence WHERE name = 'backup_log'");
    auto version = integer(destination->get(), "SELECT MAX(version) FROM schema_version");
    if (const auto error = firstError(sequence, version))
        return std::unexpected(*error);
    copy.lastSequence = *sequence;
    copy.schemaVersion = static_cast<int>(*version);
    if (auto emptied = emptyUncapturedTables(destination->get()); !emptied)
        return std::unexpected(emptied.error());
    destination->reset();
    if (auto hashed = hashFile(copy); !hashed)
        return std::unexpected(hashed.error());
    return copy;
}

} // namespace regiekamer::server::backup
