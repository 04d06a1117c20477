#include "cli/AuditCommands.h"

#include "audit/AuditAnchor.h"
#include "audit/AuditChain.h"
#include "audit/AuditExportCheck.h"
#include "audit/AuditFieldCipher.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "audit/AuditRange.h"
#include "audit/AuditSeal.h"
#include "audit/AuditVerifier.h"
#include "base/CsvField.h"
#include "base/JsonRead.h"
#include "cli/CliOutput.h"
#include "db/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#include <cstdio>

namespace regiekamer::server::auditCommands {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 progressEvery = 100'000;

const QStringList csvColumns {
    u"sequence"_s,      u"at"_s,     u"actorId"_s,    u"actorName"_s, u"actorRole"_s, u"clientAddress"_s,
    u"requestId"_s,     u"action"_s, u"objectType"_s, u"objectId"_s,  u"webinarId"_s, u"organisationId"_s,
    u"subjectUserId"_s, u"fields"_s, u"outcome"_s,    u"reason"_s,    u"rowCount"_s,  u"previousHash"_s,
    u"hash"_s};

template<typename StoredSeal> QJsonObject sealJson(const StoredSeal &seal)
{
    return QJsonObject {{"sequence"_L1, seal.sequence},
                        {"hash"_L1, QString::fromLatin1(seal.hash.toHex())},
                        {"atMs"_L1, seal.atMs},
                        {"mac"_L1, QString::fromLatin1(seal.mac.toHex())}};
}

// The stretch, the period asked for within it, and the seals that bind it (audit/AuditExportCheck.h).
QByteArray jsonlHeader(const audit::AuditRange &range, const audit::AuditKey &key)
{
    QJsonArray checkpoints;
    for (const audit::StoredCheckpoint &checkpoint : range.checkpoints)
        checkpoints.append(sealJson(checkpoint));
    QJsonObject header {
        {"format"_L1, QLatin1StringView(audit::exportFormat)},
        {"firstSequence"_L1, range.first},
        {"lastSequence"_L1, range.last},
        {"period"_L1, QJsonObject {{"firstSequence"_L1, range.periodFirst}, {"lastSequence"_L1, range.periodLast}}},
        {"checkpoints"_L1, checkpoints}};
    if (range.head)
        header.insert("head"_L1, sealJson(*range.head));
    const QByteArray mac =
        key.mac(audit::exportHeaderMessage(range.first, range.last, range.periodFirst, range.periodLast));
    header.insert("mac"_L1, QString::fromLatin1(mac.toHex()));
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray csvLine(const QStringList &values)
{
    QStringList fields;
    for (const QString &value : values)
        fields.append(csv::field(value));
    return fields.join(u',').toUtf8() + "\r\n";
}

QByteArray exportLine(const api::AuditEntry &entry, const QByteArray &previousHash, const QByteArray &hash,
                      const QString &format)
{
    const QString previousHex = QString::fromLatin1(previousHash.toHex());
    const QString hashHex = QString::fromLatin1(hash.toHex());
    if (format == "csv"_L1) {
        return csvLine({QString::number(entry.sequence), json::toWire(entry.at), QString::number(entry.actorId),
                        entry.actorName, entry.actorRole, entry.clientAddress, entry.requestId, entry.action,
                        entry.objectType, QString::number(entry.objectId), QString::number(entry.webinarId),
                        QString::number(entry.organisationId), QString::number(entry.subjectUserId),
                        entry.fields.join(u','), entry.outcome, entry.reason, QString::number(entry.rowCount),
                        previousHex, hashHex});
    }
    QJsonObject object = entry.toJson();
    object.insert("previousHash"_L1, previousHex);
    object.insert("hash"_L1, hashHex);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Status logExport(Database &database, audit::AuditLog &log, qint64 rows, const ExportOptions &options)
{
    api::AuditEntry entry =
        audit::operatorEntry(qEnvironmentVariable("USER", u"operator"_s), api::auditAction::exportRows, u"audit_log"_s,
                             0, u"regiekamer-admin audit export --format %1"_s.arg(options.format));
    entry.rowCount = rows;
    Transaction transaction(database);
    if (!transaction.started())
        return transaction.started();
    if (auto appended = log.append(entry); !appended)
        return std::unexpected(appended.error());
    return transaction.commit();
}

// JSONL keeps actor_name and client_address sealed as stored, so `verify-export` checks it without any key and the
// file holds no personal data; CSV is for reading and holds them decrypted.
Status writeEntries(Database &database, audit::AuditLog &log, const audit::AuditRange &range,
                    const ExportOptions &options, QIODevice &out)
{
    const bool decrypt = options.format == "csv"_L1;
    auto aead = decrypt && log.cipher() ? log.cipher()->aead() : Result<const crypto::Aead *>(nullptr);
    if (!aead)
        return std::unexpected(aead.error());
    if (decrypt && !*aead)
        return fail(u"export_failed"_s, u"The access log has no key store."_s);
    QByteArray previous = range.previousHash;
    qint64 written = 0;
    return range.forEachEntry(database, [&](api::AuditEntry &entry, const QByteArray &hash) -> Status {
        if (decrypt) {
            if (auto opened = audit::AuditFieldCipher::openEntry(**aead, entry); !opened)
                return opened;
        }
        if (out.write(exportLine(entry, previous, hash, options.format)) < 0)
            return fail(u"export_failed"_s, u"Cannot write the export: %1"_s.arg(out.errorString()));
        previous = hash;
        if (++written % progressEvery == 0)
            cli::progress(u"Exported %1 of %2 entries\r"_s.arg(written).arg(range.size()));
        return {};
    });
}

} // namespace

int verify(const QString &databasePath, const QString &keyPath)
{
    auto key = audit::AuditKey::load(keyPath, false);
    if (!key)
        return cli::failWith(key.error().message);
    audit::AuditVerifier verifier(databasePath, *key);
    verifier.setPolicy(audit::VerifyPolicy::forDatabase(databasePath));
    auto report = verifier.verify({}, [](qint64 checked) { cli::progress(u"Checked %1 entries\r"_s.arg(checked)); });
    if (!report)
        return cli::failWith(report.error().message);
    const double rate = report->seconds > 0 ? static_cast<double>(report->entriesChecked) / report->seconds : 0;
    if (!report->intact) {
        cli::print(u"The access log is BROKEN at entry %1: %2.\n%3 entries before it are intact."_s
                       .arg(report->firstBadSequence)
                       .arg(report->problem)
                       .arg(report->entriesChecked));
        return brokenExitCode;
    }
    cli::print(u"The access log is intact: %1 entries and %2 checkpoints verified in %3 s (%4 entries/s)."_s
                   .arg(report->entriesChecked)
                   .arg(report->checkpointsChecked)
                   .arg(report->seconds, 0, 'f', 2)
                   .arg(rate, 0, 'f', 0));
    return 0;
}

int writeAnchor(const QString &databasePath, const QString &keyPath)
{
    const QString path = audit::anchor::pathBeside(databasePath);
    if (QFile::exists(path))
        return cli::failWith(u"The access log already has its anchor %1; only the server moves it."_s.arg(path), 2);
    auto key = audit::AuditKey::load(keyPath, false);
    if (!key)
        return cli::failWith(key.error().message);
    audit::AuditVerifier verifier(databasePath, *key);
    verifier.setPolicy({QString(), audit::AuditLog::defaultCheckpointInterval});
    auto report = verifier.verify();
    if (!report)
        return cli::failWith(report.error().message);
    if (!report->intact) {
        cli::print(u"The access log is BROKEN at entry %1: %2. No anchor was written."_s.arg(report->firstBadSequence)
                       .arg(report->problem));
        return brokenExitCode;
    }
    if (auto written = audit::anchor::write(path, *key, report->lastSequence, report->lastHash); !written)
        return cli::failWith(written.error().message);
    cli::print(u"The access log verified and is now anchored at entry %1 (%2)."_s.arg(report->lastSequence).arg(path));
    return 0;
}

int exportEntries(Database &database, audit::AuditLog &log, const ExportOptions &options)
{
    if (options.format != "jsonl"_L1 && options.format != "csv"_L1)
        return cli::failWith(u"--format must be jsonl or csv."_s, 2);
    // CSV is for reading and holds the period; JSONL is for verifying and reaches the seals around it.
    auto range = options.format == "jsonl"_L1 ? audit::AuditRange::sealedAround(database, options.from, options.to)
                                              : audit::AuditRange::between(database, options.from, options.to);
    if (!range)
        return cli::failWith(range.error().message);
    const qint64 rows = range->size();
    // The export is in the log before a single entry leaves the database.
    if (auto logged = logExport(database, log, rows, options); !logged)
        return cli::failWith(u"The export was not logged, so nothing was exported: %1"_s.arg(logged.error().message));
    QSaveFile file(options.outputPath);
    QFile standardOutput;
    QIODevice *out = &file;
    if (options.outputPath.isEmpty()) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return cli::failWith(u"Cannot write to standard output."_s);
        out = &standardOutput;
    } else if (!file.open(QIODevice::WriteOnly)) {
        return cli::failWith(u"Cannot write %1: %2"_s.arg(options.outputPath, file.errorString()));
    }
    out->write(options.format == "jsonl"_L1 ? jsonlHeader(*range, log.key()) : csvLine(csvColumns));
    if (auto written = writeEntries(database, log, *range, options, *out); !written)
        return cli::failWith(written.error().message);
    if (!options.outputPath.isEmpty() && !file.commit())
        return cli::failWith(u"Cannot write %1: %2"_s.arg(options.outputPath, file.errorString()));
    cli::progress(u"Exported %1 entries.\n"_s.arg(rows));
    return 0;
}

} // namespace regiekamer::server::auditCommands
