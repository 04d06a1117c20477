// regiekamer-admin audit verify-export over an export file's bytes: auditCommands::verifyExport reads the file
// (a temporary one holding the input after its first byte) with or without the access log key (bit 0 of the first
// byte), and answers intact (0) or broken (3), never anything else.
// REGIEKAMER_FUZZ_SEEDS=DIR writes valid exports (format 2: linked entries bound to checkpoints and the head sealed
// with the fixed key) into DIR as seeds and exits: the intact seeds of corpus/audit_export/ were made so.
#include "FuzzSupport.h"

#include "audit/AuditChain.h"
#include "audit/AuditExportCheck.h"
#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "audit/AuditSeal.h"
#include "cli/AuditCommands.h"
#include "protocol/AuditEntry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

using namespace regiekamer;
using namespace Qt::StringLiterals;
namespace audit = server::audit;

QCA::SecureArray fixedKey()
{
    QCA::SecureArray key(static_cast<int>(audit::AuditKey::keyBytes));
    for (int i = 0; i < key.size(); ++i)
        key[i] = static_cast<char>(i + 1);
    return key;
}

struct Files
{
    QTemporaryDir directory;
    QString exportPath = directory.filePath(u"export.jsonl"_s);
    QString keyPath = directory.filePath(u"audit.key"_s);
};

Files &files()
{
    static Files made = [] {
        Files result;
        QFile key(result.keyPath);
        fuzz::require(key.open(QIODevice::WriteOnly) && key.write(fixedKey().toByteArray()) == 32,
                      "cannot write the key file");
        key.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return result;
    }();
    return made;
}

api::AuditEntry seedEntry(qint64 sequence)
{
    api::AuditEntry entry;
    entry.sequence = sequence;
    entry.at = QDateTime::fromMSecsSinceEpoch(1'750'000'000'000 + sequence * 1000, QTimeZone::UTC);
    entry.actorId = sequence % 3;
    entry.actorName = u"sealed:%1"_s.arg(sequence);
    entry.actorRole = sequence % 2 ? u"admin"_s : u"operator"_s;
    entry.clientAddress = u"sealed"_s;
    entry.requestId = u"r%1"_s.arg(sequence);
    entry.action = QString::fromLatin1(sequence % 2 ? api::auditAction::read : api::auditAction::exportRows);
    entry.objectType = u"registration"_s;
    entry.objectId = sequence;
    entry.webinarId = 7;
    entry.fields = sequence % 2 ? QStringList {u"identity"_s, u"contact"_s} : QStringList {};
    entry.outcome = QString::fromLatin1(api::auditOutcome::allowed);
    entry.rowCount = sequence % 2 ? 12 : -1;
    return entry;
}

QJsonObject sealJson(const audit::Seal &seal)
{
    return {{"sequence"_L1, seal.sequence},
            {"hash"_L1, QString::fromLatin1(seal.hash.toHex())},
            {"atMs"_L1, seal.atMs},
            {"mac"_L1, QString::fromLatin1(seal.mac.toHex())}};
}

// An export (format 2, audit/AuditExportCheck.h) of entries first..last: bound at the start to the log's beginning
// or a sealed checkpoint before it, with a sealed checkpoint at every multiple of the server's interval, and bound at
// the end to the sealed head, the header sealed itself. The seals are made with the fixed key.
QByteArray seedExport(qint64 first, qint64 last)
{
    const auto key = audit::AuditKey::fromBytes(fixedKey());
    const qint64 interval = audit::AuditLog::defaultCheckpointInterval;
    const auto seal = [&](audit::SealKind kind, qint64 sequence, const QByteArray &hash) {
        return sealJson(audit::makeSeal(key, kind, sequence, hash, 1'750'000'000'000 + sequence));
    };
    QJsonArray checkpoints;
    QByteArray previous = first <= 1 ? audit::genesisHash() : QByteArray(32, '\x5a');
    if (first > 1)
        checkpoints.append(seal(audit::SealKind::Checkpoint, first - 1, previous));
    QByteArray lines;
    for (qint64 sequence = first; sequence <= last; ++sequence) {
        const api::AuditEntry entry = seedEntry(sequence);
        const QByteArray hash = audit::chainHash(previous, audit::canonicalBytes(audit::rowValues(entry)));
        QJsonObject object = entry.toJson();
        object.insert("previousHash"_L1, QString::fromLatin1(previous.toHex()));
        object.insert("hash"_L1, QString::fromLatin1(hash.toHex()));
        lines += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        if (sequence % interval == 0)
            checkpoints.append(seal(audit::SealKind::Checkpoint, sequence, hash));
        previous = hash;
    }
    QJsonObject header {{"format"_L1, QLatin1StringView(audit::exportFormat)},
                        {"firstSequence"_L1, first},
                        {"lastSequence"_L1, last},
                        {"period"_L1, QJsonObject {{"firstSequence"_L1, first}, {"lastSequence"_L1, last}}},
                        {"checkpoints"_L1, checkpoints}};
    if (last >= first)
        header.insert("head"_L1, seal(audit::SealKind::Head, last, previous));
    header.insert("mac"_L1, QString::fromLatin1(key.mac(audit::exportHeaderMessage(first, last, first, last)).toHex()));
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + lines;
}

void writeSeeds(const QString &directory)
{
    QDir().mkpath(directory);
    const auto write = [&](const QString &name, char withKey, const QByteArray &bytes) {
        QFile file(QDir(directory).filePath(name));
        fuzz::require(file.open(QIODevice::WriteOnly) && file.write(withKey + bytes) > 0, "cannot write a seed");
        QFile check(files().exportPath);
        fuzz::require(check.open(QIODevice::WriteOnly) && check.write(bytes) == bytes.size(), "cannot write a seed");
        check.close();
        const int status =
            server::auditCommands::verifyExport(files().exportPath, withKey ? files().keyPath : QString());
        fuzz::require(status == 0, "a seed export is not intact");
    };
    write(u"intact-3-with-key"_s, 1, seedExport(1, 3));
    write(u"intact-3-without-key"_s, 0, seedExport(1, 3));
    write(u"intact-from-41-with-key"_s, 1, seedExport(41, 45));
    write(u"intact-across-checkpoint-with-key"_s, 1, seedExport(998, 1001));
    write(u"header-only"_s, 1, seedExport(1, 0));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    if (const QString seeds = qEnvironmentVariable("REGIEKAMER_FUZZ_SEEDS"); !seeds.isEmpty()) {
        writeSeeds(seeds);
        std::exit(0);
    }
    // verify-export prints its verdict on stdout; libFuzzer reports on stderr.
    fuzz::require(std::freopen("/dev/null", "w", stdout) != nullptr, "cannot silence stdout");
    files();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::Input input(data, size);
    const bool withKey = (input.take() & 1) != 0;
    // A new file each time: ext4 writes a truncated file back to disk when it is closed, which took most of the time.
    QFile::remove(files().exportPath);
    QFile file(files().exportPath);
    fuzz::require(file.open(QIODevice::WriteOnly), "cannot write the export file");
    file.write(input.rest());
    file.close();
    const int status = server::auditCommands::verifyExport(files().exportPath, withKey ? files().keyPath : QString());
    fuzz::require(status == 0 || status == server::auditCommands::brokenExitCode, "verify-export failed otherwise");
    return 0;
}
