#include "cache/CacheFiles.h"

#include "base/PrivateFile.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheErrors.h"
#include "cache/CacheKey.h"
#include "cache/CacheLogging.h"
#include "crypto/KeyDerivation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

constexpr auto saltFile = "salt";
constexpr auto saltFormat = "regiekamer-offline-directory-2";
constexpr auto legacyNamingKey = "naming.key"; // format 1 kept an HMAC key of (server, e-mail) here
constexpr qsizetype maximumSaltFile = 4096;

Status cannotWrite(const QString &path)
{
    return fail(QString::fromLatin1(cacheerrc::unavailable), cacheerrc::unavailableMessage(path));
}

Status damaged()
{
    return fail(QString::fromLatin1(cacheerrc::damaged), cacheerrc::damagedMessage());
}

QByteArray encodeKdf(const DirectoryKdf &kdf)
{
    const QJsonObject object {{u"format"_s, QLatin1StringView(saltFormat)},
                              {u"salt"_s, QString::fromLatin1(kdf.salt.toHex())},
                              {u"argon2_m"_s, qint64(kdf.parameters.memoryKiB)},
                              {u"argon2_t"_s, qint64(kdf.parameters.iterations)},
                              {u"argon2_p"_s, qint64(kdf.parameters.lanes)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<DirectoryKdf> decodeKdf(const QByteArray &bytes)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (object.value(u"format"_s).toString() != QLatin1StringView(saltFormat))
        return std::nullopt;
    const auto number = [&object](const QString &name) {
        return static_cast<quint32>(std::clamp<qint64>(object.value(name).toInteger(), 0, 1ll << 31));
    };
    DirectoryKdf kdf {QByteArray::fromHex(object.value(u"salt"_s).toString().toLatin1()),
                      {number(u"argon2_m"_s), number(u"argon2_t"_s), number(u"argon2_p"_s)}};
    if (kdf.salt.size() != cachekey::saltBytes || !cachekey::acceptable(kdf.parameters))
        return std::nullopt;
    return kdf;
}

} // namespace

CacheFiles::CacheFiles(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
}

QString CacheFiles::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/offline"_s;
}

QString CacheFiles::directory() const
{
    return m_directory;
}

Result<std::optional<DirectoryKdf>> CacheFiles::kdf(bool create, const crypto::Argon2Parameters &forNew) const
{
    const QString path = m_directory + u'/' + QLatin1StringView(saltFile);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        if (auto kdf = decodeKdf(file.read(maximumSaltFile)))
            return std::optional<DirectoryKdf>(std::move(*kdf));
        if (!create)
            return std::unexpected(damaged().error());
        qCWarning(lcCache, "The offline cache directory's salt file is unusable: made afresh");
    } else if (!create) {
        return std::optional<DirectoryKdf>();
    }
    if (!privateFile::ensureDirectory(m_directory))
        return std::unexpected(cannotWrite(m_directory).error());
    const DirectoryKdf kdf {crypto::randomKey(cachekey::saltBytes).toByteArray(), forNew};
    // Files sealed under an earlier salt can no longer be found; removeExpired() deletes them once their lease ends.
    if (!privateFile::replace(path, encodeKdf(kdf)))
        return std::unexpected(cannotWrite(path).error());
    return std::optional<DirectoryKdf>(kdf);
}

QStringList CacheFiles::cacheFiles() const
{
    const QDir dir(m_directory);
    QStringList paths;
    for (const QString &name : dir.entryList({u"*"_s + QLatin1StringView(suffix)}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

Result<QString> CacheFiles::newFilePath() const
{
    if (!privateFile::ensureDirectory(m_directory))
        return std::unexpected(cannotWrite(m_directory).error());
    const QByteArray id = crypto::randomKey(fileIdBytes).toByteArray();
    return m_directory + u'/' + QString::fromLatin1(id.toHex()) + QLatin1StringView(suffix);
}

QByteArray CacheFiles::fileId(const QString &path)
{
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    if (info.suffix() != QLatin1StringView(suffix).mid(1) || base.size() != fileIdBytes * 2)
        return {};
    for (const QChar c : base) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return {};
    }
    return QByteArray::fromHex(base.toLatin1());
}

std::optional<CacheFileHeader> CacheFiles::readHeader(const QString &path)
{
    CacheDatabase db;
    if (!db.open(path))
        return std::nullopt;
    const auto value = [&db](const QString &name) {
        const auto found = db.header(name);
        return found && *found ? **found : QByteArray();
    };
    CacheFileHeader header;
    header.format = value(u"format"_s);
    bool ok = false;
    const qint64 expires = value(u"expires"_s).toLongLong(&ok);
    if (ok)
        header.expiresHint = QDateTime::fromMSecsSinceEpoch(expires, QTimeZone::UTC);
    header.keyInKeychain = value(u"keychain"_s) == "1";
    return header;
}

QStringList CacheFiles::removeExpired(const QDateTime &now) const
{
    QStringList keychainFiles;
    for (const QString &path : cacheFiles()) {
        const auto header = readHeader(path);
        const bool current = header && header->format == CacheFiles::format && !fileId(path).isEmpty();
        if (current && header->expiresHint.isValid() && header->expiresHint >= now)
            continue;
        qCInfo(lcCache, "An offline cache file that can no longer be opened was removed (%s)",
               current ? "lease ended" : "other format or damaged");
        if (!removeFile(path))
            continue;
        if (header && header->keyInKeychain)
            keychainFiles.append(path);
    }
    QFile::remove(m_directory + u'/' + QLatin1StringView(legacyNamingKey));
    return keychainFiles;
}

Status CacheFiles::removeFile(const QString &path)
{
    for (const QString &name : QStringList {path, path + u"-journal"_s, path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFile::exists(name) && !QFile::remove(name))
            return fail(QString::fromLatin1(cacheerrc::unavailable), cacheerrc::cannotRemoveMessage(name));
    }
    return {};
}

Status CacheFiles::removeAll() const
{
    QDir dir(m_directory);
    if (!dir.exists())
        return {};
    const auto files = dir.entryList({u"*"_s + QLatin1StringView(suffix) + u"*"_s}, QDir::Files);
    for (const QString &name : files) {
        if (!dir.remove(name))
            return fail(QString::fromLatin1(cacheerrc::unavailable),
                        cacheerrc::cannotRemoveMessage(dir.filePath(name)));
    }
    for (const auto *name : {saltFile, legacyNamingKey}) {
        if (dir.exists(QLatin1StringView(name)) && !dir.remove(QLatin1StringView(name)))
            return fail(QString::fromLatin1(cacheerrc::unavailable),
                        cacheerrc::cannotRemoveMessage(dir.filePath(QLatin1StringView(name))));
    }
    return {};
}

} // namespace regiekamer::client
