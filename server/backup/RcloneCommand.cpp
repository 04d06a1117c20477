#include "backup/RcloneCommand.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace regiekamer::server::backup::rclone {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxContimeoutSeconds = 10;
constexpr qsizetype maxMessageLength = 2000;

std::unexpected<Error> rcloneError(const QString &message)
{
    return fail(u"rclone"_s, message);
}

// The tail of rclone's output, where the reason for a failure is, as one readable message.
QString lastLines(const QByteArray &output)
{
    QString text = redact(QString::fromUtf8(output).trimmed());
    if (text.size() > maxMessageLength)
        text = u"…"_s + text.right(maxMessageLength);
    return text.isEmpty() ? u"no message"_s : text;
}

} // namespace

Result<QString> locateProgram()
{
    QString program = QStandardPaths::findExecutable(u"rclone"_s);
    if (program.isEmpty())
        return rcloneError(u"rclone is not installed (no rclone on PATH); install Debian's rclone package."_s);
    return program;
}

QStringList commonArguments(const TargetOptions &options)
{
    const int timeout = std::max(1, options.timeoutSeconds);
    QStringList arguments;
    if (!options.rcloneConfig.isEmpty())
        arguments << u"--config"_s << options.rcloneConfig;
    arguments << u"--ask-password=false"_s << u"--contimeout"_s << u"%1s"_s.arg(std::min(timeout, maxContimeoutSeconds))
              << u"--timeout"_s << u"%1s"_s.arg(timeout) << u"--retries"_s << u"1"_s << u"--low-level-retries"_s
              << u"2"_s << u"--ignore-times"_s;
    return arguments;
}

QProcessEnvironment environment(const TargetOptions &options)
{
    QProcessEnvironment result = QProcessEnvironment::systemEnvironment();
    for (const QString &name : result.keys()) {
        if (name.startsWith(u"RCLONE_RC_"_s) || (name == u"RCLONE_CONFIG"_s && !options.rcloneConfig.isEmpty()))
            result.remove(name);
    }
    return result;
}

QString redact(const QString &text)
{
    static const QRegularExpression userInfo(u"([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s\"']*@"_s);
    static const QRegularExpression parameter(
        u"\\b(pass|password|secret|token|secret_access_key|access_key_id|key_file_pass|bearer_token)=[^\\s&,\"']*"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(userInfo, u"\\1***@"_s);
    result.replace(parameter, u"\\1=***"_s);
    return result;
}

Result<QByteArray> run(const QString &program, const QStringList &arguments, const TargetOptions &options)
{
    QProcess process;
    process.setProcessEnvironment(environment(options));
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, commonArguments(options) + arguments);
    const int timeoutMs = std::max(1, options.timeoutSeconds) * 1000;
    if (!process.waitForStarted(timeoutMs))
        return rcloneError(u"Cannot run %1: %2"_s.arg(program, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return rcloneError(u"rclone %1 did not finish within %2 s."_s.arg(arguments.value(0)).arg(timeoutMs / 1000));
    }
    QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return rcloneError(u"rclone %1 failed (exit code %2): %3"_s.arg(arguments.value(0))
                               .arg(process.exitCode())
                               .arg(lastLines(process.readAllStandardError())));
    }
    return output;
}

} // namespace regiekamer::server::backup::rclone
