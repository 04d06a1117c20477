#pragma once

#include "base/Result.h"
#include "crypto/Aead.h"
#include "keys/MasterKey.h"

#include <QtCrypto>

#include <QDateTime>
#include <QVariantList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace regiekamer::server {

class Database;

class KeyOperationLog;

// Told when data keys must leave every cache that holds them (FieldCipher's): one subject's key was destroyed, or
// all (a rotation, KeyStore::wipeCachedKeys()).
class KeyCacheListener
{
public:
    virtual ~KeyCacheListener() = default;
    virtual void forgetSubjectKey(qint64 userId) = 0;
    virtual void forgetAllKeys() = 0;
};

// The master versions recorded in the database (table master_keys) and the current one (master_key_current).
namespace masterVersions {

struct Record
{
    int version = 0;
    QDateTime createdAt;
    QDateTime retiredAt; // invalid while the version is live
    QByteArray checkValue;
};

Result<QList<Record>> all(Database &database);
// 0 while the database records no master version.
Result<int> current(Database &database);
// Every live version must be in the key file and match its check value; the message says what to do.
Status checkKeyFile(const MasterKey &master, const QList<Record> &records);
// How many data keys each master version wraps.
Result<std::map<int, qint64>> dataKeysPerVersion(Database &database);
// Records `version` of `master` with its check value and makes it the current version.
Status addCurrent(Database &database, const MasterKey &master, int version);

} // namespace masterVersions

// The key hierarchy of the data at rest (docs/keys.md): a master key outside the database (MasterKey) wraps the
// data keys stored in the database, one per organisation, one per data subject, one for the blind index, one for
// the personal columns of the access log and one for mail in flight (the outbox).
// A key that must be created or destroyed is written inside the caller's transaction when there is one (a
// savepoint), else in a transaction of its own; reading an existing key takes no write lock. A data key is wrapped
// under the current master version read in that same write transaction, so a key is never wrapped under a version
// that a concurrent `regiekamer-admin keys rotate` has replaced; a version this process does not know yet is read
// from the key file again and checked against the database before it is used.
// Unwrapped keys are cached, at most maxCachedKeys (the least recently used leave first), each checked against the
// stored wrapped bytes on every use; destroySubjectKey() and a rotation (useMasterKey) wipe them from this cache and
// every KeyCacheListener's; the destructor wipes the rest (SecureArray).
// Not thread-safe: one per Database connection.
class KeyStore
{
public:
    enum class Scope { Organisation, Subject, Index, Audit, Mail };
    static constexpr int dataKeyBytes = 32;
    static constexpr std::size_t maxCachedKeys = 1024;
    static constexpr qint64 indexScopeId = 1; // the one blind index key's id

    // The context a data key is wrapped with, e.g. "data_keys/subject/42".
    static QByteArray wrapContext(Scope scope, qint64 scopeId);
    static QString scopeName(Scope scope);
    static std::optional<Scope> scopeFromName(const QString &name);

    // Loads the master key file and checks every live version the database records against it. Writes nothing:
    // a missing file while the database records master versions, a wrong key (its check value fails), or an
    // unreadable, malformed or group/world-accessible file is an error naming the file and what to do.
    static Result<std::unique_ptr<KeyStore>> open(Database &database, const QString &masterKeyPath);
    // The same with the master key held in memory (a sealed server after unsealing, docs/keys.md): checked the same
    // way, and never read from a file again, so a version it does not hold (after a `keys rotate` by another
    // process) is an error that says to seal and unseal the server.
    static Result<std::unique_ptr<KeyStore>> open(Database &database, MasterKey master);

    // For a key store opened on a key in memory: the master key after this process changed it (a rotation on a
    // sealed data directory, KeyRotation); its new versions are checked against the database on first use.
    // Every cached data key is wiped (they were unwrapped under the replaced master key).
    void useMasterKey(MasterKey master);
    // Wipes every cached data key here and in the listeners' caches (the next use unwraps again).
    void wipeCachedKeys();
    std::size_t cachedKeyCount() const { return m_cache.size(); }
    // A cache of data keys made from this store (FieldCipher), told of destroyed keys; it must remove itself
    // before it is destroyed.
    void addCacheListener(KeyCacheListener *listener);
    void removeCacheListener(KeyCacheListener *listener);
    bool holdsKeyInMemory() const { return m_inMemory; }

