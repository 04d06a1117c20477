#include "backup/ChangeLogStore.h"

#include "backup/SnapshotRequest.h"

#include "db/ChangeCapture.h"
#include "db/Database.h"

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {

namespace key {
const QString installation = u"installation"_s;
const QString lastNumber = u"last_number"_s;
const QString lastHash = u"last_hash"_s;
const QString lastSequence = u"last_sequence"_s;
const QString lastSnapshotAt = u"last_snapshot_at"_s;
const QString snapshotRequested = QString(snapshotRequest::key);
} // namespace key

} // namespace

ChangeLogStore::ChangeLogStore(Database &database)
    : m_database(database)
{
}

Result<QList<ChangeRecord>> ChangeLogStore::pending(qint64 afterSequence, qint64 maximumBytes)
{
    auto query = m_database.exec(u"SELECT sequence, committed_at, kind, payload FROM backup_log"
                                 " WHERE sequence > ? ORDER BY sequence LIMIT 10000"_s,
                                 {afterSequence});
    if (!query)
        return std::unexpected(query.error());
    QList<ChangeRecord> records;
    qint64 bytes = 0;
    while (query->next() && (records.isEmpty() || bytes < maximumBytes)) {
        ChangeRecord record;
        record.sequence = query->value(0).toLongLong();
        record.committedAt = fromDatabaseTime(query->value(1));
        record.type = static_cast<ChangeRecord::Type>(query->value(2).toInt());
        record.payload = query->value(3).toByteArray();
        bytes += record.payload.size();
        records.append(std::move(record));
    }
    return records;
}

Result<qint64> ChangeLogStore::pendingCount()
{
    auto row = m_database.firstRow(u"SELECT COUNT(*) FROM backup_log"_s);
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->at(0).toLongLong() : 0;
}

Status ChangeLogStore::advance(const ChainPosition &position)
{
    Transaction transaction(m_database);
    if (auto started = transaction.started(); !started)
        return started;
    const QList<std::pair<QString, QString>> values {{key::installation, position.installation},
                                                     {key::lastNumber, QString::number(position.lastNumber)},
                                                     {key::lastHash, QString::fromLatin1(position.lastHash.toHex())},
                                                     {key::lastSequence, QString::number(position.lastSequence)},
                                                     {key::lastSnapshotAt, toDatabaseTime(position.lastSnapshotAt)}};
    for (const auto &[name, value] : values) {
        if (auto set = setState(name, value); !set)
            return set;
    }
    if (auto deleted = m_database.exec(u"DELETE FROM backup_log WHERE sequence <= ?"_s, {position.lastSequence});
        !deleted)
        return std::unexpected(deleted.error());
    return transaction.commit();
}

Result<ChainPosition> ChangeLogStore::position()
{
    ChainPosition position;
    const QList<std::pair<QString, std::function<void(const QString &)>>> readers {
        {key::installation, [&](const QString &v) { position.installation = v; }},
        {key::lastNumber, [&](const QString &v) { position.lastNumber = v.toLongLong(); }},
        {key::lastHash, [&](const QString &v) { position.lastHash = QByteArray::fromHex(v.toLatin1()); }},
        {key::lastSequence, [&](const QString &v) { position.lastSequence = v.toLongLong(); }},
        {key::lastSnapshotAt, [&](const QString &v) { position.lastSnapshotAt = fromDatabaseTime(v); }}};
    for (const auto &[name, read] : readers) {
        auto value = stateValue(name);
        if (!value)
            return std::unexpected(value.error());
        if (*value)
            read(**value);
    }
    return position;
}

Result<std::optional<QDateTime>> ChangeLogStore::snapshotRequest()
{
    auto value = stateValue(key::snapshotRequested);
    if (!value)
        return std::unexpected(value.error());
    if (!*value)
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromDatabaseTime(**value));
}

Status ChangeLogStore::requestSnapshot(const QDateTime &at)
{
    Transaction transaction(m_database);
    if (auto set = setState(key::snapshotRequested, toDatabaseTime(at)); !set)
        return set;
    return transaction.commit();
}

Status ChangeLogStore::clear()
{
    Transaction transaction(m_database);
    for (const QString &statement : {u"DELETE FROM backup_log"_s, u"DELETE FROM backup_state"_s}) {
        if (auto deleted = m_database.run(statement, {}); !deleted)
            return deleted;
    }
    return transaction.commit();
}

Status ChangeLogStore::enableCapture()
{
    Transaction transaction(m_database);
    if (auto set = setState(QString(capture::enabledKey), u"on"_s); !set)
        return set;
    return transaction.commit();
}

Result<std::optional<QString>> ChangeLogStore::stateValue(const QString &name)
{
    auto row = m_database.firstRow(u"SELECT value FROM backup_state WHERE key = ?"_s, {name});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>((*row)->at(0).toString());
}

Status ChangeLogStore::setState(const QString &name, const QString &value)
{
    return m_database.run(u"INSERT INTO backup_state (key, value) VALUES (?, ?)"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                          {name, value});
}

} // namespace regiekamer::server::backup
