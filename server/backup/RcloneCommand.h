#pragma once

#include "backup/BackupTarget.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What every use of rclone shares: where the program is, the flags that keep it from prompting or waiting without
// end, the environment it runs in, and how its messages are cleaned before they reach a log or a status page.
namespace regiekamer::server::backup::rclone {

// rclone on PATH (Debian's package installs /usr/bin/rclone).
Result<QString> locateProgram();
// Flags for every call: the configuration file when one is given, never prompt for a password, bounded connect
// and idle timeouts, few retries, and objects always transferred (never skipped as "unchanged" on size alone).
QStringList commonArguments(const TargetOptions &options);
// The caller's environment, without RCLONE_CONFIG when the options name the file (an inherited variable must not
// point rclone at another configuration) and without any RCLONE_RC_* (the daemon's remote control is ours).
QProcessEnvironment environment(const TargetOptions &options);
// rclone's message with credentials taken out: the user information of URLs and password-like parameters.
QString redact(const QString &text);
// Runs `rclone ARGUMENTS…` with the common arguments and no standard input; returns its standard output. A failure
// carries rclone's last lines of standard error, redacted.
Result<QByteArray> run(const QString &program, const QStringList &arguments, const TargetOptions &options);

} // namespace regiekamer::server::backup::rclone
