#include "backup/ObjectChain.h"

#include "backup/BackupAuth.h"
#include "backup/Spool.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {

constexpr auto chainCode = "backup_chain_broken";
constexpr auto readCode = "backup_unreadable";
// Sections held in memory: the key files are a few hundred bytes, a changes section is what a few seconds of
// writes produced. A header that declares more is not trusted with memory before its MAC is checked.
constexpr qint64 fileSectionLimit = 1 << 20;
constexpr qint64 changesSectionLimit = qint64(1) << 31;
constexpr qint64 chunkBytes = 1 << 20;
constexpr int stallMilliseconds = 120'000;

// Reads the next piece of at most `maximum` bytes, waiting for a process's output; empty when the stream ended.
QByteArray readSome(QIODevice &in, qint64 maximum)
{
    QByteArray piece = in.read(maximum);
    while (piece.isEmpty() && in.waitForReadyRead(stallMilliseconds))
        piece = in.read(maximum);
    return piece;
}

// Hands `size` bytes of `in` to `consume`, piece by piece.
template<typename Consume> Status readExactly(QIODevice &in, qint64 size, const QString &what, Consume consume)
{
    for (qint64 left = size; left > 0;) {
        const QByteArray piece = readSome(in, std::min(left, chunkBytes));
        if (piece.isEmpty())
            return fail(QString::fromLatin1(readCode), u"%1 ends early: it is truncated."_s.arg(what));
        if (auto consumed = consume(piece); !consumed)
            return consumed;
        left -= piece.size();
    }
    return {};
}

