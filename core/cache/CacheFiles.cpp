#include "cache/CacheFiles.h"

#include "base/PrivateFile.h"
#include "cache/CacheErrors.h"
#include "crypto/KeyDerivation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

constexpr auto namingKeyFile = "naming.key";
constexpr auto suffix = ".rkcache";
constexpr int namingKeyBytes = 32;

Status cannotWrite(const QString &path)
{
    return fail(QString::fromLatin1(cacheerrc::unavailable), cacheerrc::unavailableMessage(path));
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

Result<QByteArray> CacheFiles::keyedHash(QByteArrayView purpose, const QUrl &server, const QString &email,
                                         bool create) const
{
    const QString keyPath = m_directory + u'/' + QLatin1StringView(namingKeyFile);
    QFile keyFile(keyPath);
    QByteArray key;
    if (keyFile.open(QIODevice::ReadOnly))
        key = keyFile.readAll();
    if (key.size() != namingKeyBytes) {
        if (!create)
            return QByteArray();
        if (!privateFile::ensureDirectory(m_directory))
            return std::unexpected(cannotWrite(m_directory).error());
        key = crypto::randomKey(namingKeyBytes).toByteArray();
        if (!privateFile::replace(keyPath, key))
            return std::unexpected(cannotWrite(keyPath).error());
    }
    const QByteArray message = purpose + '\n' + server.adjusted(QUrl::StripTrailingSlash).toEncoded() + '\n' +
        email.trimmed().toCaseFolded().toUtf8();
    return crypto::hmacSha256(QCA::SecureArray(key), message);
}

Result<QString> CacheFiles::fileFor(const QUrl &server, const QString &email, bool create) const
{
    const auto hash = keyedHash("file", server, email, create);
    if (!hash)
        return std::unexpected(hash.error());
    if (hash->isEmpty())
        return QString();
    return m_directory + u'/' + QString::fromLatin1(hash->left(16).toHex()) + QLatin1StringView(suffix);
}

Result<QByteArray> CacheFiles::ownerTag(const QUrl &server, const QString &email, bool create) const
{
    return keyedHash("owner", server, email, create);
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
    if (dir.exists(QLatin1StringView(namingKeyFile)) && !dir.remove(QLatin1StringView(namingKeyFile)))
        return fail(QString::fromLatin1(cacheerrc::unavailable),
                    cacheerrc::cannotRemoveMessage(dir.filePath(QLatin1StringView(namingKeyFile))));
    return {};
}

} // namespace regiekamer::client
