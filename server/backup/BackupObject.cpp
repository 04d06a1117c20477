// Writing and reading one object's plaintext: magic, header line, sections, trailer of per-recipient MACs.
#include "backup/BackupObject.h"

#include "backup/ObjectStream.h"
#include "crypto/SecureCompare.h"

#include <QSet>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace objectFormat {
namespace {

constexpr QByteArrayView magic = "RKBACKUP/1\n";
constexpr qsizetype maxHeaderLine = qsizetype {64} * 1024;
constexpr int maxRecipients = 16;
constexpr qsizetype keyIdBytes = 8;
constexpr qsizetype macBytes = 32;
constexpr qsizetype entryBytes = keyIdBytes + macBytes;
constexpr int authKeyBytes = 32;
constexpr qint64 pieceBytes = qint64 {256} * 1024;

std::unexpected<Error> objectError(const QString &message)
{
    return fail(u"backup_object"_s, message);
}

QCA::MemoryRegion regionOf(QByteArrayView bytes)
{
    return QCA::MemoryRegion(QByteArray::fromRawData(bytes.data(), bytes.size()));
}

bool cryptoAvailable()
{
    return QCA::isSupported("sha256") && QCA::isSupported("hmac(sha256)");
}

Status checkRecipients(const QList<Recipient> &recipients)
{
    if (recipients.isEmpty() || recipients.size() > maxRecipients)
        return objectError(
            u"an object is written for 1 to %1 recipients, not %2"_s.arg(maxRecipients).arg(recipients.size()));
    QSet<QByteArray> keyIds;
    for (const Recipient &recipient : recipients) {
        if (recipient.authKey.size() != authKeyBytes)
            return objectError(
                u"the authentication key for %1 is not %2 bytes"_s.arg(recipient.publicKey).arg(authKeyBytes));
        keyIds.insert(recipient.keyId());
    }
    if (keyIds.size() != recipients.size())
        return objectError(u"a recipient is listed twice"_s);
    return {};
}

// The sha256 of the whole plaintext and one MAC per recipient over everything before the trailer.
struct WriteState
{
    QCA::Hash sha256 {u"sha256"_s};
    QList<QCA::MessageAuthenticationCode> macs;

    void observe(QByteArrayView bytes)
    {
        const QCA::MemoryRegion region = regionOf(bytes);
        sha256.update(region);
        for (QCA::MessageAuthenticationCode &mac : macs)
            mac.update(region);
    }
};

Status writeObserved(QIODevice &out, QByteArrayView bytes, WriteState &state)
{
    state.observe(bytes);
    return objectStream::writeAll(out, bytes);
}

Status writeSection(QIODevice &out, const Section &section, const ObjectWriter::SectionSource &source,
                    WriteState &state)
{
    objectStream::SectionOut device(out, section.size, [&state](QByteArrayView bytes) { state.observe(bytes); });
    if (auto written = source(device); !written)
        return objectError(u"section %1: %2"_s.arg(section.name, written.error().message));
    if (device.overflowed() || device.written() != section.size)
        return objectError(u"section %1 delivered %2 bytes instead of the %3 it declares"_s.arg(section.name)
                               .arg(device.overflowed() ? u"more"_s : QString::number(device.written()))
                               .arg(section.size));
    return {};
}

} // namespace
} // namespace objectFormat

ObjectWriter::ObjectWriter(ObjectHeader header, QList<Recipient> recipients)
    : m_header(std::move(header))
    , m_recipients(std::move(recipients))
{
    m_header.sections.clear();
}

void ObjectWriter::addSection(const QString &name, qint64 size, SectionSource source)
{
    m_header.sections.append(Section {name, size});
    m_sources.append(std::move(source));
}

void ObjectWriter::addSection(const QString &name, const QByteArray &bytes)
{
    addSection(name, bytes.size(), [bytes](QIODevice &out) -> Status {
        for (qsizetype done = 0; done < bytes.size(); done += objectFormat::pieceBytes) {
            const QByteArrayView piece = QByteArrayView(bytes).sliced(done).first(
                std::min<qsizetype>(objectFormat::pieceBytes, bytes.size() - done));
            if (out.write(piece.data(), piece.size()) != piece.size())
                return objectFormat::objectError(out.errorString());
        }
        return {};
    });
}

Result<QByteArray> ObjectWriter::write(QIODevice &out)
{
    if (!objectFormat::cryptoAvailable())
        return objectFormat::objectError(u"QCA offers no SHA-256 or HMAC-SHA-256 (is qca-ossl installed?)"_s);
    // The writer never writes a header that its reader would refuse.
    if (auto valid = ObjectHeader::fromLine(m_header.toLine()); !valid)
        return std::unexpected(valid.error());
    if (auto valid = objectFormat::checkRecipients(m_recipients); !valid)
        return std::unexpected(valid.error());
    objectFormat::WriteState state;
    for (const Recipient &recipient : m_recipients)
        state.macs.append(QCA::MessageAuthenticationCode(u"hmac(sha256)"_s, QCA::SymmetricKey(recipient.authKey)));
    Status written = objectFormat::writeObserved(out, objectFormat::magic, state);
    if (written)
        written = objectFormat::writeObserved(out, QByteArray(m_header.toLine() + '\n'), state);
    for (qsizetype i = 0; written && i < m_sources.size(); ++i)
        written = objectFormat::writeSection(out, m_header.sections.at(i), m_sources.at(i), state);
    if (!written)
        return std::unexpected(written.error());
    QByteArray trailer(1, static_cast<char>(m_recipients.size()));
    for (qsizetype i = 0; i < m_recipients.size(); ++i)
        trailer += m_recipients.at(i).keyId() + state.macs[i].final().toByteArray();
    state.sha256.update(objectFormat::regionOf(trailer));
    if (auto done = objectStream::writeAll(out, trailer); !done)
        return std::unexpected(done.error());
    return state.sha256.final().toByteArray();
}

