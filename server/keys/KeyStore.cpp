#include "keys/KeyStore.h"

#include "base/WireNames.h"
#include "crypto/KeyDerivation.h"
#include "db/Database.h"
#include "keys/KeyOperationLog.h"
#include "keys/KeysLogging.h"

#include <QSqlQuery>

#include <openssl/crypto.h>

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 emailIndexScopeId = KeyStore::indexScopeId;

std::unexpected<Error> keyStoreError(const QString &message)
{
    return fail(u"key_store"_s, message);
}

QString versionList(const QList<int> &versions)
{
    QStringList names;
    for (int version : versions)
        names.append(QString::number(version));
    return names.join(u", "_s);
}

// A plaintext key out of Aead::open() into secure memory, wiping the ordinary copy.
QCA::SecureArray toSecure(QByteArray &plain)
{
    QCA::SecureArray key(plain);
    OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
    return key;
}

} // namespace

namespace masterVersions {

Result<QList<Record>> all(Database &database)
{
    auto query =
        database.exec(u"SELECT version, created_at, retired_at, check_value FROM master_keys ORDER BY version"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Record> records;
    while (query->next()) {
        records.append(Record {query->value(0).toInt(), fromDatabaseTime(query->value(1)),
                               query->value(2).isNull() ? QDateTime() : fromDatabaseTime(query->value(2)),
                               query->value(3).toByteArray()});
    }
    return records;
}

Result<int> current(Database &database)
{
    auto row = database.firstRow(u"SELECT version FROM master_key_current WHERE singleton = 1"_s);
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->at(0).toInt() : 0;
}

Status checkKeyFile(const MasterKey &master, const QList<Record> &records)
{
    QList<int> missing, wrong;
    for (const Record &record : records) {
        if (record.retiredAt.isValid())
            continue;
        if (!master.contains(record.version))
            missing.append(record.version);
        else if (!master.matchesCheckValue(record.version, record.checkValue))
            wrong.append(record.version);
    }
    if (!wrong.isEmpty()) {
        return keyStoreError(
            u"The master key file %1 holds a wrong key for version %2: it does not belong to this "
            "database. Use the master key file that belongs to this database (from the backup of "
            "the key file, not of the database). Nothing was written."_s.arg(master.path(), versionList(wrong)));
    }
    if (!missing.isEmpty()) {
        return keyStoreError(u"The master key file %1 lacks master key version %2, which the database still uses. "
                             "Restore the key file from its backup (after `keys rotate`, the new file). Nothing was "
                             "written."_s.arg(master.path(), versionList(missing)));
    }
    return {};
}

Status addCurrent(Database &database, const MasterKey &master, int version)
{
    const QByteArray check = master.checkValue(version);
    if (check.isEmpty())
        return keyStoreError(u"Cannot compute the check value of master key version %1."_s.arg(version));
    if (auto added = database.run(u"INSERT INTO master_keys (version, created_at, check_value) VALUES (?, ?, ?)"_s,
                                  {version, toDatabaseTime(QDateTime::currentDateTimeUtc()), check});
        !added)
        return added;
    return database.run(u"INSERT OR REPLACE INTO master_key_current (singleton, version) VALUES (1, ?)"_s, {version});
}

Result<std::map<int, qint64>> dataKeysPerVersion(Database &database)
{
    auto query = database.exec(
        u"SELECT master_version, COUNT(*) FROM data_keys GROUP BY master_version ORDER BY master_version"_s);
    if (!query)
        return std::unexpected(query.error());
    std::map<int, qint64> counts;
    while (query->next())
        counts.emplace(query->value(0).toInt(), query->value(1).toLongLong());
    return counts;
}

} // namespace masterVersions

namespace {

constexpr WireTable<KeyStore::Scope, 5> scopeNames {{
    {KeyStore::Scope::Organisation, "organisation"},
    {KeyStore::Scope::Subject, "subject"},
    {KeyStore::Scope::Index, "index"},
    {KeyStore::Scope::Audit, "audit"},
    {KeyStore::Scope::Mail, "mail"},
}};

} // namespace

QString KeyStore::scopeName(Scope scope)
{
    return enumToWire(scopeNames, scope);
}

std::optional<KeyStore::Scope> KeyStore::scopeFromName(const QString &name)
{
    return enumFromWire(scopeNames, name);
}

QByteArray KeyStore::wrapContext(Scope scope, qint64 scopeId)
{
    return QByteArray("data_keys/" + scopeName(scope).toLatin1() + '/' + QByteArray::number(scopeId));
}

KeyStore::KeyStore(Database &database, QString path, std::optional<MasterKey> master, bool initialised)
    : m_database(database)
    , m_path(std::move(path))
    , m_master(std::move(master))
    , m_initialised(initialised)
{
}

Result<std::unique_ptr<KeyStore>> KeyStore::open(Database &database, const QString &masterKeyPath)
{
    auto master = MasterKey::load(masterKeyPath);
    if (!master)
        return std::unexpected(master.error());
    return checked(database, masterKeyPath, std::move(*master));
}

Result<std::unique_ptr<KeyStore>> KeyStore::open(Database &database, MasterKey master)
{
    const QString path = master.path();
    auto store = checked(database, path, std::move(master));
    if (store)
        (*store)->m_inMemory = true;
    return store;
}

Result<std::unique_ptr<KeyStore>> KeyStore::checked(Database &database, const QString &masterKeyPath,
                                                    std::optional<MasterKey> master)
{
    auto records = masterVersions::all(database);
    if (!records)
        return std::unexpected(records.error());
    if (!records->isEmpty()) {
        if (!master) {
            return keyStoreError(
                u"The master key file %1 does not exist, but the database holds data keys wrapped under it. Restore "
                "the master key file from its backup, or give its path with --master-key FILE or %2. Nothing was "
                "written."_s.arg(masterKeyPath, QLatin1StringView(MasterKey::environmentVariable)));
        }
        if (auto checkedFile = masterVersions::checkKeyFile(*master, *records); !checkedFile)
            return std::unexpected(checkedFile.error());
    }
    return std::unique_ptr<KeyStore>(new KeyStore(database, masterKeyPath, std::move(master), !records->isEmpty()));
}

Status KeyStore::initialise(KeyOperationLog &log)
{
    if (m_initialised)
        return {};
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    auto current = masterVersions::current(m_database);
    if (!current)
        return std::unexpected(current.error());
    if (*current == 0) {
        const bool created = !m_master;
        if (created) {
            MasterKey fresh(m_path);
            fresh.addRandomKey(1);
            if (auto saved = fresh.save(); !saved)
                return saved;
            m_master = std::move(fresh);
        }
        for (int version : m_master->versions()) {
            if (auto added = masterVersions::addCurrent(m_database, *m_master, version); !added)
                return added;
        }
        m_initialised = true; // the entry below seals its personal columns under a data key of this store
        const QString reason = created
            ? u"master key file %1 created (version 1)"_s.arg(m_path)
            : u"master key file %1 registered (versions %2)"_s.arg(m_path, versionList(m_master->versions()));
        if (auto recorded = log.record({m_master->versions().last(), reason}); !recorded) {
            m_initialised = false;
            return recorded;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        m_initialised = false;
        return committed;
    }
    if (*current == 0)
        qCInfo(lcKeys, "Master key file %s registered (versions %s)", qUtf8Printable(m_path),
               qUtf8Printable(versionList(m_master->versions())));
    m_initialised = true;
    return {};
}

void KeyStore::useMasterKey(MasterKey master)
{
    m_master = std::move(master);
    wipeCachedKeys();
}

void KeyStore::wipeCachedKeys()
{
    m_cache.clear(); // every SecureArray wipes its bytes as it is freed
    for (KeyCacheListener *listener : m_listeners)
        listener->forgetAllKeys();
}

void KeyStore::addCacheListener(KeyCacheListener *listener)
{
    m_listeners.push_back(listener);
}

void KeyStore::removeCacheListener(KeyCacheListener *listener)
{
    std::erase(m_listeners, listener);
}

// At most maxCachedKeys: the least recently used key leaves first (a scan, only when the cache is full).
void KeyStore::remember(Scope scope, qint64 scopeId, const QByteArray &wrapped, const QCA::SecureArray &key)
{
    if (m_cache.size() >= maxCachedKeys && !m_cache.contains({scope, scopeId})) {
        const auto oldest = std::ranges::min_element(
            m_cache, {}, [](const std::pair<const ScopeKey, CachedKey> &entry) { return entry.second.lastUse; });
        m_cache.erase(oldest);
    }
    m_cache.insert_or_assign({scope, scopeId}, CachedKey {wrapped, key, ++m_uses});
}

Result<QCA::SecureArray> KeyStore::organisationKey(qint64 organisationId)
{
    return dataKey(Scope::Organisation, organisationId);
}

Result<QCA::SecureArray> KeyStore::subjectKey(qint64 userId)
{
    return dataKey(Scope::Subject, userId);
}

Result<QCA::SecureArray> KeyStore::auditKey()
{
    return dataKey(Scope::Audit, 0);
}

Result<QCA::SecureArray> KeyStore::mailKey()
{
    return dataKey(Scope::Mail, 0);
}

Result<KeyStore::ServedKey> KeyStore::servedKey(Scope scope, qint64 scopeId)
{
    auto key = dataKey(scope, scopeId);
    if (!key)
        return std::unexpected(key.error());
    // dataKey() leaves the key it returns in the cache with the wrapped bytes it came from.
    const auto cached = m_cache.find({scope, scopeId});
    if (cached == m_cache.end())
        return keyStoreError(u"The %1 key is not cached."_s.arg(scopeName(scope)));
    return ServedKey {*key, cached->second.wrapped};
}

Result<QByteArray> KeyStore::blindIndex(QStringView normalisedEmail)
{
    auto key = dataKey(Scope::Index, emailIndexScopeId);
    if (!key)
        return std::unexpected(key.error());
    QByteArray mac = crypto::hmacSha256(*key, QByteArray("email\n" + normalisedEmail.toUtf8()));
    if (mac.isEmpty())
        return keyStoreError(u"Cannot compute the blind index."_s);
    return mac;
}

Result<QByteArray> KeyStore::recordMac(QByteArrayView record)
{
    auto key = dataKey(Scope::Index, emailIndexScopeId);
    if (!key)
        return std::unexpected(key.error());
    QByteArray mac = crypto::hmacSha256(*key, QByteArray("record\n" + record.toByteArray()));
    if (mac.isEmpty())
        return keyStoreError(u"Cannot compute the MAC of a record."_s);
    return mac;
}

Status KeyStore::destroySubjectKey(qint64 userId)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (auto deleted = m_database.run(u"DELETE FROM data_keys WHERE scope_kind = ? AND scope_id = ?"_s,
                                      {scopeName(Scope::Subject), userId});
        !deleted)
        return deleted;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_cache.erase({Scope::Subject, userId});
    for (KeyCacheListener *listener : m_listeners)
        listener->forgetSubjectKey(userId);
    return {};
}

// Reading an existing key needs no write lock; creating one takes it, and looks again under it, since another
// process may have created the key (or a rotation re-wrapped it) since the first look.
Result<QCA::SecureArray> KeyStore::dataKey(Scope scope, qint64 scopeId)
{
    if (!m_initialised)
        return keyStoreError(u"The key store has no master key yet."_s);
    if (auto stored = storedKey(scope, scopeId); stored && *stored) {
        if (auto key = unwrap(scope, scopeId, (*stored)->at(0).toInt(), (*stored)->at(1).toByteArray()))
            return key;
    }
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto stored = storedKey(scope, scopeId);
    if (!stored)
        return std::unexpected(stored.error());
    Result<QCA::SecureArray> key = *stored
        ? unwrap(scope, scopeId, (*stored)->at(0).toInt(), (*stored)->at(1).toByteArray())
        : createDataKey(scope, scopeId);
    if (!key)
        return key;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return key;
}

Result<std::optional<QVariantList>> KeyStore::storedKey(Scope scope, qint64 scopeId)
{
    return m_database.firstRow(u"SELECT master_version, wrapped FROM data_keys WHERE scope_kind = ? AND scope_id = ?"_s,
                               {scopeName(scope), scopeId});
}

// The cache is keyed by scope and checked against the stored wrapped bytes, so a key created in a transaction that
// was rolled back, re-wrapped by a rotation or destroyed by another process is never served from memory.
Result<QCA::SecureArray> KeyStore::unwrap(Scope scope, qint64 scopeId, int version, const QByteArray &wrapped)
{
    const auto cached = m_cache.find({scope, scopeId});
    if (cached != m_cache.end() && cached->second.wrapped == wrapped) {
        cached->second.lastUse = ++m_uses;
        return cached->second.key;
    }
    auto aead = masterAead(version);
    if (!aead)
        return std::unexpected(aead.error());
    auto plain = (*aead)->open(wrapped, wrapContext(scope, scopeId));
    if (!plain) {
        return keyStoreError(u"The %1 key of id %2 cannot be unwrapped with master key version %3: %4"_s.arg(
            scopeName(scope), QString::number(scopeId), QString::number(version), plain.error().code));
    }
    QCA::SecureArray key = toSecure(*plain);
    remember(scope, scopeId, wrapped, key);
    return key;
}

Result<QCA::SecureArray> KeyStore::createDataKey(Scope scope, qint64 scopeId)
{
    auto current = masterVersions::current(m_database);
    if (!current)
        return std::unexpected(current.error());
    auto aead = masterAead(*current);
    if (!aead)
        return std::unexpected(aead.error());
    QCA::SecureArray key = crypto::randomKey(dataKeyBytes);
    const QByteArray wrapped = (*aead)->seal(QByteArrayView(key.constData(), key.size()), wrapContext(scope, scopeId));
    if (wrapped.isEmpty() || key.size() != dataKeyBytes)
        return keyStoreError(u"Cannot make a data key."_s);
    if (auto inserted = m_database.run(
            u"INSERT INTO data_keys (scope_kind, scope_id, master_version, wrapped, "
            "created_at) VALUES (?, ?, ?, ?, ?)"_s,
            {scopeName(scope), scopeId, *current, wrapped, toDatabaseTime(QDateTime::currentDateTimeUtc())});
        !inserted)
        return std::unexpected(inserted.error());
    remember(scope, scopeId, wrapped, key);
    return key;
}

Result<const crypto::Aead *> KeyStore::masterAead(int version)
{
    if (const auto known = m_checkedVersions.find(version); known != m_checkedVersions.end())
        return &known->second;
    auto records = masterVersions::all(m_database);
    if (!records)
        return std::unexpected(records.error());
    const auto record = std::ranges::find(*records, version, &masterVersions::Record::version);
    if (record == records->end() || record->retiredAt.isValid())
        return keyStoreError(u"Master key version %1 is not a live version of this database."_s.arg(version));
    if (m_inMemory && !m_master->contains(version)) {
        return keyStoreError(u"The key file is sealed: seal and unseal the server after a rotation (master key "
                             "version %1 was added after this server was unsealed)."_s.arg(version));
    }
    if (!m_master || !m_master->contains(version)) {
        auto reloaded = MasterKey::load(m_path);
        if (!reloaded)
            return std::unexpected(reloaded.error());
        if (!*reloaded || !(*reloaded)->contains(version)) {
            return keyStoreError(
                u"The master key file %1 lacks master key version %2. Restore the key file written by `keys rotate`."_s
                    .arg(m_path)
                    .arg(version));
        }
        m_master = std::move(*reloaded);
    }
    if (!m_master->matchesCheckValue(version, record->checkValue))
        return keyStoreError(u"The master key file %1 holds a wrong key for version %2."_s.arg(m_path).arg(version));
    return &m_checkedVersions.emplace(version, crypto::Aead(*m_master->key(version))).first->second;
}

} // namespace regiekamer::server
