#include "keys/KeyRotation.h"

#include "db/Database.h"
#include "keys/KeyOperationLog.h"
#include "keys/KeyStore.h"

#include <QSqlQuery>

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxBatchAttempts = 5;

std::unexpected<Error> rotationError(const QString &message)
{
    return fail(u"key_rotation"_s, message);
}

Result<MasterKey> loadKeyFile(const QString &path)
{
    auto master = MasterKey::load(path);
    if (!master)
        return std::unexpected(master.error());
    if (!*master)
        return rotationError(u"The master key file %1 does not exist."_s.arg(path));
    return std::move(**master);
}

int highestRecorded(const QList<masterVersions::Record> &records)
{
    int highest = 0;
    for (const auto &record : records)
        highest = std::max(highest, record.version);
    return highest;
}

} // namespace

KeyRotation::KeyRotation(KeyStore &store, KeyOperationLog &log, int batchSize)
    : m_store(store)
    , m_log(log)
    , m_batchSize(std::max(1, batchSize))
{
}

KeyRotation::KeyRotation(KeyStore &store, KeyOperationLog &log, int batchSize, SealedKeys sealed)
    : m_store(store)
    , m_log(log)
    , m_batchSize(std::max(1, batchSize))
    , m_sealed(std::make_unique<SealedKeys>(std::move(sealed)))
{
}

Result<MasterKey> KeyRotation::currentKeys() const
{
    if (m_sealed)
        return m_sealed->master;
    return loadKeyFile(m_store.masterKeyPath());
}

// A new key file (plain), or the new keys sealed again, handed to the key store that serves them in this process.
Status KeyRotation::keep(const MasterKey &master)
{
    if (!m_sealed)
        return master.save();
    if (auto persisted = m_sealed->persist(master); !persisted)
        return persisted;
    m_sealed->master = master;
    m_store.useMasterKey(master);
    return {};
}

Result<KeyRotation::Report> KeyRotation::run(const std::function<void(qint64)> &progress)
{
    if (!m_store.hasMasterKey())
        return rotationError(u"The database has no master key yet: start the server once before rotating."_s);
    auto newVersion = addNewVersion();
    if (!newVersion)
        return std::unexpected(newVersion.error());
    auto master = currentKeys();
    if (!master)
        return std::unexpected(master.error());
    Report report {*newVersion, {}, 0};
    for (int failures = 0;;) {
        auto batch = rewrapBatch(*master, *newVersion);
        if (!batch && ++failures < maxBatchAttempts)
            continue; // rolled back, e.g. the database stayed locked by busy writers: the batch is tried again
        if (!batch)
            return std::unexpected(batch.error());
        failures = 0;
        if (*batch == 0)
            break;
        report.rewrapped += *batch;
        if (progress)
            progress(report.rewrapped);
    }
    auto retired = retireOlderVersions(*newVersion, report.rewrapped);
    if (!retired)
        return std::unexpected(retired.error());
    report.retiredVersions = *retired;
    for (int version : master->versions()) {
        if (version != *newVersion)
            master->remove(version);
    }
    if (auto saved = keep(*master); !saved)
        return std::unexpected(saved.error());
    return report;
}

