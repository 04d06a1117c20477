#pragma once

#include "backup/AgeTool.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace regiekamer::server::backup {

// The plaintext of one backup object, before age encrypts it (docs/backups.md "Object format"):
//   "RKBACKUP/1\n", the header as one line of compact JSON and "\n", the sections' bytes in the header's order,
//   then the trailer: one byte n, and n times (8-byte recipient key id, 32-byte HMAC-SHA-256 under that recipient's
//   auth key over everything before the trailer).
// Objects form one sequence per installation: each names its number and the SHA-256 of the previous object's whole
// plaintext (trailer included), so a dropped, swapped, reordered or replayed object breaks the sequence.
enum class ObjectKind { Snapshot, Changes };
QString objectKindName(ObjectKind kind);

struct Section
{
    QString name; // snapshot: "database", and the files below; changes: "changes", and the files that changed
    qint64 size = 0;
};

// Section names of the files that travel with the database (read from the data directory).
namespace sections {
inline constexpr auto database = "database";
inline constexpr auto changes = "changes";
inline constexpr auto masterKey = "master.key";
inline constexpr auto auditKey = "audit-checkpoint.key";
inline constexpr auto auditAnchor = "audit.anchor";
// A sealed data directory (docs/keys.md): the master key sealed under the custodians' unseal key, and the share set.
inline constexpr auto sealedKeyring = "master.key.sealed";
inline constexpr auto sealConfig = "seal.json";
} // namespace sections

struct ObjectHeader
{
    ObjectKind kind = ObjectKind::Changes;
    QString installation; // random id of the data directory (32 lower-hex); objects of another one are foreign
    qint64 number = 0; // 1, 2, 3, … over the installation's life, snapshots included
    QByteArray previous; // SHA-256 of object number-1's plaintext; empty only for number 1
    qint64 firstSequence = 0; // the change sequence numbers inside (snapshot: both = the last change it contains)
    qint64 lastSequence = 0;
    QDateTime firstCommit; // commit times of the first and last change inside (snapshot: both = when it was taken)
    QDateTime lastCommit;
    QDateTime createdAt;
    int schemaVersion = 0;
    QList<Section> sections;

    QByteArray toLine() const; // compact JSON, no newline
    static Result<ObjectHeader> fromLine(QByteArrayView line);
    // The object's file name on a target: "<installation>-<number, 12 digits>-<kind>.age". Never trusted on its
    // own: the reader checks it against the header.
    QString fileName() const;
};

// One change inside a "changes" section: a SQLite session changeset of one committed transaction, or the marker of
// a schema migration (after which only a new snapshot can continue).
struct ChangeRecord
{
    enum class Type : quint8 { Changeset = 1, SchemaMarker = 2 };
    qint64 sequence = 0;
    QDateTime committedAt; // milliseconds, UTC
    Type type = Type::Changeset;
    QByteArray payload; // the changeset; for a marker the new schema version as decimal text
};
// Encoding inside the section: per record sequence (u64 BE), committedAt (i64 BE, ms since epoch), type (u8),
// payload size (u32 BE), payload.
QByteArray encodeChanges(const QList<ChangeRecord> &records);
Result<QList<ChangeRecord>> decodeChanges(QByteArrayView bytes);

// Writes one object's plaintext to a device (age's stdin): header, each section from its source in order, trailer.
// A source must deliver exactly the size its section declares. The header's sections are the ones added here, in
// that order.
class ObjectWriter
{
public:
    using SectionSource = std::function<Status(QIODevice &out)>;
    ObjectWriter(ObjectHeader header, QList<Recipient> recipients);
    void addSection(const QString &name, qint64 size, SectionSource source);
    void addSection(const QString &name, const QByteArray &bytes);
    // Returns the SHA-256 of the whole plaintext written, the next object's `previous`.
    Result<QByteArray> write(QIODevice &out);

private:
    ObjectHeader m_header;
    QList<Recipient> m_recipients;
    QList<SectionSource> m_sources;
};

// Reads one object's plaintext from a device (age's stdout), checking it against the recipient whose auth key the
// reader holds. Sections are handed out in order; nothing from an object counts until finish() has checked its MAC.
class ObjectReader
{
public:
    explicit ObjectReader(Recipient recipient);
    // Reads magic and header. The section sink gets each section's bytes (copy them, hash them, or skip them): what
    // a sink leaves unread is read and discarded after it returns, so the hash and the MAC still cover it.
    Result<ObjectHeader> readHeader(QIODevice &in);
    using SectionSink = std::function<Status(const Section &section, QIODevice &in, qint64 size)>;
    Status readSections(QIODevice &in, const SectionSink &sink);
    // Reads the trailer, checks the MAC for this reader's recipient (constant time) and that nothing follows;
    // returns the SHA-256 of the whole plaintext.
    Result<QByteArray> finish(QIODevice &in);

private:
    enum class Stage { Header, Sections, Trailer, Done };
    Status expect(Stage stage) const;
    void observe(QByteArrayView bytes);

    Recipient m_recipient;
    ObjectHeader m_header;
    QCA::Hash m_sha256;
    QCA::MessageAuthenticationCode m_mac;
    Stage m_stage = Stage::Header;
};

// Checks that `header` may follow `previous` in one installation's sequence (same installation, next number,
// previous hash, sequence numbers and times not going backwards). nullopt `previous`: the first object read, which
// must be a snapshot. Errors say which object and what is wrong, in English (operators' CLI).
Status checkSuccession(const std::optional<ObjectHeader> &previous, const QByteArray &previousHash,
                       const ObjectHeader &header);

} // namespace regiekamer::server::backup
