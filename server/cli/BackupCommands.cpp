#include "cli/BackupCommands.h"

#include "backup/AgeTool.h"
#include "backup/BackupAuth.h"
#include "backup/BackupStatusFile.h"
#include "backup/Restore.h"
#include "backup/SnapshotRequest.h"
#include "base/PrivateFile.h"
#include "cli/CliOutput.h"
#include "protocol/BackupStatus.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

namespace regiekamer::server::backupCommands {

using namespace Qt::StringLiterals;

const char *const usageLines =
    "       regiekamer-admin backup keygen --identity FILE --recipients FILE\n"
    "       regiekamer-admin backup keygen --from-identity FILE --recipients FILE\n"
    "       regiekamer-admin --data-dir DIR backup status [--json]\n"
    "       regiekamer-admin --data-dir DIR backup snapshot [--timeout S]\n"
    "       regiekamer-admin backup list --from TARGET [--identity FILE] [--rclone-config FILE]\n"
    "       regiekamer-admin backup verify --from TARGET --identity FILE [--installation ID] [--rclone-config FILE]\n"
    "       regiekamer-admin backup restore --from TARGET --identity FILE --to DIR [--at T] [--installation ID] "
    "[--rclone-config FILE]\n";

namespace {

// Written by the server's backup engine every second while it runs.
constexpr int defaultSnapshotTimeout = 120;

int usage(const QString &message)
{
    return cli::failWith(message + u"\nUsage:\n"_s + QString::fromLatin1(usageLines).chopped(1), 2);
}

// --- keygen

QStringList publicKeysIn(const QList<backup::Recipient> &recipients)
{
    QStringList keys;
    for (const auto &recipient : recipients)
        keys.append(recipient.publicKey);
    return keys;
}

// Appends the identity's recipients to the recipients file (created owner-only), skipping those it lists already.
Result<qsizetype> appendRecipients(const QList<backup::Recipient> &recipients, const QString &path)
{
    QCA::SecureArray contents;
    QStringList present;
    if (QFileInfo::exists(path)) {
        auto known = backup::auth::readRecipientsFile(path);
        if (!known)
            return std::unexpected(known.error());
        present = publicKeysIn(*known);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"backup_keygen"_s, u"Cannot read %1: %2"_s.arg(path, file.errorString()));
        contents = QCA::SecureArray(file.readAll());
        if (!contents.isEmpty() && contents[contents.size() - 1] != '\n')
            contents.append(QCA::SecureArray(QByteArray("\n")));
    }
    for (const auto &recipient : recipients) {
        if (present.contains(recipient.publicKey))
            continue;
        QByteArray line = backup::auth::recipientsFileLine(recipient);
        if (!line.endsWith('\n'))
            line.append('\n');
        contents.append(QCA::SecureArray(line));
        line.fill('\0');
        present.append(recipient.publicKey);
    }
    const QByteArrayView bytes(contents.constData(), contents.size());
    if (auto written = QFileInfo::exists(path) ? privateFile::replace(path, bytes) : privateFile::create(path, bytes);
        !written)
        return std::unexpected(written.error());
    return present.size();
}

int keygen(const QCommandLineParser &parser)
{
    const bool existing = parser.isSet(u"from-identity"_s);
    const QString identity = parser.value(existing ? u"from-identity"_s : u"identity"_s);
    const QString recipientsPath = parser.value(u"recipients"_s);
    if (identity.isEmpty() || recipientsPath.isEmpty() || (existing && parser.isSet(u"identity"_s)))
        return usage(u"backup keygen needs --identity FILE (a new identity) or --from-identity FILE (an existing "
                     "one), and --recipients FILE."_s);
    auto age = backup::AgeTool::locate();
    if (!age)
        return cli::failWith(age.error().message);
    if (!existing && QFileInfo::exists(identity))
        return cli::failWith(u"%1 exists; keygen never overwrites an identity. To add the recipient of an existing "
                             "identity, use --from-identity %1."_s.arg(identity));
    if (!existing) {
        if (auto created = age->generateIdentity(identity); !created)
            return cli::failWith(created.error().message);
    }
    auto recipients = backup::auth::readIdentityFile(*age, identity);
    if (!recipients)
        return cli::failWith(recipients.error().message);
    auto listed = appendRecipients(*recipients, recipientsPath);
    if (!listed)
        return cli::failWith(listed.error().message);
    cli::print(u"Backup identity: %1 (%2, recipient %3)."_s.arg(identity, existing ? u"existing"_s : u"new"_s,
                                                                publicKeysIn(*recipients).join(u", "_s)));
    cli::print(u"  Keep it OFFLINE, in two safe places (e.g. two USB sticks in two safes). It is the only key that "
               "reads the backups and the only way to restore; the server must never hold it."_s);
    cli::print(u"Recipients file: %1 (%2 recipient(s))."_s.arg(recipientsPath).arg(*listed));
    cli::print(u"  Install it on the server, owner-only (mode 0600, owned by the server's user), e.g. as "
               "/etc/regiekamer/backup-recipients, and start regiekamer-server with --backup-recipients FILE. It "
               "cannot decrypt backups, but it holds the keys that authenticate them: keep it as private as the "
               "master key."_s);
    return 0;
}

// --- status and snapshot

QString ageText(qint64 seconds)
{
    if (seconds < 120)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 7200)
        return u"%1 min"_s.arg(seconds / 60);
    return u"%1 h"_s.arg(seconds / 3600);
}

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return u"none yet"_s;
    return u"%1 (%2 ago)"_s.arg(backup::displayTime(time), ageText(time.secsTo(QDateTime::currentDateTimeUtc())));
}

