// regiekamer-admin audit verify-export: checks an export of the access log on its own, without the database.
#include "audit/AuditExportCheck.h"
#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "cli/AuditCommands.h"
#include "cli/CliOutput.h"

#include <QFile>

#include <optional>

namespace regiekamer::server::auditCommands {

using namespace Qt::StringLiterals;

int verifyExport(const QString &exportPath, const QString &keyPath)
{
    std::optional<audit::AuditKey> key;
    if (!keyPath.isEmpty()) {
        auto loaded = audit::AuditKey::load(keyPath, false);
        if (!loaded)
            return cli::failWith(loaded.error().message);
        key = std::move(*loaded);
    }
    QFile file(exportPath);
    if (!file.open(QIODevice::ReadOnly))
        return cli::failWith(u"Cannot read %1: %2"_s.arg(exportPath, file.errorString()));
    // The server's interval: the header cannot be trusted to say where a checkpoint is due.
    const audit::ExportReport report =
        audit::checkExport(file, key ? &*key : nullptr, audit::AuditLog::defaultCheckpointInterval);
    if (!report.intact) {
        cli::print(report.badSequence > 0
                       ? u"The export is BROKEN at entry %1: %2."_s.arg(report.badSequence).arg(report.problem)
                       : u"The export is BROKEN: %1."_s.arg(report.problem));
        return brokenExitCode;
    }
    const QString stretch = report.entries == 0
        ? u"no entries"_s
        : u"entries %1 to %2 (the period asked for: %3 to %4)"_s.arg(report.first)
              .arg(report.last)
              .arg(report.periodFirst)
              .arg(report.periodLast);
    if (!report.sealsVerified) {
        cli::print(u"The export is complete and linked: %1, bound to %2 seals. The seals were NOT verified (no "
                   "checkpoint key given): only with the key does this show that nobody rewrote it."_s.arg(stretch)
                       .arg(report.seals));
        return 0;
    }
    cli::print(u"The export is intact: %1, %2 entries linked, %3 seals verified."_s.arg(stretch)
                   .arg(report.entries)
                   .arg(report.seals));
    return 0;
}

} // namespace regiekamer::server::auditCommands
