#include "cache/CacheDatabase.h"

#include "base/PrivateFile.h"
#include "cache/CacheErrors.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"regiekamer-client-cache-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

CacheDatabase::CacheDatabase()
    : m_connection(nextConnectionName())
{
}

CacheDatabase::~CacheDatabase()
{
    close();
}

Status CacheDatabase::damaged() const
{
    return fail(QString::fromLatin1(cacheerrc::damaged), cacheerrc::damagedMessage());
}

Status CacheDatabase::open(const QString &path)
{
    close();
    // SQLite gives its -wal and -shm files the mode of the database file: owner-only from the start, all three.
    if (!QFile::exists(path) && !privateFile::create(path, {}))
        return fail(QString::fromLatin1(cacheerrc::unavailable), cacheerrc::unavailableMessage(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            db = {};
            QSqlDatabase::removeDatabase(m_connection);
            return fail(QString::fromLatin1(cacheerrc::unavailable), cacheerrc::unavailableMessage(path));
        }
    }
    m_path = path;
    const Status ready = [this]() -> Status {
        for (const QString &statement :
             {u"PRAGMA secure_delete=ON"_s, u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
              u"PRAGMA temp_store=MEMORY"_s,
              u"CREATE TABLE IF NOT EXISTS header (name TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
              u"CREATE TABLE IF NOT EXISTS records (name TEXT PRIMARY KEY, sealed BLOB NOT NULL)"_s}) {
            if (auto done = exec(statement); !done)
                return done;
        }
        return {};
    }();
    if (!ready) {
        close();
        return damaged();
    }
    return {};
}

void CacheDatabase::close()
{
    if (m_path.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
}

bool CacheDatabase::isOpen() const
{
    return !m_path.isEmpty();
}

QString CacheDatabase::path() const
{
    return m_path;
}

Status CacheDatabase::exec(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(statement))
        return damaged();
    return {};
}

Result<std::optional<QByteArray>> CacheDatabase::header(const QString &name) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT value FROM header WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return std::unexpected(damaged().error());
    if (!query.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query.value(0).toByteArray());
}

Status CacheDatabase::setHeader(const QString &name, const QByteArray &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT OR REPLACE INTO header (name, value) VALUES (?, ?)"_s);
    query.addBindValue(name);
    query.addBindValue(value);
    return query.exec() ? Status() : damaged();
}

Result<std::optional<QByteArray>> CacheDatabase::record(const QString &name) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT sealed FROM records WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return std::unexpected(damaged().error());
    if (!query.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query.value(0).toByteArray());
}

Status CacheDatabase::putRecord(const QString &name, const QByteArray &sealed)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT OR REPLACE INTO records (name, sealed) VALUES (?, ?)"_s);
    query.addBindValue(name);
    query.addBindValue(sealed);
    return query.exec() ? Status() : damaged();
}

Status CacheDatabase::removeRecord(const QString &name)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"DELETE FROM records WHERE name = ?"_s);
    query.addBindValue(name);
    return query.exec() ? Status() : damaged();
}

Status CacheDatabase::removeRecordsExcept(const QStringList &keep)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    QStringList marks(keep.size(), u"?"_s);
    query.prepare(u"DELETE FROM records WHERE name NOT IN (%1)"_s.arg(marks.join(u',')));
    for (const QString &name : keep)
        query.addBindValue(name);
    return query.exec() ? Status() : damaged();
}

Result<QList<QPair<QString, qsizetype>>> CacheDatabase::listing() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT name, length(sealed) FROM records ORDER BY name"_s))
        return std::unexpected(damaged().error());
    QList<QPair<QString, qsizetype>> found;
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toLongLong()});
    return found;
}

Status CacheDatabase::begin()
{
    return QSqlDatabase::database(m_connection, false).transaction() ? Status() : damaged();
}

Status CacheDatabase::commit()
{
    return QSqlDatabase::database(m_connection, false).commit() ? Status() : damaged();
}

void CacheDatabase::rollback()
{
    QSqlDatabase::database(m_connection, false).rollback();
}

} // namespace regiekamer::client