// Steps 1 and 2. A version that an interrupted rotation already wrote to the key file (newer than any the
// database records) or already made current (with older live versions left) is taken up again.
Result<int> KeyRotation::addNewVersion()
{
    Database &database = m_store.database();
    auto records = masterVersions::all(database);
    auto current = masterVersions::current(database);
    auto master = currentKeys();
    if (const auto error = firstError(records, current, master))
        return std::unexpected(*error);
    if (auto checked = masterVersions::checkKeyFile(*master, *records); !checked)
        return std::unexpected(checked.error());
    const bool olderLive = std::ranges::any_of(*records, [&](const masterVersions::Record &record) {
        return record.version != *current && !record.retiredAt.isValid();
    });
    if (olderLive)
        return *current;
    const int recordedHighest = highestRecorded(*records);
    const int fileHighest = master->versions().isEmpty() ? 0 : master->versions().last();
    const int version = fileHighest > recordedHighest ? fileHighest : recordedHighest + 1;
    if (version != fileHighest) {
        master->addRandomKey(version);
        if (auto saved = keep(*master); !saved)
            return std::unexpected(saved.error());
    }
    Transaction transaction(database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    if (auto added = masterVersions::addCurrent(database, *master, version); !added)
        return std::unexpected(added.error());
    if (auto logged =
            logKeyOperation(version, u"master key rotation: version %1 added and made current"_s.arg(version));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return version;
}

// Step 3, one transaction: re-wraps up to a batch of data keys still wrapped under an older version.
Result<qint64> KeyRotation::rewrapBatch(const MasterKey &master, int newVersion)
{
    Database &database = m_store.database();
    const QCA::SecureArray *newKey = master.key(newVersion);
    if (!newKey)
        return rotationError(u"The master key file %1 lacks the new version %2."_s.arg(master.path()).arg(newVersion));
    Transaction transaction(database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto rows = database.exec(u"SELECT id, scope_kind, scope_id, master_version, wrapped FROM data_keys"
                              " WHERE master_version <> ? ORDER BY id LIMIT ?"_s,
                              {newVersion, m_batchSize});
    if (!rows)
        return std::unexpected(rows.error());
    const crypto::Aead sealer(*newKey);
    qint64 count = 0;
    while (rows->next()) {
        const int oldVersion = rows->value(3).toInt();
        const QCA::SecureArray *oldKey = master.key(oldVersion);
        if (!oldKey)
            return rotationError(u"The master key file %1 lacks version %2."_s.arg(master.path()).arg(oldVersion));
        const auto scope = KeyStore::scopeFromName(rows->value(1).toString());
        if (!scope)
            return rotationError(u"Data key %1 has an unknown scope."_s.arg(rows->value(0).toString()));
        const QByteArray context = KeyStore::wrapContext(*scope, rows->value(2).toLongLong());
        auto plain = crypto::Aead(*oldKey).open(rows->value(4).toByteArray(), context);
        if (!plain)
            return rotationError(
                u"Data key %1 cannot be unwrapped: %2"_s.arg(rows->value(0).toString(), plain.error().code));
        const QByteArray rewrapped = sealer.seal(*plain, context);
        plain->fill('\0');
        if (auto updated = database.run(u"UPDATE data_keys SET master_version = ?, wrapped = ? WHERE id = ?"_s,
                                        {newVersion, rewrapped, rows->value(0)});
            !updated)
            return std::unexpected(updated.error());
        ++count;
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return count;
}

// Step 4: in one transaction, and only when no data key uses an older version any more.
Result<QList<int>> KeyRotation::retireOlderVersions(int newVersion, qint64 rewrapped)
{
    Database &database = m_store.database();
    Transaction transaction(database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto left = database.firstRow(u"SELECT COUNT(*) FROM data_keys WHERE master_version <> ?"_s, {newVersion});
    auto records = masterVersions::all(database);
    if (const auto error = firstError(left, records))
        return std::unexpected(*error);
    if (*left && (*left)->at(0).toLongLong() > 0)
        return rotationError(u"%1 data keys still use an older master version."_s.arg((*left)->at(0).toLongLong()));
    QList<int> retired;
    for (const auto &record : std::as_const(*records)) {
        if (record.version != newVersion && !record.retiredAt.isValid())
            retired.append(record.version);
    }
    if (auto updated =
            database.run(u"UPDATE master_keys SET retired_at = ? WHERE version <> ? AND retired_at IS NULL"_s,
                         {toDatabaseTime(QDateTime::currentDateTimeUtc()), newVersion});
        !updated)
        return std::unexpected(updated.error());
    QStringList names;
    for (int version : retired)
        names.append(QString::number(version));
    if (auto logged = logKeyOperation(newVersion,
                                      u"master key rotation: %1 data keys re-wrapped under version %2, "
                                      "version(s) %3 retired"_s.arg(rewrapped)
                                          .arg(newVersion)
                                          .arg(names.join(u", "_s)));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return retired;
}

Status KeyRotation::logKeyOperation(int version, const QString &reason)
{
    return m_log.record({version, reason});
}

} // namespace regiekamer::server
