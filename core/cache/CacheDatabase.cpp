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

// GLOB pattern for "starts with prefix" (the contexts contain no GLOB metacharacters; escaped anyway).
QString prefixPattern(const QString &prefix)
{
    QString escaped;
    for (const QChar c : prefix) {
        if (c == u'*' || c == u'?' || c == u'[')
            escaped += u'[' + c + u']';
        else
            escaped += c;
    }
    return escaped + u'*';
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
              u"CREATE TABLE IF NOT EXISTS records (context TEXT PRIMARY KEY, sealed BLOB NOT NULL)"_s}) {
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

Result<std::optional<QByteArray>> CacheDatabase::record(const QString &context) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT sealed FROM records WHERE context = ?"_s);
    query.addBindValue(context);
    if (!query.exec())
        return std::unexpected(damaged().error());
    if (!query.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query.value(0).toByteArray());
}

Result<QList<QPair<QString, QByteArray>>> CacheDatabase::records(const QString &prefix) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT context, sealed FROM records WHERE context GLOB ? ORDER BY context"_s);
    query.addBindValue(prefixPattern(prefix));
    if (!query.exec())
        return std::unexpected(damaged().error());
    QList<QPair<QString, QByteArray>> found;
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toByteArray()});
    if (query.lastError().isValid())
        return std::unexpected(damaged().error());
    return found;
}

Status CacheDatabase::putRecord(const QString &context, const QByteArray &sealed)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT OR REPLACE INTO records (context, sealed) VALUES (?, ?)"_s);
    query.addBindValue(context);
    query.addBindValue(sealed);
    return query.exec() ? Status() : damaged();
}

Status CacheDatabase::removeRecords(const QString &prefix)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"DELETE FROM records WHERE context GLOB ?"_s);
    query.addBindValue(prefixPattern(prefix));
    return query.exec() ? Status() : damaged();
}

Status CacheDatabase::removeRecord(const QString &context)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"DELETE FROM records WHERE context = ?"_s);
    query.addBindValue(context);
    return query.exec() ? Status() : damaged();
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
