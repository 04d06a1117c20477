#include "cache/ClientCache.h"

#include "cache/CacheErrors.h"
#include "cache/CacheLogging.h"
#include "cache/CachePadding.h"
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

constexpr auto checkName = "check"; // the one record under a plain name: it is read before the key is known
constexpr auto checkText = "regiekamer offline cache check v2";
constexpr auto keychainHeader = "keychain";
constexpr auto expiresHeader = "expires";
constexpr int storedNameBytes = 16;

auto lockedCache()
{
    return fail(QString::fromLatin1(cacheerrc::locked), cacheerrc::lockedMessage());
}

auto damagedFile()
{
    return fail(QString::fromLatin1(cacheerrc::damaged), cacheerrc::damagedMessage());
}

// Whose file it is, as sealed in the check record: the server's address and the e-mail, normalised.
QByteArray identity(const QUrl &server, const QString &email)
{
    return server.adjusted(QUrl::StripTrailingSlash).toEncoded() + '\n' + email.trimmed().toCaseFolded().toUtf8();
}

QByteArray checkPlaintext(const QUrl &server, const QString &email)
{
    const QJsonObject object {{u"check"_s, QLatin1StringView(checkText)},
                              {u"owner"_s, QString::fromUtf8(identity(server, email))}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QCA::SecureArray fileKeyFor(const QCA::SecureArray &directoryKey, const QByteArray &fileId)
{
    return crypto::hkdfSha256(directoryKey, fileId, "regiekamer offline cache file v2", cachekey::keyBytes);
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

Result<std::optional<DirectoryKdf>> ClientCache::directoryKdf(bool create) const
{
    return CacheFiles(m_config.directory).kdf(create, m_config.kdf);
}

Result<bool> ClientCache::open(const QUrl &server, const QString &email, const QCA::SecureArray &directoryKey,
                               bool create)
{
    lock();
    const CacheFiles files(m_config.directory);
    // Each try is an SQLite open, an HKDF and one AES-GCM open of a small record: microseconds to a millisecond.
    for (const QString &path : files.cacheFiles()) {
        const QByteArray id = CacheFiles::fileId(path);
        if (!id.isEmpty() && openFile(path, fileKeyFor(directoryKey, id), server, email))
            return true;
    }
    if (!create)
        return false;
    if (auto created = createFile(server, email, directoryKey); !created)
        return std::unexpected(created.error());
    return true;
}

Status ClientCache::createFile(const QUrl &server, const QString &email, const QCA::SecureArray &directoryKey)
{
    const auto path = CacheFiles(m_config.directory).newFilePath();
    if (!path)
        return std::unexpected(path.error());
    if (auto opened = m_db.open(*path); !opened)
        return opened;
    const QByteArray id = CacheFiles::fileId(*path);
    useKey(fileKeyFor(directoryKey, id), id);
    const Status written = [&]() -> Status {
        if (auto begun = m_db.begin(); !begun)
            return begun;
        for (const auto &[name, value] : {std::pair {u"format"_s, QByteArray(CacheFiles::format)},
                                          std::pair {QString::fromLatin1(keychainHeader), QByteArray("0")}}) {
            if (auto done = m_db.setHeader(name, value); !done)
                return done;
        }
        const QByteArray sealed =
            m_aead->seal(cachepadding::pad(checkPlaintext(server, email)), sealContext(u"check"_s));
        if (auto done = m_db.putRecord(QString::fromLatin1(checkName), sealed); !done)
            return done;
        return m_db.commit();
    }();
    if (!written) {
        m_db.rollback();
        const QString created = m_db.path();
        lock();
        (void)CacheFiles::removeFile(created);
        return written;
    }
    qCInfo(lcCache, "Offline cache file created");
    return {};
}

Status ClientCache::openFile(const QString &path, const QCA::SecureArray &fileKey, const QUrl &server,
                             const QString &email)
{
    lock();
    const QByteArray id = CacheFiles::fileId(path);
    if (id.isEmpty() || !QFile::exists(path))
        return damagedFile();
    if (auto opened = m_db.open(path); !opened)
        return opened;
    const auto format = m_db.header(u"format"_s);
    Status checked = !format || !*format || **format != CacheFiles::format ? Status(damagedFile()) : Status();
    if (checked) {
        useKey(fileKey, id);
        checked = checkIdentity(server, email);
    }
    if (!checked)
        lock();
    return checked;
}

Status ClientCache::checkIdentity(const QUrl &server, const QString &email)
{
    const auto sealed = m_db.record(QString::fromLatin1(checkName));
    if (!sealed)
        return std::unexpected(sealed.error());
    if (!*sealed)
        return damagedFile();
    const auto plain = openSealed(u"check"_s, **sealed);
    if (!plain)
        return fail(QString::fromLatin1(cacheerrc::wrongPassword), cacheerrc::wrongPasswordMessage());
    const QJsonObject check = QJsonDocument::fromJson(*plain).object();
    if (check.value(u"check"_s).toString() != QLatin1StringView(checkText))
        return damagedFile();
    if (!crypto::constantTimeEquals(check.value(u"owner"_s).toString().toUtf8(), identity(server, email)))
        return fail(QString::fromLatin1(cacheerrc::otherAccount), cacheerrc::otherAccountMessage());
    return {};
}

void ClientCache::useKey(const QCA::SecureArray &fileKey, const QByteArray &fileId)
{
    m_key = fileKey;
    m_fileId = fileId;
    m_namesKey = crypto::hkdfSha256(fileKey, {}, "regiekamer offline cache record names v2", cachekey::keyBytes);
    const QCA::SecureArray sealKey =
        crypto::hkdfSha256(fileKey, {}, "regiekamer offline cache records v2", cachekey::keyBytes);
    m_aead = std::make_unique<crypto::Aead>(sealKey);
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

Status ClientCache::setExpiryHint(const QDateTime &offlineUntil)
{
    if (!m_db.isOpen())
        return lockedCache();
    return m_db.setHeader(QString::fromLatin1(expiresHeader), QByteArray::number(offlineUntil.toMSecsSinceEpoch()));
}

bool ClientCache::isAttached() const
{
    return m_db.isOpen();
}

QString ClientCache::filePath() const
{
    return m_db.path();
}

bool ClientCache::isUnlocked() const
{
    return m_aead != nullptr && m_db.isOpen();
}

const QCA::SecureArray &ClientCache::key() const
{
    return m_key;
}

void ClientCache::lock()
{
    m_aead.reset();
    for (QCA::SecureArray *secret : {&m_key, &m_namesKey}) {
        secret->fill(0);
        secret->clear();
    }
    m_db.close();
    m_fileId.clear();
}

Status ClientCache::removeFile()
{
    const QString path = m_db.path();
    lock();
    if (path.isEmpty())
        return {};
    qCInfo(lcCache, "Offline cache file deleted");
    return CacheFiles::removeFile(path);
}

Status ClientCache::clearRecords()
{
    if (!isUnlocked())
        return lockedCache();
    return m_db.removeRecordsExcept({QString::fromLatin1(checkName), storedName(u"lease"_s)});
}

QString ClientCache::storedName(const QString &context) const
{
    return QString::fromLatin1(crypto::hmacSha256(m_namesKey, context.toUtf8()).left(storedNameBytes).toHex());
}

QByteArray ClientCache::sealContext(const QString &context) const
{
    return m_fileId.toHex() + '/' + context.toUtf8();
}

Status ClientCache::put(const QString &context, const QJsonValue &payload, const QDateTime &receivedAt)
{
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
        return lockedCache();
    return m_db.putRecord(storedName(context), m_aead->seal(cachepadding::pad(plain), sealContext(context)));
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
    const auto plain = openSealed(context, sealed);
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
        return lockedCache();
    const auto sealed = m_db.record(storedName(context));
    if (!sealed)
        return std::unexpected(sealed.error());
    if (!*sealed)
        return std::optional<Cached<QJsonValue>>();
    auto opened = openRecord(context, **sealed);
    if (!opened)
        return std::unexpected(opened.error());
    return std::optional<Cached<QJsonValue>>(std::move(*opened));
}

QString ClientCache::pageName(const QString &prefix, qint64 page)
{
    return prefix + u"%1"_s.arg(page, 6, 10, QLatin1Char('0'));
}

qsizetype ClientCache::pageCount(const QString &prefix) const
{
    qsizetype count = 0;
    for (;; ++count) {
        const auto sealed = m_db.record(storedName(pageName(prefix, count)));
        if (!sealed || !*sealed)
            return count;
    }
}

Status ClientCache::replacePages(const QString &prefix, qsizetype count,
                                 const std::function<QByteArray(qsizetype)> &plain)
{
    if (!isUnlocked())
        return lockedCache();
    if (auto begun = m_db.begin(); !begun)
        return begun;
    const Status written = [&]() -> Status {
        for (qsizetype i = 0; i < count; ++i) {
            if (auto stored = putSealed(pageName(prefix, i), plain(i)); !stored)
                return stored;
        }
        return keepFirstPages(prefix, count);
    }();
    if (!written) {
        m_db.rollback();
        return written;
    }
    return m_db.commit();
}

Status ClientCache::keepFirstPages(const QString &prefix, qsizetype keep)
{
    if (!isUnlocked())
        return lockedCache();
    const qsizetype stored = pageCount(prefix);
    for (qsizetype page = keep; page < stored; ++page) {
        if (auto removed = m_db.removeRecord(storedName(pageName(prefix, page))); !removed)
            return removed;
    }
    return {};
}

Result<QList<QPair<QString, QByteArray>>> ClientCache::sealedPages(const QString &prefix) const
{
    if (!isUnlocked())
        return lockedCache();
    QList<QPair<QString, QByteArray>> pages;
    for (qint64 page = 0;; ++page) {
        const QString name = pageName(prefix, page);
        const auto sealed = m_db.record(storedName(name));
        if (!sealed)
            return std::unexpected(sealed.error());
        if (!*sealed)
            return pages;
        pages.append({name, **sealed});
    }
}

std::optional<QByteArray> ClientCache::openSealed(const QString &context, const QByteArray &sealed) const
{
    if (!m_aead)
        return std::nullopt;
    const auto plain = m_aead->open(sealed, sealContext(context));
    if (!plain)
        return std::nullopt;
    return cachepadding::unpad(*plain);
}

CacheDatabase &ClientCache::database()
{
    return m_db;
}

} // namespace regiekamer::client