    // True once the database records a master version (always after initialise()).
    bool hasMasterKey() const { return m_initialised; }
    // First start: on a database without master versions, creates the key file (0600) unless it exists and
    // records its versions, recorded in `log`, in one transaction. Otherwise does nothing.
    Status initialise(KeyOperationLog &log);

    // The data key of an organisation / a data subject (a user account), created on first use.
    Result<QCA::SecureArray> organisationKey(qint64 organisationId);
    Result<QCA::SecureArray> subjectKey(qint64 userId);
    // The data key of the access log's personal columns (actor_name, client_address), created on first use.
    Result<QCA::SecureArray> auditKey();
    // The data key of mail in flight (outbox recipients and messages, server/mail), created on first use.
    Result<QCA::SecureArray> mailKey();
    // For a caller that keeps a data key between uses (AuditFieldCipher): the key of (scope, id) with the stored
    // wrapped bytes (data_keys.wrapped) it was unwrapped from or created as. The kept key is still the stored one
    // exactly while the stored bytes are equal to these: every wrap (a new key, a re-wrap by `keys rotate`) seals
    // with a fresh random nonce, and a key created in a transaction that rolled back is no longer stored.
    struct ServedKey
    {
        QCA::SecureArray key;
        QByteArray wrapped;
    };
    Result<ServedKey> servedKey(Scope scope, qint64 scopeId);
    // HMAC-SHA-256 of a normalised e-mail address under the blind index key: equal addresses give equal values,
    // and without the key the value reveals nothing about the address.
    Result<QByteArray> blindIndex(QStringView normalisedEmail);
    // HMAC-SHA-256 of a record's name under the blind index key (apart from every blind index value), for a record
    // of the database that only a process holding the master key may write (storage/FieldMigration's marker).
    Result<QByteArray> recordMac(QByteArrayView record);
    // Crypto-shredding: deletes the subject's data key, so whatever was encrypted under it cannot be read from this
    // database any more; copies in older backups die with the master versions that wrapped them (docs/keys.md).
    // The caller logs it. A later subjectKey() makes a new, unrelated key.
    Status destroySubjectKey(qint64 userId);

    Database &database() { return m_database; }
    QString masterKeyPath() const { return m_path; }

private:
    struct CachedKey
    {
        QByteArray wrapped;
        QCA::SecureArray key;
        quint64 lastUse = 0;
    };
    using ScopeKey = std::pair<Scope, qint64>;

    KeyStore(Database &database, QString path, std::optional<MasterKey> master, bool initialised);
    static Result<std::unique_ptr<KeyStore>> checked(Database &database, const QString &masterKeyPath,
                                                     std::optional<MasterKey> master);

    Result<QCA::SecureArray> dataKey(Scope scope, qint64 scopeId);
    // The master version and wrapped bytes of a stored data key; nullopt when there is none.
    Result<std::optional<QVariantList>> storedKey(Scope scope, qint64 scopeId);
    Result<QCA::SecureArray> createDataKey(Scope scope, qint64 scopeId);
    Result<QCA::SecureArray> unwrap(Scope scope, qint64 scopeId, int version, const QByteArray &wrapped);
    // The Aead of a master version, reloading the key file and checking the version's check value when this
    // process does not know it yet.
    Result<const crypto::Aead *> masterAead(int version);
    void remember(Scope scope, qint64 scopeId, const QByteArray &wrapped, const QCA::SecureArray &key);

    Database &m_database;
    QString m_path;
    std::optional<MasterKey> m_master;
    bool m_initialised = false;
    bool m_inMemory = false; // the master key came sealed: there is no file to reload
    std::map<int, crypto::Aead> m_checkedVersions;
    std::map<ScopeKey, CachedKey> m_cache;
    quint64 m_uses = 0;
    std::vector<KeyCacheListener *> m_listeners;
};

} // namespace regiekamer::server
