#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace regiekamer::server::backup {

// One `rclone rcd` per rclone target, driven through its remote-control API on loopback. Starting rclone costs
// 0.2-0.5 s per command here (a 57 MB Go program, its configuration, the remote's first round trips), and a put
// through commands needs one upload of the batch to a hidden name plus one `moveto` per object (rclone 1.60 refuses
// to move a batch within one remote's tree): 5 objects took 2 s or more, against the 1 s budget. The daemon keeps
// the remote's connections; an object costs two calls, about 85 ms on loopback webdav (its pacer spaces requests
// 10 ms apart).
//
// The daemon listens on 127.0.0.1 on a port it picks itself (read from its log, so nobody can take the port in
// between) and answers only with a random user and password that reach it through its environment, never its
// command line. Its standard error is read here: the port at start, the rest drained and kept as a short tail.
// It is started with the parent-death signal (SIGKILL), so it never outlives the server, even after kill -9; the
// kernel sends that signal when the *thread* that started it ends, and the next call then starts a new daemon.
class RcloneDaemon
{
public:
    // `arguments` follow "rcd" (the common flags); the daemon adds its listening address.
    RcloneDaemon(QString program, QStringList arguments, const QProcessEnvironment &environment, int timeoutSeconds);
    ~RcloneDaemon();
    RcloneDaemon(const RcloneDaemon &) = delete;
    RcloneDaemon &operator=(const RcloneDaemon &) = delete;

    // Runs one method ("operations/copyfile", …) with its parameters and returns rclone's answer; starts the daemon
    // when it is not running. The call may take the timeout plus the time `transferBytes` need at 256 KiB/s; past
    // that the daemon is stopped (and the next call starts a new one). rclone's own errors are redacted; a missing
    // object or directory (HTTP 404) has the code "rclone_not_found", every other failure "rclone".
    Result<QJsonObject> call(const QString &method, const QJsonObject &parameters, qint64 transferBytes = 0);
    // Stops the daemon (SIGKILL) and reaps it.
    void stop();
    bool isRunning();

private:
    Status start();
    Status waitForPort(const QDeadlineTimer &deadline);
    void drainLog();
    Result<QByteArray> exchange(const QByteArray &request, const QDeadlineTimer &deadline);

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    int m_timeoutSeconds;
    pid_t m_pid = -1;
    int m_log = -1; // read end of the daemon's standard error
    quint16 m_port = 0;
    QByteArray m_authorization;
    QByteArray m_logTail;
};

} // namespace regiekamer::server::backup
