#include "cache/ClientCache.h"

#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CacheLogging.h"
#include "crypto/Aead.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureCompare.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

constexpr auto formatName = "regiekamer-offline-cache-1";
constexpr auto checkContext = "check";
constexpr auto checkText = "regiekamer offline cache check";
constexpr auto keychainHeader = "keychain";

QByteArray number(quint32 value)
{
    return QByteArray::number(value);
}

} // namespace

ClientCache::ClientCache(CacheConfig config)
    : m_config(std::move(config))
{
}

ClientCache::~ClientCache()
{
    lock();
}

void ClientCache::setConfig(CacheConfig config)
{
    lock();
    m_config = std::move(config);
}

const CacheConfig &ClientCache::config() const
{
    return m_config;
}

Result<bool> ClientCache::attach(const QUrl &server, const QString &email, bool create)
{
    lock();
    const CacheFiles files(m_config.directory);
    const auto path = files.fileFor(server, email, create);
    if (!path)
        return std::unexpected(path.error());
    const auto owner = files.ownerTag(server, email, create);
    if (!owner)
        return std::unexpected(owner.error());
    if (path->isEmpty() || (!create && !QFile::exists(*path)))
        return false;
    if (auto opened = m_db.open(*path); !opened)
        return std::unexpected(opened.error());
    m_ownerTag = *owner;
    const auto format = m_db.header(u"format"_s);
    Status ready = !format ? Status(std::unexpected(format.error())) : (*format ? checkHeader() : createHeader());
    if (!ready) {
        qCWarning(lcCache, "Offline cache file not used: %s", qUtf8Printable(ready.error().code));
        lock();
        return std::unexpected(ready.error());
    }
    return true;
}

Status ClientCache::createHeader()
{
    m_salt = crypto::randomKey(cachekey::saltBytes).toByteArray();
    m_kdf = m_config.kdf;
    m_fresh = true;
    if (auto begun = m_db.begin(); !begun)
        return begun;
    const Status written = [this]() -> Status {
        for (const auto &[name, value] :
             {std::pair {u"format"_s, QByteArray(formatName)}, std::pair {u"owner"_s, m_ownerTag},
              std::pair {u"salt"_s, m_salt}, std::pair {u"argon2_m"_s, number(m_kdf.memoryKiB)},
              std::pair {u"argon2_t"_s, number(m_kdf.iterations)}, std::pair {u"argon2_p"_s, number(m_kdf.lanes)}}) {
            if (auto done = m_db.setHeader(name, value); !done)
                return done;
        }
        return m_db.removeRecords({});
    }();
    if (!written) {
        m_db.rollback();
        return written;
    }
    return m_db.commit();
}

Status ClientCache::checkHeader()
{
    const auto value = [this](const QString &name) {
        const auto found = m_db.header(name);
        return found && *found ? **found : QByteArray();
    };
    if (value(u"format"_s) != formatName)
        return fail(QString::fromLatin1(cacheerrc::damaged), cacheerrc::damagedMessage());
    if (!crypto::constantTimeEquals(value(u"owner"_s), m_ownerTag))
        return fail(QString::fromLatin1(cacheerrc::otherAccount), cacheerrc::otherAccountMessage());
    m_salt = value(u"salt"_s);
    bool okM = false, okT = false, okP = false;
    m_kdf = {value(u"argon2_m"_s).toUInt(&okM), value(u"argon2_t"_s).toUInt(&okT), value(u"argon2_p"_s).toUInt(&okP)};
    // Parameters below the OWASP minimum would make a stolen cache cheap to guess: refuse them.
    if (m_salt.size() != cachekey::saltBytes || !okM || !okT || !okP || m_kdf.memoryKiB < 8192 ||
        m_kdf.iterations < 1 || m_kdf.lanes < 1 || m_kdf.memoryKiB > 4u * 1024 * 1024 || m_kdf.iterations > 64 ||
        m_kdf.lanes > 16)
        return fail(QString::fromLatin1(cacheerrc::damaged), cacheerrc::damagedMessage());
    m_fresh = false;
    return {};
}

