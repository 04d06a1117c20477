#include "app/BackupOptionsParsing.h"

#include "base/ApiError.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

Result<qint64> parseWhole(const QCommandLineParser &parser, const QString &name, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return badRequest(u"--%1 needs a whole number between %2 and %3."_s.arg(name).arg(minimum).arg(maximum));
    return value;
}

} // namespace

void addBackupOptions(QCommandLineParser &parser)
{
    parser.addOptions(
        {{u"backup-recipients"_s, u"age recipients of the backups with their authentication keys."_s, u"FILE"_s},
         {u"backup-to"_s, u"A backup target: a directory, or rclone:REMOTE:PATH (repeatable)."_s, u"TARGET"_s},
         {u"backup-rclone-config"_s, u"rclone's configuration file for rclone: targets (owner-only)."_s, u"FILE"_s},
         {u"backup-snapshot-hours"_s, u"Hours between full snapshots."_s, u"N"_s},
         {u"backup-retention-days"_s, u"Days of point-in-time restore kept on each target (0: all)."_s, u"N"_s},
         {u"backup-spool-mb"_s, u"Most megabytes of objects waiting for a target that is down."_s, u"N"_s}});
}

Status readBackupOptions(const QCommandLineParser &parser, backup::BackupOptions &options)
{
    options.recipientsFile = parser.value(u"backup-recipients"_s);
    options.targets = parser.values(u"backup-to"_s);
    options.rcloneConfig = parser.value(u"backup-rclone-config"_s);
    if (options.targets.isEmpty() && !options.recipientsFile.isEmpty())
        return badRequest(u"--backup-recipients needs at least one --backup-to TARGET."_s);
    if (!options.targets.isEmpty() && options.recipientsFile.isEmpty())
        return badRequest(u"--backup-to needs --backup-recipients FILE: backups are never written unencrypted."_s);
    if (options.targets.removeDuplicates() > 0)
        return badRequest(u"--backup-to names the same target twice."_s);
    const QList<std::tuple<QString, qint64, qint64, std::function<void(qint64)>>> numbers {
        {u"backup-snapshot-hours"_s, 1, 24 * 31, [&](qint64 v) { options.snapshotInterval = std::chrono::hours(v); }},
        {u"backup-retention-days"_s, 0, 3660, [&](qint64 v) { options.retention = std::chrono::days(v); }},
        {u"backup-spool-mb"_s, 16, 1024 * 1024, [&](qint64 v) { options.spoolLimitBytes = v * 1024 * 1024; }}};
    for (const auto &[name, minimum, maximum, apply] : numbers) {
        if (!parser.isSet(name))
            continue;
        auto value = parseWhole(parser, name, minimum, maximum);
        if (!value)
            return std::unexpected(value.error());
        apply(*value);
    }
    return {};
}

QString backupUsage()
{
    return u"[--backup-recipients FILE --backup-to TARGET... [--backup-rclone-config FILE] "
           "[--backup-snapshot-hours N] [--backup-retention-days N] [--backup-spool-mb N]]"_s;
}

} // namespace regiekamer::server
