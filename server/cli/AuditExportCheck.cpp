// regiekamer-admin audit verify-export: checks an export of the access log on its own, without the database.
#include "audit/AuditChain.h"
#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "audit/AuditSeal.h"
#include "cli/AuditCommands.h"
#include "cli/CliOutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <optional>

namespace regiekamer::server::auditCommands {

using namespace Qt::StringLiterals;

namespace {

struct ExportCheck
{
    QMap<qint64, audit::Seal> checkpoints;
    std::optional<audit::AuditKey> key;
    qint64 expectedSequence = 0;
    QByteArray previousHash;
    qint64 entries = 0;
    qint64 checkpointsChecked = 0;
    QString problem;
    qint64 badSequence = 0;

    bool broken(qint64 sequence, const QString &what)
    {
        badSequence = sequence;
        problem = what;
        return false;
    }

    bool readHeader(const QJsonObject &header)
    {
        if (header.value("format"_L1).toString() != "regiekamer-audit-export/1"_L1)
            return broken(0, u"this is not a JSONL export of the access log"_s);
        expectedSequence = header.value("firstSequence"_L1).toInteger();
        for (const QJsonValue each : header.value("checkpoints"_L1).toArray()) {
            const QJsonObject object = each.toObject();
            const audit::Seal seal {object.value("sequence"_L1).toInteger(),
                                    QByteArray::fromHex(object.value("hash"_L1).toString().toLatin1()),
                                    object.value("atMs"_L1).toInteger(),
                                    QByteArray::fromHex(object.value("mac"_L1).toString().toLatin1())};
            checkpoints.insert(seal.sequence, seal);
        }
        return true;
    }

    bool checkEntry(const QJsonObject &object)
    {
        auto entry = api::AuditEntry::fromJson(object);
        if (!entry)
            return broken(expectedSequence, u"line of entry %1 is unreadable"_s.arg(expectedSequence));
        const QByteArray previous = QByteArray::fromHex(object.value("previousHash"_L1).toString().toLatin1());
        const QByteArray stored = QByteArray::fromHex(object.value("hash"_L1).toString().toLatin1());
        if (entry->sequence != expectedSequence)
            return broken(expectedSequence, u"entry %1 is missing from the export"_s.arg(expectedSequence));
        if (entries > 0 && previous != previousHash)
            return broken(entry->sequence, u"entry %1 does not follow the entry before it"_s.arg(entry->sequence));
        if (audit::chainHash(previous, audit::canonicalBytes(audit::rowValues(*entry))) != stored)
            return broken(entry->sequence,
                          u"entry %1 was changed: its contents do not match its hash"_s.arg(entry->sequence));
        if (const auto seal = checkpoints.constFind(entry->sequence); seal != checkpoints.cend() && key) {
            if (!audit::sealIsAuthentic(*key, audit::SealKind::Checkpoint, *seal) || seal->hash != stored)
                return broken(entry->sequence, u"the checkpoint at entry %1 does not match"_s.arg(entry->sequence));
            ++checkpointsChecked;
        }
        previousHash = stored;
        ++expectedSequence;
        ++entries;
        return true;
    }
};

} // namespace

int verifyExport(const QString &exportPath, const QString &keyPath)
{
    ExportCheck check;
    if (!keyPath.isEmpty()) {
        auto key = audit::AuditKey::load(keyPath, false);
        if (!key)
            return cli::failWith(key.error().message);
        check.key = std::move(*key);
    }
    QFile file(exportPath);
    if (!file.open(QIODevice::ReadOnly))
        return cli::failWith(u"Cannot read %1: %2"_s.arg(exportPath, file.errorString()));
    bool intact = check.readHeader(QJsonDocument::fromJson(file.readLine()).object());
    while (intact && !file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            intact = check.checkEntry(QJsonDocument::fromJson(line).object());
    }
    if (!intact) {
        cli::print(u"The export is BROKEN at entry %1: %2."_s.arg(check.badSequence).arg(check.problem));
        return brokenExitCode;
    }
    cli::print(u"The export is intact: %1 entries linked, %2 checkpoints verified%3."_s.arg(check.entries)
                   .arg(check.checkpointsChecked)
                   .arg(check.key ? QString() : u" (no key given: checkpoints not checked)"_s));
    return 0;
}

} // namespace regiekamer::server::auditCommands