bool ClientCache::keyInKeychain() const
{
    const auto found = m_db.isOpen() ? m_db.header(QString::fromLatin1(keychainHeader))
                                     : Result<std::optional<QByteArray>>(std::nullopt);
    return found && *found && **found == "1";
}

Status ClientCache::setKeyInKeychain(bool stored)
{
    if (!m_db.isOpen())
        return {};
    return m_db.setHeader(QString::fromLatin1(keychainHeader), stored ? "1" : "0");
}

bool ClientCache::isAttached() const
{
    return m_db.isOpen();
}

QString ClientCache::filePath() const
{
    return m_db.path();
}

QByteArray ClientCache::salt() const
{
    return m_salt;
}

crypto::Argon2Parameters ClientCache::kdfParameters() const
{
    return m_kdf;
}

Status ClientCache::unlock(const QCA::SecureArray &key)
{
    if (!m_db.isOpen())
        return fail(QString::fromLatin1(cacheerrc::locked), cacheerrc::lockedMessage());
    auto aead = std::make_unique<crypto::Aead>(key);
    if (!aead->isValid())
        return fail(QString::fromLatin1(cacheerrc::wrongPassword), cacheerrc::wrongPasswordMessage());
    const QByteArray context = m_ownerTag.toHex() + '/' + checkContext;
    if (m_fresh) {
        if (auto stored = m_db.putRecord(QString::fromLatin1(checkContext), aead->seal(checkText, context)); !stored)
            return stored;
        m_fresh = false;
    } else {
        const auto sealed = m_db.record(QString::fromLatin1(checkContext));
        if (!sealed)
            return std::unexpected(sealed.error());
        if (!*sealed)
            return fail(QString::fromLatin1(cacheerrc::damaged), cacheerrc::damagedMessage());
        const auto opened = aead->open(**sealed, context);
        if (!opened || *opened != checkText) {
            qCInfo(lcCache, "Offline cache not opened: the key does not open its check record");
            return fail(QString::fromLatin1(cacheerrc::wrongPassword), cacheerrc::wrongPasswordMessage());
        }
    }
    m_key = key;
    m_aead = std::move(aead);
    return {};
}

bool ClientCache::isUnlocked() const
{
    return m_aead != nullptr;
}

const QCA::SecureArray &ClientCache::key() const
{
    return m_key;
}

void ClientCache::lock()
{
    m_aead.reset();
    m_key.fill(0);
    m_key.clear();
    m_db.close();
    m_salt.clear();
    m_ownerTag.clear();
    m_fresh = false;
}

Status ClientCache::recreate()
{
    const QString path = m_db.path();
    const QByteArray owner = m_ownerTag;
    if (path.isEmpty())
        return fail(QString::fromLatin1(cacheerrc::locked), cacheerrc::lockedMessage());
    lock();
    if (auto removed = CacheFiles::removeFile(path); !removed)
        return removed;
    if (auto opened = m_db.open(path); !opened)
        return opened;
    m_ownerTag = owner;
    if (auto created = createHeader(); !created) {
        lock();
        return created;
    }
    qCInfo(lcCache, "Offline cache file created afresh");
    return {};
}

Status ClientCache::clearRecords()
{
    if (!isUnlocked())
        return fail(QString::fromLatin1(cacheerrc::locked), cacheerrc::lockedMessage());
    if (auto begun = m_db.begin(); !begun)
        return begun;
    for (const QString &prefix : {u"user"_s, u"webinar"_s, u"registrations/"_s, u"questions/"_s}) {
        if (auto removed = m_db.removeRecords(prefix); !removed) {
            m_db.rollback();
            return removed;
        }
    }
    return m_db.commit();
}

QByteArray ClientCache::sealContext(const QString &context) const
{
    return m_ownerTag.toHex() + '/' + context.toUtf8();
}

Status ClientCache::put(const QString &context, const QJsonValue &payload, const QDateTime &receivedAt)
{
    if (!isUnlocked())
        return fail(QString::fromLatin1(cacheerrc::locked), cacheerrc::lockedMessage());
    return putSealed(context, envelope(payload, receivedAt));
}