ObjectReader::ObjectReader(Recipient recipient)
    : m_recipient(std::move(recipient))
    , m_sha256(u"sha256"_s)
    , m_mac(u"hmac(sha256)"_s, QCA::SymmetricKey(m_recipient.authKey))
{
}

Status ObjectReader::expect(Stage stage) const
{
    if (m_stage != stage)
        return objectFormat::objectError(u"the object is read out of order (or after a failure)"_s);
    return {};
}

void ObjectReader::observe(QByteArrayView bytes)
{
    const QCA::MemoryRegion region = objectFormat::regionOf(bytes);
    m_sha256.update(region);
    m_mac.update(region);
}

Result<ObjectHeader> ObjectReader::readHeader(QIODevice &in)
{
    if (auto ready = expect(Stage::Header); !ready)
        return std::unexpected(ready.error());
    if (!objectFormat::cryptoAvailable() || m_recipient.authKey.size() != objectFormat::authKeyBytes)
        return objectFormat::objectError(u"there is no 32-byte authentication key to check the object with"_s);
    m_stage = Stage::Done; // until it has succeeded
    const QByteArray start = objectStream::readUpTo(in, objectFormat::magic.size());
    if (start != objectFormat::magic)
        return objectFormat::objectError(u"it is not a Regiekamer backup object (no RKBACKUP/1 line)"_s);
    observe(start);
    auto line = objectStream::readLine(in, objectFormat::maxHeaderLine);
    if (!line)
        return objectFormat::objectError(u"the object is unreadable: %1"_s.arg(line.error().message));
    observe(QByteArray(*line + '\n'));
    auto header = ObjectHeader::fromLine(*line);
    if (!header)
        return std::unexpected(header.error());
    m_header = *header;
    m_stage = Stage::Sections;
    return header;
}

Status ObjectReader::readSections(QIODevice &in, const SectionSink &sink)
{
    if (auto ready = expect(Stage::Sections); !ready)
        return ready;
    m_stage = Stage::Done;
    for (const Section &section : std::as_const(m_header.sections)) {
        objectStream::SectionIn device(in, section.size, [this](QByteArrayView bytes) { observe(bytes); });
        if (auto taken = sink(section, device, section.size); !taken)
            return objectFormat::objectError(
                u"object %1, section %2: %3"_s.arg(m_header.number).arg(section.name, taken.error().message));
        if (!device.skipRest())
            return objectFormat::objectError(
                u"object %1 ends inside section %2 (truncated)"_s.arg(m_header.number).arg(section.name));
    }
    m_stage = Stage::Trailer;
    return {};
}

Result<QByteArray> ObjectReader::finish(QIODevice &in)
{
    if (auto ready = expect(Stage::Trailer); !ready)
        return std::unexpected(ready.error());
    m_stage = Stage::Done;
    const QByteArray count = objectStream::readUpTo(in, 1);
    const int entries = count.isEmpty() ? 0 : static_cast<quint8>(count.at(0));
    if (entries < 1 || entries > objectFormat::maxRecipients)
        return objectFormat::objectError(
            u"object %1 has no valid trailer (truncated or altered)"_s.arg(m_header.number));
    const QByteArray table = objectStream::readUpTo(in, entries * objectFormat::entryBytes);
    if (table.size() != entries * objectFormat::entryBytes)
        return objectFormat::objectError(u"object %1 ends inside its trailer (truncated)"_s.arg(m_header.number));
    m_sha256.update(objectFormat::regionOf(QByteArray(count + table)));
    const QByteArray keyId = m_recipient.keyId();
    QByteArray expected;
    for (qsizetype at = 0; at < table.size(); at += objectFormat::entryBytes) {
        if (QByteArrayView(table).sliced(at, objectFormat::keyIdBytes) != keyId)
            continue;
        if (!expected.isEmpty())
            return objectFormat::objectError(
                u"object %1 names recipient %2 twice"_s.arg(m_header.number).arg(m_recipient.publicKey));
        expected = table.sliced(at + objectFormat::keyIdBytes, objectFormat::macBytes);
    }
    if (expected.isEmpty())
        return objectFormat::objectError(u"object %1 carries no authentication for %2 (written for other "
                                         "recipients, or altered)"_s.arg(m_header.number)
                                             .arg(m_recipient.publicKey));
    if (!crypto::constantTimeEquals(m_mac.final().toByteArray(), expected))
        return objectFormat::objectError(u"object %1 is not authentic for %2: altered, or written by someone "
                                         "without the authentication key"_s.arg(m_header.number)
                                             .arg(m_recipient.publicKey));
    char extra = 0;
    if (objectStream::readSome(in, &extra, 1) > 0)
        return objectFormat::objectError(u"bytes follow the end of object %1"_s.arg(m_header.number));
    return m_sha256.final().toByteArray();
}

} // namespace regiekamer::server::backup
