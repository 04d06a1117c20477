#include "backup/AgeProcess.h"

#include <QFileInfo>

#include <algorithm>
#include <array>
#include <sys/stat.h>

namespace regiekamer::server::backup::ageProcess {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 chunkBytes = qint64 {256} * 1024;
constexpr qint64 pendingBytes = qint64 {1024} * 1024;
constexpr qsizetype maxStderrChars = 2000;

QString stderrOf(QProcess &process)
{
    QStringList kept;
    for (const QByteArray &line : process.readAllStandardError().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.contains(u"report unexpected or unhelpful errors"_s))
            kept.append(text);
    }
    const QString joined = kept.join(u' ');
    if (joined.isEmpty())
        return u"nothing on stderr"_s;
    return joined.size() > maxStderrChars ? joined.left(maxStderrChars) + u"…"_s : joined;
}

} // namespace

Status start(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setChildProcessModifier([] { ::umask(077); });
    process.start();
    if (!process.waitForStarted(startTimeoutMs))
        return fail(u"backup_age"_s, u"Cannot run %1: %2"_s.arg(program, process.errorString()));
    return {};
}

bool finishedCleanly(QProcess &process, int timeoutMs)
{
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(startTimeoutMs);
        return false;
    }
    return process.error() != QProcess::FailedToStart && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0;
}

QString failureOf(QProcess &process)
{
    const QString program = QFileInfo(process.program()).fileName();
    if (process.error() == QProcess::FailedToStart)
        return u"%1 could not be started: %2"_s.arg(program, process.errorString());
    if (process.error() == QProcess::Timedout)
        return u"%1 did not finish in time and was stopped (%2)"_s.arg(program, stderrOf(process));
    if (process.exitStatus() == QProcess::CrashExit)
        return u"%1 crashed or was killed (%2)"_s.arg(program, stderrOf(process));
    return u"%1 exited with code %2: %3"_s.arg(program).arg(process.exitCode()).arg(stderrOf(process));
}

Input::Input(QProcess &process)
    : m_process(process)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool Input::waitBelow(qint64 pending)
{
    while (m_process.bytesToWrite() > pending) {
        if (m_process.state() != QProcess::Running || !m_process.waitForBytesWritten(stallTimeoutMs)) {
            setErrorString(u"age stopped taking input"_s);
            return false;
        }
    }
    return true;
}

qint64 Input::writeData(const char *data, qint64 size)
{
    for (qint64 done = 0; done < size;) {
        const qint64 step = std::min(chunkBytes, size - done);
        if (m_process.state() != QProcess::Running || m_process.write(data + done, step) != step) {
            setErrorString(u"age stopped taking input"_s);
            return -1;
        }
        done += step;
        if (!waitBelow(pendingBytes))
            return -1;
    }
    return size;
}

bool Input::drain()
{
    return waitBelow(0);
}

Output::Output(QProcess &process)
    : m_process(process)
{
    m_process.setReadChannel(QProcess::StandardOutput);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool Output::atEnd() const
{
    return QIODevice::bytesAvailable() == 0 && m_process.bytesAvailable() == 0 &&
        m_process.state() == QProcess::NotRunning;
}

qint64 Output::readData(char *data, qint64 maxSize)
{
    for (;;) {
        if (m_process.bytesAvailable() > 0)
            return m_process.read(data, maxSize);
        if (m_process.state() == QProcess::NotRunning)
            return -1;
        if (!m_process.waitForReadyRead(stallTimeoutMs) && m_process.state() == QProcess::Running &&
            m_process.bytesAvailable() == 0) {
            setErrorString(u"age gave no output for %1 seconds"_s.arg(stallTimeoutMs / 1000));
            return -1;
        }
    }
}

bool Output::discardRest()
{
    std::array<char, std::size_t {64} * 1024> sink {};
    while (read(sink.data(), static_cast<qint64>(sink.size())) > 0) { }
    return m_process.state() == QProcess::NotRunning;
}

} // namespace regiekamer::server::backup::ageProcess