QByteArray ClientCache::envelope(const QJsonValue &payload, const QDateTime &receivedAt)
{
    const QJsonObject object {{u"at"_s, receivedAt.toMSecsSinceEpoch()}, {u"value"_s, payload}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Status ClientCache::putSealed(const QString &context, const QByteArray &plain)
{
    if (!isUnlocked())
        return fail(QString::fromLatin1(cacheerrc::locked), cacheerrc::lockedMessage());
    return m_db.putRecord(context, m_aead->seal(plain, sealContext(context)));
}

std::optional<Cached<QJsonValue>> ClientCache::readEnvelope(const QByteArray &plain)
{
    const QJsonDocument document = QJsonDocument::fromJson(plain);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject envelope = document.object();
    return Cached<QJsonValue> {envelope.value(u"value"_s),
                               QDateTime::fromMSecsSinceEpoch(envelope.value(u"at"_s).toInteger(), QTimeZone::UTC)};
}

Result<Cached<QJsonValue>> ClientCache::openRecord(const QString &context, const QByteArray &sealed) const
{
    const auto plain = m_aead->open(sealed, sealContext(context));
    auto record = plain ? readEnvelope(*plain) : std::nullopt;
    if (!record) {
        qCWarning(lcCache, "Damaged offline cache record: %s", qUtf8Printable(context));
        return fail(QString::fromLatin1(cacheerrc::damagedRecord), cacheerrc::damagedRecordMessage(context));
    }
    return std::move(*record);
}

Result<std::optional<Cached<QJsonValue>>> ClientCache::get(const QString &context) const
{
    if (!isUnlocked())
        return fail(QString::fromLatin1(cacheerrc::locked), cacheerrc::lockedMessage());
    const auto sealed = m_db.record(context);
    if (!sealed)
        return std::unexpected(sealed.error());
    if (!*sealed)
        return std::optional<Cached<QJsonValue>>();
    auto opened = openRecord(context, **sealed);
    if (!opened)
        return std::unexpected(opened.error());
    return std::optional<Cached<QJsonValue>>(std::move(*opened));
}

Status ClientCache::replaceRecords(const QString &prefix, qsizetype count,
                                   const std::function<std::pair<QString, QByteArray>(qsizetype)> &record)
{
    if (!isUnlocked())
        return fail(QString::fromLatin1(cacheerrc::locked), cacheerrc::lockedMessage());
    if (auto begun = m_db.begin(); !begun)
        return begun;
    const Status written = [&]() -> Status {
        if (auto removed = m_db.removeRecords(prefix); !removed)
            return removed;
        for (qsizetype i = 0; i < count; ++i) {
            const auto [context, plain] = record(i);
            if (auto stored = putSealed(context, plain); !stored)
                return stored;
        }
        return {};
    }();
    if (!written) {
        m_db.rollback();
        return written;
    }
    return m_db.commit();
}

Status ClientCache::keepFirstRecords(const QString &prefix, qsizetype keep)
{
    if (!isUnlocked())
        return fail(QString::fromLatin1(cacheerrc::locked), cacheerrc::lockedMessage());
    const auto stored = m_db.records(prefix);
    if (!stored)
        return std::unexpected(stored.error());
    for (qsizetype i = keep; i < stored->size(); ++i) {
        if (auto removed = m_db.removeRecord(stored->at(i).first); !removed)
            return removed;
    }
    return {};
}

Result<QList<QPair<QString, QByteArray>>> ClientCache::sealedRecords(const QString &prefix) const
{
    if (!isUnlocked())
        return fail(QString::fromLatin1(cacheerrc::locked), cacheerrc::lockedMessage());
    return m_db.records(prefix);
}

std::optional<QByteArray> ClientCache::openSealed(const QString &context, const QByteArray &sealed) const
{
    if (!isUnlocked())
        return std::nullopt;
    auto plain = m_aead->open(sealed, sealContext(context));
    if (!plain)
        return std::nullopt;
    return std::optional<QByteArray>(std::move(*plain));
}

CacheDatabase &ClientCache::database()
{
    return m_db;
}

} // namespace regiekamer::client
