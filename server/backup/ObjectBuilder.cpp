#include "backup/ObjectBuilder.h"

#include "backup/PendingObject.h"
#include "backup/SnapshotCopy.h"
#include "backup/Spool.h"
#include "base/ApiError.h"
#include "db/Migrations.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <climits>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maximumChangesBytes = 8 * 1024 * 1024;

QString newInstallation()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// The records up to `upTo`, stopping before a schema marker (after it only a new snapshot can continue).
QList<ChangeRecord> applicable(const QList<ChangeRecord> &records, qint64 upTo, bool &markerFound)
{
    QList<ChangeRecord> taken;
    for (const ChangeRecord &record : records) {
        if (record.sequence > upTo)
            break;
        if (record.type == ChangeRecord::Type::SchemaMarker) {
            markerFound = true;
            break;
        }
        taken.append(record);
    }
    return taken;
}

} // namespace

ObjectBuilder::ObjectBuilder(Database &database, const BackupConfig &config, const AgeTool &age)
    : m_config(config)
    , m_age(age)
    , m_log(database)
{
}

Status ObjectBuilder::load()
{
    auto position = m_log.position();
    if (!position)
        return std::unexpected(position.error());
    m_position = *position;
    auto recovered = pending::recover(m_config.spoolDir(), m_position);
    if (!recovered)
        return std::unexpected(recovered.error());
    if (*recovered)
        return m_log.advance(m_position);
    return {};
}

QDateTime ObjectBuilder::nextSnapshotAt() const
{
    if (!m_position.lastSnapshotAt.isValid())
        return QDateTime::currentDateTimeUtc();
    return m_position.lastSnapshotAt.addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(m_config.options.snapshotInterval).count());
}

bool ObjectBuilder::snapshotDue()
{
    if (m_snapshotWanted || m_position.installation.isEmpty() || m_position.lastNumber == 0 ||
        QDateTime::currentDateTimeUtc() >= nextSnapshotAt())
        return true;
    auto requested = m_log.snapshotRequest();
    return requested && *requested && **requested > m_position.lastSnapshotAt;
}

Result<bool> ObjectBuilder::step()
{
    if (snapshotDue()) {
        if (auto written = writeSnapshot(); !written)
            return std::unexpected(written.error());
        return true;
    }
    return writeChanges(LLONG_MAX);
}

Result<bool> ObjectBuilder::writeChanges(qint64 upToSequence)
{
    // The anchor before the rows (it only ever vouches for entries already committed), the keys after them (a key
    // is in its file before any row uses it).
    auto anchor = m_config.files.read(true, false);
    auto records = m_log.pending(m_position.lastSequence, maximumChangesBytes);
    if (const auto error = firstError(anchor, records))
        return std::unexpected(*error);
    bool markerFound = false;
    QList<ChangeRecord> taken = applicable(*records, upToSequence, markerFound);
    // Commit times never go back in the sequence, even when the clock is stepped back (restore and verify refuse a
    // sequence whose times go backwards).
    for (ChangeRecord &record : taken) {
        if (m_lastCommit.isValid() && record.committedAt < m_lastCommit)
            record.committedAt = m_lastCommit;
        m_lastCommit = record.committedAt;
    }
    if (markerFound)
        m_snapshotWanted = true;
    if (taken.isEmpty())
        return false;
    auto keys = m_config.files.read(false, true);
    if (!keys)
        return std::unexpected(keys.error());
    std::map<QString, QByteArray> files = *anchor;
    files.insert(keys->begin(), keys->end());
    std::map<QString, QByteArray> contents = changedFiles(files);
    contents[QString::fromLatin1(sections::changes)] = encodeChanges(taken);
    ObjectHeader header = nextHeader(ObjectKind::Changes);
    header.firstSequence = taken.first().sequence;
    header.lastSequence = taken.last().sequence;
    header.firstCommit = taken.first().committedAt;
    header.lastCommit = taken.last().committedAt;
    if (auto written = writeObject(header, contents); !written)
        return std::unexpected(written.error());
    m_filesSent = files;
    return true;
}

