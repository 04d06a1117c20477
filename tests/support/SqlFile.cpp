#include "SqlFile.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool prepareAndRun(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

SqlFile::SqlFile(const QString &path)
    : m_name(QUuid::createUuid().toString())
{
    auto database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    database.setDatabaseName(path);
    database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    m_open = database.open();
}

SqlFile::~SqlFile()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QString SqlFile::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_name));
    return prepareAndRun(query, sql, values) ? QString() : query.lastError().text();
}

QStringList SqlFile::rows(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_name));
    if (!prepareAndRun(query, sql, values))
        return {u"error: "_s + query.lastError().text()};
    QStringList result;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.value(i).toString());
        result.append(fields.join(u'|'));
    }
    return result;
}
