#pragma once

#include "protocol/Roles.h"

#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// Starts the real regiekamer-server on a free loopback port for a test, and drives regiekamer-admin.
class ServerProcess
{
public:
    struct DemoAccount
    {
        QString email;
        QString password;
    };

    ServerProcess();
    ~ServerProcess();

    // Starts the server with --data-dir dataDir() --listen 127.0.0.1:PORT plus extraArguments and waits until it
    // listens. Returns false (with the server's output in lastOutput()) when it did not come up in time.
    bool start(const QStringList &extraArguments = {}, int port = 0);
    // SIGTERM, then waits; returns the exit code, or -1 when it had to be killed.
    int terminate();
    bool isRunning() const;

    // Runs regiekamer-admin --data-dir dataDir() with arguments, feeding standardInput. Returns the exit code.
    int runAdmin(const QStringList &arguments, const QByteArray &standardInput = {},
                 QByteArray *output = nullptr) const;

    QString dataDir() const;
    void setDataDir(const QString &directory);
    QUrl baseUrl() const;
    int port() const;
    qint64 processId() const; // 0 when not running
    QString fingerprint() const; // SHA-256, hex pairs separated by ':' as the server printed it
    QByteArray lastOutput() const;
    // Demo accounts by role, read from DATA_DIR/demo-accounts.txt after a --demo start.
    QMap<regiekamer::Role, DemoAccount> demoAccounts() const;

    static QString serverBinary();
    static QString adminBinary();
    static int freeLoopbackPort();

private:
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    int m_port = 0;
    QString m_fingerprint;
};