Status ObjectBuilder::writeSnapshot()
{
    auto anchor = m_config.files.read(true, false);
    if (!anchor)
        return std::unexpected(anchor.error());
    auto copy = copyDatabase(m_config.databasePath, QDir(m_config.spoolDir()).filePath(u"snapshot.sqlite.tmp"_s));
    if (!copy)
        return std::unexpected(copy.error());
    const auto removeCopy = qScopeGuard([&] { QFile::remove(copy->path); });
    if (m_position.installation.isEmpty()) {
        m_position = ChainPosition {newInstallation(), 0, {}, 0, {}};
    } else {
        for (;;) { // the changes the copy holds go into the sequence before it
            auto written = writeChanges(copy->lastSequence);
            if (!written)
                return std::unexpected(written.error());
            if (!*written)
                break;
        }
    }
    auto keys = m_config.files.read(false, true);
    if (!keys)
        return std::unexpected(keys.error());
    std::map<QString, QByteArray> files = *anchor;
    files.insert(keys->begin(), keys->end());
    std::map<QString, QByteArray> contents = files;
    const qint64 number = m_position.lastNumber + 1;
    if (auto blob = writeDatabaseBlob(copy->path, number); !blob)
        return blob;
    contents[QString::fromLatin1(spool::databaseBlobSection)] =
        QJsonDocument(QJsonObject {{u"name"_s, spool::databaseBlobName(m_position.installation, number)},
                                   {u"size"_s, copy->size},
                                   {u"sha256"_s, QString::fromLatin1(copy->sha256.toHex())}})
            .toJson(QJsonDocument::Compact);
    ObjectHeader header = nextHeader(ObjectKind::Snapshot);
    header.firstSequence = header.lastSequence = std::max(copy->lastSequence, m_position.lastSequence);
    header.firstCommit = header.lastCommit = copy->takenAt;
    header.schemaVersion = copy->schemaVersion;
    if (auto written = writeObject(header, contents, copy->takenAt); !written)
        return written;
    m_filesSent = files;
    m_snapshotWanted = false;
    return {};
}

ObjectHeader ObjectBuilder::nextHeader(ObjectKind kind) const
{
    ObjectHeader header;
    header.kind = kind;
    header.installation = m_position.installation;
    header.number = m_position.lastNumber + 1;
    header.previous = m_position.lastHash;
    header.createdAt = QDateTime::currentDateTimeUtc();
    header.schemaVersion = migrations::latestVersion();
    return header;
}

std::map<QString, QByteArray> ObjectBuilder::changedFiles(const std::map<QString, QByteArray> &files)
{
    std::map<QString, QByteArray> changed;
    for (const auto &[name, contents] : files) {
        const auto sent = m_filesSent.find(name);
        if (sent == m_filesSent.end() || sent->second != contents)
            changed[name] = contents;
    }
    return changed;
}

Status ObjectBuilder::writeObject(const ObjectHeader &header, const std::map<QString, QByteArray> &contents,
                                  const QDateTime &snapshotAt)
{
    ObjectWriter writer(header, m_config.recipients);
    for (const auto &[name, bytes] : contents)
        writer.addSection(name, bytes);
    PendingObject pending(m_config.spoolDir(), header.fileName());
    QByteArray hash;
    auto encrypted = m_age.encrypt(m_config.recipients, pending.temporaryPath(), [&](QIODevice &out) -> Status {
        auto written = writer.write(out);
        if (!written)
            return std::unexpected(written.error());
        hash = *written;
        return {};
    });
    if (!encrypted)
        return encrypted;
    ChainPosition next = m_position;
    next.lastNumber = header.number;
    next.lastHash = hash;
    next.lastSequence = std::max(m_position.lastSequence, header.lastSequence);
    if (snapshotAt.isValid())
        next.lastSnapshotAt = snapshotAt;
    if (auto published = pending.publish(next); !published)
        return published;
    if (auto advanced = m_log.advance(next); !advanced)
        return advanced;
    m_position = next;
    pending.finish();
    return {};
}

Status ObjectBuilder::writeDatabaseBlob(const QString &copyPath, qint64 number)
{
    const QString name = spool::databaseBlobName(m_position.installation, number);
    return m_age.encrypt(m_config.recipients, QDir(m_config.spoolDir()).filePath(name), [&](QIODevice &out) -> Status {
        QFile copy(copyPath);
        if (!copy.open(QIODevice::ReadOnly))
            return fail(QString::fromLatin1(api::errc::internal), u"Snapshot: cannot read %1"_s.arg(copyPath));
        QByteArray chunk;
        while (!(chunk = copy.read(1 << 20)).isEmpty()) {
            if (out.write(chunk) != chunk.size())
                return fail(QString::fromLatin1(api::errc::internal), u"Snapshot: cannot write to age"_s);
        }
        return {};
    });
}

} // namespace regiekamer::server::backup
