// The object header (its JSON line and file name), the succession of objects, and the records of a changes section.
#include "backup/BackupObject.h"

#include "base/JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <QtEndian>

#include <array>
#include <limits>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace objectHeader {
namespace {

constexpr qint64 maxNumber = 999'999'999'999; // 12 digits in the file name
constexpr qsizetype maxSections = 1024;
constexpr qsizetype maxSectionName = 100;
constexpr qint64 maxObjectBytes = qint64 {1} << 40; // 1 TiB: far beyond any real database, far below overflow
constexpr qsizetype recordHeaderBytes = 8 + 8 + 1 + 4;

std::unexpected<Error> headerError(const QString &message)
{
    return fail(u"backup_object"_s, u"the object header is invalid: %1"_s.arg(message));
}

bool isLowerHex(QStringView text, qsizetype length)
{
    if (text.size() != length)
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// Names become file names in a restored data directory: no path, nothing hidden, nothing to interpret.
bool isSectionName(const QString &name)
{
    if (name.isEmpty() || name.size() > maxSectionName || name.startsWith(u'.'))
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' ||
            c == u'_' || c == u'-';
    });
}

Result<ObjectKind> kindFromName(const QString &name)
{
    if (name == objectKindName(ObjectKind::Snapshot))
        return ObjectKind::Snapshot;
    if (name == objectKindName(ObjectKind::Changes))
        return ObjectKind::Changes;
    return headerError(u"unknown kind \"%1\""_s.arg(name.left(20)));
}

Status checkSections(const QList<Section> &sections)
{
    if (sections.size() > maxSections)
        return headerError(u"more than %1 sections"_s.arg(maxSections));
    QSet<QString> names;
    qint64 total = 0;
    for (const Section &section : sections) {
        if (!isSectionName(section.name))
            return headerError(u"a section name is not a plain file name"_s);
        if (names.contains(section.name))
            return headerError(u"the section %1 appears twice"_s.arg(section.name));
        names.insert(section.name);
        if (section.size < 0 || section.size > maxObjectBytes - total)
            return headerError(u"the section %1 has an impossible size"_s.arg(section.name));
        total += section.size;
    }
    return {};
}

Status checkSequence(const ObjectHeader &header)
{
    if (header.firstSequence < 0 || header.lastSequence < header.firstSequence)
        return headerError(
            u"the change sequence numbers %1..%2 are not a range"_s.arg(header.firstSequence).arg(header.lastSequence));
    if (!header.firstCommit.isValid() || !header.lastCommit.isValid() || !header.createdAt.isValid() ||
        header.lastCommit < header.firstCommit)
        return headerError(u"the commit times are missing or not in order"_s);
    if (header.kind == ObjectKind::Snapshot &&
        (header.firstSequence != header.lastSequence || header.firstCommit != header.lastCommit))
        return headerError(u"a snapshot has one sequence number and one time"_s);
    return {};
}

Status checkHeader(const ObjectHeader &header)
{
    if (!isLowerHex(header.installation, 32))
        return headerError(u"the installation is not 32 lower-case hexadecimal digits"_s);
    if (header.number < 1 || header.number > maxNumber)
        return headerError(u"the object number %1 is out of range"_s.arg(header.number));
    if (header.number == 1 ? !header.previous.isEmpty() : header.previous.size() != 32)
        return headerError(
            u"object %1 must name the SHA-256 of its predecessor (none for object 1)"_s.arg(header.number));
    if (header.schemaVersion < 0)
        return headerError(u"the schema version is negative"_s);
    if (auto sequence = checkSequence(header); !sequence)
        return sequence;
    return checkSections(header.sections);
}

Result<QList<Section>> sectionsFromJson(const QJsonObject &object)
{
    const QJsonValue value = object.value("sections"_L1);
    if (!value.isArray())
        return headerError(u"\"sections\" is not an array"_s);
    QList<Section> sections;
    const QJsonArray array = value.toArray();
    for (const auto &entry : array) {
        const QJsonObject section = entry.toObject();
        auto name = json::requireString(section, "name"_L1);
        auto size = json::requireInteger(section, "size"_L1);
        if (!entry.isObject() || !name || !size || !json::onlyMembers(section, {"name"_L1, "size"_L1}))
            return headerError(u"a section is not {\"name\", \"size\"}"_s);
        sections.append(Section {*name, *size});
    }
    return sections;
}