void printTargets(const api::BackupStatus &status)
{
    for (const auto &target : status.targets) {
        QString line = u"Target %1: %2, newest object %3, %4 queued"_s
                           .arg(target.description, target.reachable ? u"reachable"_s : u"UNREACHABLE"_s,
                                target.newestObjectAgeSeconds < 0 ? u"none yet"_s
                                                                  : ageText(target.newestObjectAgeSeconds) + u" old"_s)
                           .arg(target.queuedObjects);
        if (!target.lastError.isEmpty())
            line += u", last error: "_s + target.lastError;
        cli::print(line);
    }
}

int status(const QCommandLineParser &parser, const QString &dataDir)
{
    auto read = backup::statusFile::readWritten(dataDir);
    if (!read)
        return cli::failWith(read.error().message);
    if (!*read) {
        cli::print(parser.isSet(u"json"_s) ? u"{\"state\":\"off\"}"_s : u"Backups: off"_s);
        return cli::failWith(u"There is no %1: backups are off, or the server has not started since they were "
                             "configured. Start regiekamer-server with --backup-recipients FILE and --backup-to "
                             "TARGET."_s.arg(backup::statusFile::pathIn(dataDir)));
    }
    const api::BackupStatus &current = **read;
    const qint64 age = current.updatedAt.isValid() ? current.updatedAt.secsTo(QDateTime::currentDateTimeUtc()) : -1;
    const bool stale = age < 0 || age > backup::statusFile::staleAfterSeconds;
    if (parser.isSet(u"json"_s)) {
        cli::print(QString::fromUtf8(QJsonDocument(current.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        cli::print(u"Backups: %1 (engine %2), status updated %3%4"_s.arg(api::backupStateToWire(current.state),
                                                                         current.engine, timeText(current.updatedAt),
                                                                         stale ? u" - STALE"_s : QString()));
        cli::print(u"Last snapshot: %1; next: %2"_s.arg(
            timeText(current.lastSnapshotAt),
            current.nextSnapshotAt.isValid() ? backup::displayTime(current.nextSnapshotAt) : u"none scheduled"_s));
        cli::print(u"Changes not yet in an object: %1"_s.arg(current.pendingChanges));
        printTargets(current);
    }
    if (stale)
        return cli::failWith(u"The status is stale (last written %1 ago): the server is not running or its backup "
                             "engine is stuck. Check the server and its log."_s.arg(age < 0 ? u"?"_s : ageText(age)));
    if (current.state != api::BackupState::Ok)
        return cli::failWith(u"Backups are %1: see the targets above (a target that is down or behind may be missing "
                             "data). Fix the target or its connection; the queue is sent when it is back."_s.arg(
                                 api::backupStateToWire(current.state)));
    return 0;
}

int snapshot(const QCommandLineParser &parser, const QString &dataDir)
{
    int timeout = defaultSnapshotTimeout;
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        timeout = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || timeout < 1 || timeout > 86'400)
            return usage(u"--timeout needs a number of seconds between 1 and 86400."_s);
    }
    const QDateTime requestedAt = QDateTime::currentDateTimeUtc();
    if (auto requested = backup::snapshotRequest::record(dataDir, requestedAt); !requested)
        return cli::failWith(requested.error().message);
    QElapsedTimer waited;
    waited.start();
    qint64 nextProgress = 5;
    while (waited.elapsed() < qint64(timeout) * 1000) {
        auto read = backup::statusFile::readWritten(dataDir);
        if (read && *read && (*read)->lastSnapshotAt.isValid() && (*read)->lastSnapshotAt >= requestedAt) {
            cli::print(u"Snapshot taken at %1. It is on the targets when `regiekamer-admin backup status` shows no "
                       "queued objects."_s.arg(backup::displayTime((*read)->lastSnapshotAt)));
            return 0;
        }
        if (waited.elapsed() >= nextProgress * 1000) {
            cli::progress(
                u"Waiting for the server to take the snapshot (%1 s of %2 s)...\n"_s.arg(nextProgress).arg(timeout));
            nextProgress += 5;
        }
        QThread::msleep(200);
    }
    return cli::failWith(u"No running server took the snapshot within %1 s. Check that regiekamer-server runs on %2 "
                         "with --backup-to (`regiekamer-admin --data-dir %2 backup status`). The request stays: the "
                         "server takes the snapshot when it next runs."_s.arg(timeout)
                             .arg(dataDir));
}

// --- list, verify, restore

// --from TARGET, --identity, --rclone-config; nullopt after a usage error was printed.
std::optional<backup::ChainSource> chainSource(const QCommandLineParser &parser, bool identityRequired, int &code)
{
    backup::ChainSource source;
    source.target = parser.value(u"from"_s);
    source.identityPath = parser.value(u"identity"_s);
    source.options.rcloneConfig = parser.value(u"rclone-config"_s);
    if (source.target.isEmpty()) {
        code = usage(u"This command needs --from TARGET: a directory, or rclone:REMOTE:PATH."_s);
        return std::nullopt;
    }
    if (identityRequired && source.identityPath.isEmpty()) {
        code = usage(u"This command needs --identity FILE: the backup identity (kept offline)."_s);
        return std::nullopt;
    }
    return source;
}

int list(const backup::ChainSource &source)
{
    auto chain = backup::ObjectChain::open(source);
    if (!chain)
        return cli::failWith(chain.error().message);
    int unreadable = 0;
    for (const backup::ObjectName &object : (*chain)->objects()) {
        if (source.identityPath.isEmpty()) {
            cli::print(object.name);
            continue;
        }
        auto read = (*chain)->read(object);
        if (!read) {
            ++unreadable;
            cli::print(u"%1  UNREADABLE: %2"_s.arg(object.name, read.error().message));
            continue;
        }
        const backup::ObjectHeader &header = read->header;
        cli::print(
            u"%1  %2 %3  changes %4-%5  committed %6 to %7"_s.arg(object.name, backup::objectKindName(header.kind))
                .arg(header.number)
                .arg(header.firstSequence)
                .arg(header.lastSequence)
                .arg(backup::displayTime(header.firstCommit), backup::displayTime(header.lastCommit)));
    }
    for (const QString &other : (*chain)->otherNames())
        cli::print(u"%1  (not a backup object)"_s.arg(other));
    cli::progress(u"%1 object(s) of %2 installation(s) on %3.\n"_s.arg((*chain)->objects().size())
                      .arg((*chain)->installations().size())
                      .arg((*chain)->targetDescription()));
    if (unreadable > 0)
        return cli::failWith(
            u"%1 object(s) could not be read. Run `backup verify` for the whole check."_s.arg(unreadable));
    return 0;
}

int verify(const backup::ChainSource &source, const QString &installation)
{
    const backup::VerifyReport report = backup::verify({source, installation});
    if (!report.otherInstallations.isEmpty())
        cli::progress(u"The target also holds installation(s) %1; check one with --installation ID.\n"_s.arg(
            report.otherInstallations.join(u", "_s)));
    if (!report.problems.isEmpty()) {
        cli::print(u"The backup of installation %1 on %2 does NOT verify: %3 problem(s)."_s
                       .arg(report.installation.isEmpty() ? u"?"_s : report.installation, source.target)
                       .arg(report.problems.size()));
        for (const QString &problem : report.problems)
            cli::print(u"  - "_s + problem);
        return cli::failWith(u"Do not rely on this backup for the times the problems touch. Compare with the other "
                             "target, and take a new snapshot on the server (`regiekamer-admin backup snapshot`) so "
                             "that a sound chain starts."_s);
    }
    cli::print(u"The backup of installation %1 on %2 verifies: %3 object(s) (numbers %4 to %5), %6 snapshot(s), "
               "%7 change(s), committed from %8 to %9 (up to change %10)."_s.arg(report.installation, source.target)
                   .arg(report.objects)
                   .arg(report.firstNumber)
                   .arg(report.lastNumber)
                   .arg(report.snapshots)
                   .arg(report.changes)
                   .arg(backup::displayTime(report.firstCommit), backup::displayTime(report.lastCommit))
                   .arg(report.lastSequence));
    cli::print(u"The newest snapshot's %1 change(s) applied cleanly to a trial copy of it."_s.arg(report.trialChanges));
    return 0;
}

void printRestored(const backup::RestoreReport &report, const backup::RestoreOptions &options)
{
    cli::print(u"Restored installation %1 from %2 into %3."_s.arg(report.installation, options.source.target,
                                                                  options.destination));
    cli::print(u"  From snapshot %1, taken %2, then %3 more object(s) with %4 change(s)."_s.arg(report.snapshotNumber)
                   .arg(backup::displayTime(report.snapshotAt))
                   .arg(report.objectsUsed - 1)
                   .arg(report.changesApplied));
    cli::print(u"  The database holds every change up to change %1, committed %2."_s.arg(report.lastSequence)
                   .arg(backup::displayTime(report.lastCommit)));
    QStringList versions;
    for (int version : report.masterKeyVersions)
        versions.append(QString::number(version));
    cli::print(u"  Files: %1%2."_s.arg(
        report.files.join(u", "_s),
        versions.isEmpty() ? QString() : u" (master key versions %1)"_s.arg(versions.join(u", "_s))));
    if (versions.isEmpty())
        cli::print(u"  The backup holds no master key file: give the server the master key file of the lost "
                   "installation (--master-key)."_s);
    cli::print(u"Next: give the directory to the server's user (e.g. chown -R regiekamer: %1), start regiekamer-server "
               "--data-dir %1 with its backup options (it starts a new backup installation), then run "
               "`regiekamer-admin --data-dir %1 audit verify`. Everyone signs in again: sessions are not "
               "restored."_s.arg(options.destination));
}

int restore(const QCommandLineParser &parser, const backup::ChainSource &source)
{
    backup::RestoreOptions options {source, parser.value(u"to"_s), {}, parser.value(u"installation"_s)};
    if (options.destination.isEmpty())
        return usage(u"backup restore needs --to DIR: a new or empty directory."_s);
    if (parser.isSet(u"at"_s)) {
        options.at = QDateTime::fromString(parser.value(u"at"_s), Qt::ISODateWithMs);
        if (!options.at.isValid())
            return usage(u"--at must be an ISO 8601 time, e.g. 2026-11-26T09:00:00Z or 2026-11-26T09:00:00.250Z."_s);
    }
    cli::progress(u"Restoring from %1 into %2 (as of %3)...\n"_s.arg(
        source.target, options.destination, options.at.isValid() ? backup::displayTime(options.at) : u"now"_s));
    auto report = backup::restore(options);
    if (!report)
        return cli::failWith(
            u"Restore refused, nothing was written to %1: %2"_s.arg(options.destination, report.error().message));
    printRestored(*report, options);
    return 0;
}

} // namespace

QList<QCommandLineOption> options()
{
    return {{u"identity"_s, u"Backup identity file (age-keygen; kept offline)."_s, u"FILE"_s},
            {u"from-identity"_s, u"Existing backup identity file."_s, u"FILE"_s},
            {u"recipients"_s, u"The server's backup recipients file."_s, u"FILE"_s},
            {u"at"_s, u"Point in time to restore (ISO 8601)."_s, u"T"_s},
            {u"installation"_s, u"Backup installation id."_s, u"ID"_s},
            {u"rclone-config"_s, u"rclone configuration file."_s, u"FILE"_s},
            {u"timeout"_s, u"Seconds to wait for the snapshot."_s, u"S"_s},
            {u"json"_s, u"Print the status as JSON."_s}};
}

int run(const QCommandLineParser &parser, const QString &dataDir)
{
    const QStringList command = parser.positionalArguments();
    const QString sub = command.value(1);
    if (command.size() != 2)
        return usage(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
    if (sub == "keygen"_L1)
        return keygen(parser);
    if (sub == "status"_L1 || sub == "snapshot"_L1) {
        if (dataDir.isEmpty())
            return usage(u"--data-dir is required."_s);
        return sub == "status"_L1 ? status(parser, dataDir) : snapshot(parser, dataDir);
    }
    if (sub != "list"_L1 && sub != "verify"_L1 && sub != "restore"_L1)
        return usage(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
    int code = 2;
    const auto source = chainSource(parser, sub != "list"_L1, code);
    if (!source)
        return code;
    if (sub == "list"_L1)
        return list(*source);
    if (sub == "verify"_L1)
        return verify(*source, parser.value(u"installation"_s));
    return restore(parser, *source);
}

} // namespace regiekamer::server::backupCommands
