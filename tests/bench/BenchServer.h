#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// What the benchmark tools share: failing loudly, a free port, and a regiekamer-server process they start and stop.
namespace regiekamer::bench {

[[noreturn]] void die(const QString &message);
int freePort();

class Server
{
public:
    Server(QString binary, QString dataDir, int port);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    // Starts the server and waits (up to 2 minutes) until it listens.
    void start(const QStringList &extra = {});
    // SIGTERM, then a kill if it does not stop within 30 s.
    void stop();

private:
    QString m_binary, m_dataDir;
    int m_port;
    QProcess m_process;
};

} // namespace regiekamer::bench