Result<QByteArray> previousFromJson(const QJsonObject &object)
{
    auto text = json::requireString(object, "previous"_L1);
    if (!text)
        return headerError(text.error().message);
    if (!text->isEmpty() && !isLowerHex(*text, 64))
        return headerError(u"\"previous\" is not 64 lower-case hexadecimal digits"_s);
    return QByteArray::fromHex(text->toLatin1());
}

Status fieldsFromJson(const QJsonObject &object, ObjectHeader &header)
{
    auto kind = json::requireString(object, "kind"_L1);
    auto installation = json::requireString(object, "installation"_L1);
    auto number = json::requireInteger(object, "number"_L1);
    auto firstSequence = json::requireInteger(object, "firstSequence"_L1);
    auto lastSequence = json::requireInteger(object, "lastSequence"_L1);
    auto firstCommit = json::requireDateTime(object, "firstCommit"_L1);
    auto lastCommit = json::requireDateTime(object, "lastCommit"_L1);
    auto createdAt = json::requireDateTime(object, "createdAt"_L1);
    auto schemaVersion = json::requireInteger(object, "schemaVersion"_L1);
    if (auto error = firstError(kind, installation, number, firstSequence, lastSequence, firstCommit, lastCommit,
                                createdAt, schemaVersion))
        return headerError(error->message);
    auto kindValue = kindFromName(*kind);
    if (!kindValue)
        return std::unexpected(kindValue.error());
    if (*schemaVersion > std::numeric_limits<int>::max())
        return headerError(u"the schema version is out of range"_s);
    header.kind = *kindValue;
    header.installation = *installation;
    header.number = *number;
    header.firstSequence = *firstSequence;
    header.lastSequence = *lastSequence;
    header.firstCommit = *firstCommit;
    header.lastCommit = *lastCommit;
    header.createdAt = *createdAt;
    header.schemaVersion = static_cast<int>(*schemaVersion);
    return {};
}

std::unexpected<Error> successionError(const ObjectHeader &header, const QString &what)
{
    return fail(u"backup_sequence"_s,
                u"Object %1 (%2): %3"_s.arg(header.number).arg(objectKindName(header.kind), what));
}

std::unexpected<Error> changesError(qsizetype index, qsizetype offset, const QString &what)
{
    return fail(u"backup_object"_s, u"Change record %1 (at byte %2): %3"_s.arg(index + 1).arg(offset).arg(what));
}

} // namespace
} // namespace objectHeader

QString objectKindName(ObjectKind kind)
{
    return kind == ObjectKind::Snapshot ? u"snapshot"_s : u"changes"_s;
}

