#pragma once

#include "base/Result.h"

#include <QIODevice>
#include <QProcess>
#include <QStringList>

// Running age and age-keygen: starting them, streaming into and out of them with bounded memory, and saying how
// they ended. Used by AgeTool only.
namespace regiekamer::server::backup::ageProcess {

inline constexpr int startTimeoutMs = 10'000;
// age silent this long (taking no input, giving no output, not ending) counts as hung.
inline constexpr int stallTimeoutMs = 120'000;

// Starts `program` with owner-only file creation (umask 077) and stdin/stdout as pipes.
Status start(QProcess &process, const QString &program, const QStringList &arguments);
// Waits for the end (killing it after `timeoutMs`); true only for a normal exit with code 0.
bool finishedCleanly(QProcess &process, int timeoutMs);
// How it failed, for an operator: why it did not start, that it crashed or hung, or its exit code and stderr
// (age's stderr names files and problems, never key material).
QString failureOf(QProcess &process);

// A device whose writes go to the process's stdin in chunks, waiting while more than a bounded amount is pending.
class Input final : public QIODevice
{
public:
    explicit Input(QProcess &process);
    bool isSequential() const override { return true; }
    // Waits until everything written has reached the process.
    bool drain();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool waitBelow(qint64 pending);

    QProcess &m_process;
};

// A device reading the process's stdout as it comes; a read blocks until there are bytes or the process has ended.
class Output final : public QIODevice
{
public:
    explicit Output(QProcess &process);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return QIODevice::bytesAvailable() + m_process.bytesAvailable(); }
    bool atEnd() const override;
    // Reads and discards everything up to the end; false when the process stalled.
    bool discardRest();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QProcess &m_process;
};

} // namespace regiekamer::server::backup::ageProcess
