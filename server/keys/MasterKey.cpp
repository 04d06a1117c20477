#include "keys/MasterKey.h"

#include "base/PrivateFile.h"
#include "crypto/Aead.h"
#include "crypto/KeyDerivation.h"
#include "keys/KeyFile.h"

#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxFileBytes = qsizetype {64} * 1024;
constexpr QByteArrayView checkText = "regiekamer master key check";
constexpr QByteArrayView header = "# Regiekamer master key: one line per version, \"<version> <base64 of 32 bytes>\".\n"
                                  "# Keep it secret, owner-only, and backed up apart from the database.\n";

std::unexpected<Error> masterKeyError(const QString &message)
{
    return fail(u"master_key"_s, message);
}

QByteArray checkContext(int version)
{
    return QByteArray("master_keys/" + QByteArray::number(version) + "/check");
}

// The bytes [from, to) of `source`, in secure memory.
QCA::SecureArray slice(const QCA::SecureArray &source, int from, int to)
{
    QCA::SecureArray part(std::max(0, to - from));
    if (part.size() > 0)
        std::memcpy(part.data(), source.constData() + from, static_cast<size_t>(part.size()));
    return part;
}

} // namespace

QString MasterKey::resolvePath(const QString &optionValue, const QString &dataDir)
{
    if (!optionValue.isEmpty())
        return optionValue;
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    return fromEnvironment.isEmpty() ? QDir(dataDir).filePath(defaultFileName) : fromEnvironment;
}

MasterKey::MasterKey(QString path)
    : m_path(std::move(path))
{
}

Result<std::optional<MasterKey>> MasterKey::load(const QString &path)
{
    if (!QFileInfo::exists(path))
        return std::optional<MasterKey>();
    auto contents = keyFile::readOwnerOnly(path, u"the master key file"_s, maxFileBytes);
    if (!contents)
        return std::unexpected(contents.error());
    MasterKey keys(path);
    if (auto parsed = keys.parse(*contents); !parsed)
        return std::unexpected(parsed.error());
    if (keys.m_keys.empty())
        return masterKeyError(u"The master key file %1 holds no key."_s.arg(path));
    return std::optional<MasterKey>(std::move(keys));
}

Result<MasterKey> MasterKey::fromContents(QString path, const QCA::SecureArray &contents)
{
    MasterKey keys(std::move(path));
    keys.m_inMemoryOnly = true;
    if (auto parsed = keys.parse(contents); !parsed)
        return std::unexpected(parsed.error());
    if (keys.m_keys.empty())
        return masterKeyError(u"The master key file %1 holds no key."_s.arg(keys.m_path));
    return keys;
}

Status MasterKey::parse(const QCA::SecureArray &contents)
{
    int lineNumber = 0;
    for (int start = 0; start < contents.size();) {
        int end = start;
        while (end < contents.size() && contents[end] != '\n')
            ++end;
        const QCA::SecureArray line = slice(contents, start, end);
        start = end + 1;
        ++lineNumber;
        if (line.isEmpty() || line[0] == '#')
            continue;
        int space = 0;
        while (space < line.size() && line[space] != ' ')
            ++space;
        bool ok = false;
        const int version = QByteArray(line.constData(), space).toInt(&ok);
        QCA::Base64 decoder;
        const QCA::SecureArray key(decoder.decode(slice(line, space + 1, line.size())));
        if (!ok || version < 1 || !decoder.ok() || key.size() != keyBytes || m_keys.contains(version)) {
            return masterKeyError(u"The master key file %1 is malformed at line %2: each line must be "
                                  "\"<version> <base64 of %3 bytes>\" with a distinct version."_s.arg(m_path)
                                      .arg(lineNumber)
                                      .arg(keyBytes));
        }
        m_keys.emplace(version, key);
    }
    return {};
}

Status MasterKey::save() const
{
    if (m_inMemoryOnly)
        return masterKeyError(u"The master key from %1 is held in memory only: it is never written in plain form "
                              "(seal it again instead)."_s.arg(m_path));
    return privateFile::replace(m_path, keyFile::bytesOf(contents()));
}

QCA::SecureArray MasterKey::contents() const
{
    QCA::SecureArray contents(QByteArray(header.data(), header.size()));
    for (const auto &[version, key] : m_keys) {
        contents.append(QCA::SecureArray(QByteArray(QByteArray::number(version) + ' ')));
        contents.append(QCA::SecureArray(QCA::Base64().encode(key)));
        contents.append(QCA::SecureArray(QByteArray("\n")));
    }
    return contents;
}

QList<int> MasterKey::versions() const
{
    QList<int> result;
    for (const auto &entry : m_keys)
        result.append(entry.first);
    return result;
}

const QCA::SecureArray *MasterKey::key(int version) const
{
    const auto found = m_keys.find(version);
    return found == m_keys.end() ? nullptr : &found->second;
}

void MasterKey::addRandomKey(int version)
{
    m_keys.insert_or_assign(version, crypto::randomKey(keyBytes));
}

void MasterKey::remove(int version)
{
    m_keys.erase(version);
}

QByteArray MasterKey::checkValue(int version) const
{
    const QCA::SecureArray *master = key(version);
    return master ? crypto::Aead(*master).seal(checkText, checkContext(version)) : QByteArray();
}

bool MasterKey::matchesCheckValue(int version, QByteArrayView checkValue) const
{
    const QCA::SecureArray *master = key(version);
    if (!master)
        return false;
    auto opened = crypto::Aead(*master).open(checkValue, checkContext(version));
    return opened && QByteArrayView(*opened) == checkText;
}

} // namespace regiekamer::server