QByteArray ObjectHeader::toLine() const
{
    QJsonArray sectionArray;
    for (const Section &section : sections)
        sectionArray.append(QJsonObject {{"name"_L1, section.name}, {"size"_L1, section.size}});
    const QJsonObject object {
        {"kind"_L1, objectKindName(kind)},
        {"installation"_L1, installation},
        {"number"_L1, number},
        {"previous"_L1, QString::fromLatin1(previous.toHex())},
        {"firstSequence"_L1, firstSequence},
        {"lastSequence"_L1, lastSequence},
        {"firstCommit"_L1, json::toWire(firstCommit)},
        {"lastCommit"_L1, json::toWire(lastCommit)},
        {"createdAt"_L1, json::toWire(createdAt)},
        {"schemaVersion"_L1, schemaVersion},
        {"sections"_L1, sectionArray},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<ObjectHeader> ObjectHeader::fromLine(QByteArrayView line)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return objectHeader::headerError(u"it is not a JSON object"_s);
    const QJsonObject object = document.object();
    if (!json::onlyMembers(object,
                           {"kind"_L1, "installation"_L1, "number"_L1, "previous"_L1, "firstSequence"_L1,
                            "lastSequence"_L1, "firstCommit"_L1, "lastCommit"_L1, "createdAt"_L1, "schemaVersion"_L1,
                            "sections"_L1}))
        return objectHeader::headerError(u"it has members the format does not know"_s);
    ObjectHeader header;
    if (auto fields = objectHeader::fieldsFromJson(object, header); !fields)
        return std::unexpected(fields.error());
    auto previous = objectHeader::previousFromJson(object);
    auto sections = objectHeader::sectionsFromJson(object);
    if (auto failure = firstError(previous, sections))
        return std::unexpected(*failure);
    header.previous = *previous;
    header.sections = *sections;
    if (auto valid = objectHeader::checkHeader(header); !valid)
        return std::unexpected(valid.error());
    return header;
}

QString ObjectHeader::fileName() const
{
    return u"%1-%2-%3.age"_s.arg(installation).arg(number, 12, 10, QChar(u'0')).arg(objectKindName(kind));
}

Status checkSuccession(const std::optional<ObjectHeader> &previous, const QByteArray &previousHash,
                       const ObjectHeader &header)
{
    using objectHeader::successionError;
    if (!previous) {
        if (header.kind != ObjectKind::Snapshot)
            return successionError(header, u"the first object of a restore must be a snapshot"_s);
        return {};
    }
    if (header.installation != previous->installation)
        return successionError(header,
                               u"belongs to installation %1, not %2 (a foreign object)"_s.arg(header.installation,
                                                                                              previous->installation));
    if (header.number != previous->number + 1)
        return successionError(
            header,
            u"follows object %1; expected object %2 (dropped, reordered or replayed)"_s.arg(previous->number)
                .arg(previous->number + 1));
    if (previousHash.size() != 32 || header.previous != previousHash)
        return successionError(
            header, u"names another predecessor than object %1 (replaced or replayed)"_s.arg(previous->number));
    if (header.kind == ObjectKind::Changes && header.firstSequence <= previous->lastSequence)
        return successionError(
            header, u"its changes start at %1, not after %2"_s.arg(header.firstSequence).arg(previous->lastSequence));
    if (header.kind == ObjectKind::Snapshot && header.lastSequence < previous->lastSequence)
        return successionError(
            header, u"the snapshot is at change %1, before %2"_s.arg(header.lastSequence).arg(previous->lastSequence));
    // A snapshot's time is when its copy began, which can fall a few milliseconds after a change it does not hold
    // was stamped, or before one it holds: across a snapshot only the sequence numbers give the order.
    const bool bothChanges = header.kind == ObjectKind::Changes && previous->kind == ObjectKind::Changes;
    if (bothChanges && header.firstCommit < previous->lastCommit)
        return successionError(header, u"its commit times go back before %1"_s.arg(json::toWire(previous->lastCommit)));
    return {};
}

QByteArray encodeChanges(const QList<ChangeRecord> &records)
{
    QByteArray bytes;
    for (const ChangeRecord &record : records) {
        Q_ASSERT(record.payload.size() <= qsizetype {std::numeric_limits<quint32>::max()});
        std::array<char, objectHeader::recordHeaderBytes> fixed {};
        qToBigEndian<quint64>(static_cast<quint64>(record.sequence), fixed.data());
        qToBigEndian<qint64>(record.committedAt.toMSecsSinceEpoch(), fixed.data() + 8);
        fixed[16] = static_cast<char>(record.type);
        qToBigEndian<quint32>(static_cast<quint32>(record.payload.size()), fixed.data() + 17);
        bytes.append(fixed.data(), fixed.size()).append(record.payload);
    }
    return bytes;
}

Result<QList<ChangeRecord>> decodeChanges(QByteArrayView bytes)
{
    QList<ChangeRecord> records;
    for (qsizetype offset = 0; offset < bytes.size();) {
        const qsizetype index = records.size();
        if (bytes.size() - offset < objectHeader::recordHeaderBytes)
            return objectHeader::changesError(index, offset, u"truncated"_s);
        const char *fixed = bytes.data() + offset;
        const auto sequence = qFromBigEndian<quint64>(fixed);
        const auto type = static_cast<quint8>(fixed[16]);
        const auto size = qFromBigEndian<quint32>(fixed + 17);
        if (quint64(bytes.size() - offset - objectHeader::recordHeaderBytes) < size)
            return objectHeader::changesError(index, offset, u"truncated"_s);
        if (sequence == 0 || sequence > quint64(std::numeric_limits<qint64>::max()) ||
            (index > 0 && qint64(sequence) <= records.last().sequence))
            return objectHeader::changesError(index, offset, u"its sequence number is not after the previous"_s);
        if (type != quint8(ChangeRecord::Type::Changeset) && type != quint8(ChangeRecord::Type::SchemaMarker))
            return objectHeader::changesError(index, offset, u"unknown record type %1"_s.arg(type));
        ChangeRecord record;
        record.sequence = qint64(sequence);
        record.committedAt = QDateTime::fromMSecsSinceEpoch(qFromBigEndian<qint64>(fixed + 8), QTimeZone::UTC);
        record.type = ChangeRecord::Type(type);
        record.payload = bytes.sliced(offset + objectHeader::recordHeaderBytes, size).toByteArray();
        records.append(std::move(record));
        offset += objectHeader::recordHeaderBytes + qsizetype(size);
    }
    return records;
}

} // namespace regiekamer::server::backup