Status copySection(QIODevice &in, qint64 size, const QString &what, const QString &path)
{
    QFile out(path);
    if (!path.isEmpty() && !out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(QString::fromLatin1(readCode), u"Cannot write %1: %2"_s.arg(path, out.errorString()));
    auto copied = readExactly(in, size, what, [&](const QByteArray &piece) -> Status {
        if (path.isEmpty() || out.write(piece) == piece.size())
            return {};
        return fail(QString::fromLatin1(readCode), u"Cannot write %1: %2"_s.arg(path, out.errorString()));
    });
    if (copied && !path.isEmpty() && !out.flush())
        return fail(QString::fromLatin1(readCode), u"Cannot write %1: %2"_s.arg(path, out.errorString()));
    return copied;
}

Result<QByteArray> readSection(QIODevice &in, qint64 size, qint64 limit, const QString &what)
{
    if (size > limit)
        return fail(QString::fromLatin1(readCode),
                    u"%1 declares %2 bytes, more than a restore accepts."_s.arg(what).arg(size));
    QByteArray bytes;
    auto read = readExactly(in, size, what, [&](const QByteArray &piece) -> Status {
        bytes.append(piece);
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return bytes;
}

bool isFileSection(const QString &name)
{
    return name == QLatin1StringView(sections::masterKey) || name == QLatin1StringView(sections::auditKey) ||
        name == QLatin1StringView(sections::auditAnchor) || name == QLatin1StringView(sections::sealedKeyring) ||
        name == QLatin1StringView(sections::sealConfig);
}

// The problem of an object that cannot be read, named as the target names it (not by the local copy), with what to
// do about it.
QString readProblem(const QString &name, const QString &localCopy, QString message)
{
    message.replace(localCopy, name);
    if (!message.contains(name))
        message = name + u": "_s + message;
    if (message.contains("no identity matched"_L1))
        return message +
            u". The identity file is not a recipient of this backup: use the identity whose recipient "
            u"the server was given (--backup-recipients)."_s;
    return message + u". The object was changed or cut short on the target: try the other target."_s;
}

} // namespace

std::optional<ObjectName> ObjectName::parse(const QString &fileName)
{
    static const QRegularExpression pattern(u"^([0-9A-Za-z]+)-([0-9]{12})-([a-z]+)\\.age$"_s);
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    ObjectName name {fileName, match.captured(1), match.captured(2).toLongLong(), ObjectKind::Changes};
    if (match.captured(3) == objectKindName(ObjectKind::Snapshot))
        name.kind = ObjectKind::Snapshot;
    else if (match.captured(3) != objectKindName(ObjectKind::Changes))
        return std::nullopt;
    return name;
}

QString displayTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz'Z'"_s) : u"-"_s;
}

ObjectChain::ObjectChain(std::unique_ptr<BackupTarget> target, const QString &workParent)
    : m_target(std::move(target))
    , m_work(QDir(workParent.isEmpty() ? QDir::tempPath() : workParent).filePath(u"regiekamer-backup-XXXXXX"_s))
{
}

Result<std::unique_ptr<ObjectChain>> ObjectChain::open(const ChainSource &source)
{
    auto target = makeTarget(source.target, source.options);
    if (!target)
        return std::unexpected(target.error());
    std::unique_ptr<ObjectChain> chain(new ObjectChain(std::move(*target), source.workParent));
    if (!chain->m_work.isValid())
        return fail(QString::fromLatin1(readCode),
                    u"Cannot create a private work directory: %1. Set TMPDIR to a directory with room for a "
                    u"snapshot."_s.arg(chain->m_work.errorString()));
    if (!source.identityPath.isEmpty()) {
        auto age = AgeTool::locate();
        if (!age)
            return std::unexpected(age.error());
        chain->m_age = std::move(*age);
        auto recipients = auth::readIdentityFile(*chain->m_age, source.identityPath);
        if (!recipients)
            return std::unexpected(recipients.error());
        chain->m_identityPath = source.identityPath;
        chain->m_recipients = std::move(*recipients);
    }
    auto names = chain->m_target->list();
    if (!names)
        return std::unexpected(names.error());
    for (const QString &name : std::as_const(*names)) {
        if (auto object = ObjectName::parse(name))
            chain->m_objects.append(*object);
        else
            chain->m_otherNames.append(name);
    }
    return chain;
}

QStringList ObjectChain::installations() const
{
    QStringList ids;
    for (const ObjectName &object : m_objects) {
        if (!ids.contains(object.installation))
            ids.append(object.installation);
    }
    return ids;
}

QList<ObjectName> ObjectChain::objectsOf(const QString &installation) const
{
    QList<ObjectName> result;
    std::ranges::copy_if(m_objects, std::back_inserter(result),
                         [&](const ObjectName &object) { return object.installation == installation; });
    std::ranges::stable_sort(result, {}, &ObjectName::number);
    return result;
}

Result<QString> ObjectChain::chooseInstallation(const QString &wanted)
{
    const QStringList ids = installations();
    if (ids.isEmpty())
        return fail(QString::fromLatin1(readCode),
                    u"%1 holds no backup objects. Check the target (--from) and, for rclone, the remote's path."_s.arg(
                        m_target->description()));
    if (!wanted.isEmpty() && !ids.contains(wanted))
        return fail(QString::fromLatin1(readCode),
                    u"%1 holds no objects of installation %2; it holds: %3."_s.arg(m_target->description(), wanted,
                                                                                   ids.join(u", "_s)));
    if (!wanted.isEmpty() || ids.size() == 1)
        return wanted.isEmpty() ? ids.constFirst() : wanted;
    QString newest;
    QDateTime newestAt;
    for (const QString &id : ids) {
        auto last = read(objectsOf(id).constLast());
        if (!last)
            return fail(last.error().code,
                        last.error().message +
                            u" Choose the installation with --installation (one of: %1)."_s.arg(ids.join(u", "_s)));
        if (!newestAt.isValid() || last->header.createdAt > newestAt) {
            newest = id;
            newestAt = last->header.createdAt;
        }
    }
    return newest;
}

Result<ReadObject> ObjectChain::read(const ObjectName &object, const QString &databasePath)
{
    if (!m_age || m_recipients.isEmpty())
        return fail(QString::fromLatin1(readCode),
                    u"Reading the objects needs the backup identity (--identity FILE)."_s);
    const QString cipherPath = m_work.filePath(u"object.age"_s);
    QFile::remove(cipherPath);
    const auto removeCipher = qScopeGuard([&] { QFile::remove(cipherPath); });
    if (auto got = m_target->get(object.name, cipherPath); !got)
        return fail(got.error().code,
                    u"Cannot download %1 from %2: %3"_s.arg(object.name, m_target->description(), got.error().message));
    std::optional<Error> firstError;
    // Every identity in the file is tried; the one that authenticated an object goes first from then on.
    for (qsizetype i = 0; i < m_recipients.size(); ++i) {
        if (!databasePath.isEmpty())
            QFile::remove(databasePath);
        auto read = readAs(m_recipients.at(i), object, cipherPath, databasePath);
        if (read) {
            m_recipients.move(i, 0);
            if (!databasePath.isEmpty() && !read->blobName.isEmpty()) {
                if (auto fetched = fetchBlob(*read, databasePath); !fetched)
                    return std::unexpected(fetched.error());
                read->databasePath = databasePath;
            }
            return read;
        }
        if (!firstError)
            firstError = read.error();
    }
    return std::unexpected(*firstError);
}

Result<ReadObject> ObjectChain::readAs(const Recipient &recipient, const ObjectName &object, const QString &cipherPath,
                                       const QString &databasePath)
{
    ReadObject result;
    QByteArray changes;
    ObjectReader reader(recipient);
    const auto sink = [&](const Section &section, QIODevice &in, qint64 size) -> Status {
        const QString what = u"Section %1 of %2"_s.arg(section.name, object.name);
        if (section.name == QLatin1StringView(sections::database)) {
            result.databasePath = databasePath;
            return copySection(in, size, what, databasePath);
        }
        if (section.name == QLatin1StringView(spool::databaseBlobSection)) {
            auto bytes = readSection(in, size, fileSectionLimit, what);
            if (!bytes)
                return std::unexpected(bytes.error());
            const QJsonObject blob = QJsonDocument::fromJson(*bytes).object();
            result.blobName = blob.value(u"name"_s).toString();
            result.blobSize = blob.value(u"size"_s).toInteger(-1);
            result.blobSha256 = QByteArray::fromHex(blob.value(u"sha256"_s).toString().toLatin1());
            return {};
        }
        const bool inMemory = isFileSection(section.name) || section.name == QLatin1StringView(sections::changes);
        if (!inMemory) // a section of a later format: authenticated with the rest, but not used
            return copySection(in, size, what, {});
        auto bytes = readSection(in, size, isFileSection(section.name) ? fileSectionLimit : changesSectionLimit, what);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (isFileSection(section.name)) {
            result.files[section.name] = QCA::SecureArray(*bytes);
            bytes->fill('\0'); // the key files are secrets: no copy outside secure memory stays behind
        } else {
            changes = std::move(*bytes);
        }
        return {};
    };
    auto decrypted = m_age->decrypt(m_identityPath, cipherPath, [&](QIODevice &plain) -> Status {
        auto header = reader.readHeader(plain);
        if (!header)
            return std::unexpected(header.error());
        result.header = *header;
        if (auto sectionsRead = reader.readSections(plain, sink); !sectionsRead)
            return sectionsRead;
        auto hash = reader.finish(plain);
        if (!hash)
            return std::unexpected(hash.error());
        result.hash = *hash;
        return {};
    });
    if (!decrypted)
        return fail(decrypted.error().code, readProblem(object.name, cipherPath, decrypted.error().message));
    auto records = decodeChanges(changes);
    if (!records)
        return fail(records.error().code,
                    u"%1: its changes cannot be decoded: %2"_s.arg(object.name, records.error().message));
    result.changes = std::move(*records);
    return result;
}

Status ObjectChain::fetchBlob(const ReadObject &object, const QString &databasePath)
{
    const QString expected = spool::databaseBlobName(object.header.installation, object.header.number);
    const auto damaged = [&](const QString &problem) {
        return fail(QString::fromLatin1(databaseMissingCode),
                    u"%1: the snapshot's database %2 %3"_s.arg(object.header.fileName(), expected, problem));
    };
    if (object.blobName != expected || object.blobSize < 0 || object.blobSha256.size() != 32)
        return damaged(u"is named wrongly in the snapshot"_s);
    const QString cipherPath = m_work.filePath(u"database.age"_s);
    QFile::remove(cipherPath);
    const auto removeCipher = qScopeGuard([&] { QFile::remove(cipherPath); });
    if (auto got = m_target->get(expected, cipherPath); !got)
        return damaged(u"cannot be downloaded from %1: %2"_s.arg(m_target->description(), got.error().message));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    auto decrypted = m_age->decrypt(m_identityPath, cipherPath, [&](QIODevice &plain) -> Status {
        QFile out(databasePath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QString::fromLatin1(readCode), u"Cannot write %1: %2"_s.arg(databasePath, out.errorString()));
        for (QByteArray piece; !(piece = readSome(plain, chunkBytes)).isEmpty();) {
            hash.addData(piece);
            size += piece.size();
            if (out.write(piece) != piece.size())
                return fail(QString::fromLatin1(readCode),
                            u"Cannot write %1: %2"_s.arg(databasePath, out.errorString()));
        }
        return {};
    });
    if (!decrypted)
        return damaged(u"cannot be decrypted: "_s + decrypted.error().message);
    if (size != object.blobSize || hash.result() != object.blobSha256)
        return damaged(u"is not the one the snapshot vouches for (changed, cut short or swapped)"_s);
    return {};
}

Status Succession::accept(const ObjectName &name, const ReadObject &object)
{
    const ObjectHeader &header = object.header;
    const auto broken = [&](const QString &problem) {
        return fail(QString::fromLatin1(chainCode), u"%1: %2"_s.arg(name.name, problem));
    };
    if (header.installation != name.installation)
        return broken(u"it holds object %1 of another installation, %2: a foreign object"_s.arg(header.number)
                          .arg(header.installation));
    if (header.fileName() != name.name)
        return broken(u"it holds object %1 (%2): it was renamed, copied or replayed"_s.arg(header.number)
                          .arg(objectKindName(header.kind)));
    if (header.kind == ObjectKind::Snapshot && std::ranges::none_of(header.sections, [](const Section &section) {
            return section.name == QLatin1StringView(sections::database) ||
                section.name == QLatin1StringView(spool::databaseBlobSection);
        }))
        return broken(u"the snapshot holds no database and names none"_s);
    if (!m_last && header.kind != ObjectKind::Snapshot)
        return broken(u"the oldest object to check is not a snapshot: the objects before it are missing"_s);
    if (auto follows = checkSuccession(m_last, m_lastHash, header); !follows)
        return broken(follows.error().message);
    qint64 previous = m_last ? m_last->lastSequence : 0;
    for (const ChangeRecord &record : object.changes) {
        if (record.sequence <= previous || record.sequence < header.firstSequence ||
            record.sequence > header.lastSequence)
            return broken(
                u"its change %1 is out of order (after change %2; the object declares %3 to %4)"_s.arg(record.sequence)
                    .arg(previous)
                    .arg(header.firstSequence)
                    .arg(header.lastSequence));
        previous = record.sequence;
    }
    m_last = header;
    m_lastHash = object.hash;
    return {};
}

} // namespace regiekamer::server::backup
