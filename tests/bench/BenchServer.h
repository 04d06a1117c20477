#pragma once

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

// What the benchmark tools share: failing loudly, a free port, the demo accounts, and a regiekamer-server process they
// start and stop.
namespace regiekamer::bench {

[[noreturn]] void die(const QString &message);
int freePort();
// The e-mail address of the demo account of `role` in DATA_DIR/demo-accounts.txt; its password in *password.
QString demoAccount(const QString &dataDir, const QString &role, QString *password);

// The value at fraction p (0..1) of the values (the nearest rank at or above it); 0 for none.
double percentile(QList<double> values, double p);
// TLS 1.3 as the desktop speaks it, trusting only DATA_DIR/server-certificate.pem: for clients of a bench's server.
QSslConfiguration loopbackTls(const QString &dataDir);

// --server, --data-dir and --port: the options of a bench that starts its own server.
struct ServerOptions
{
    QString binary, dataDir;
    int port = 0;
};
void addServerOptions(QCommandLineParser &parser);
// Dies without --server or --data-dir; a free port unless --port.
ServerOptions serverOptions(const QCommandLineParser &parser);

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
    // When the data directory holds no database yet: starts the server once with --demo (schema, demo accounts,
    // certificate) and stops it, so the bench can seed its data with the server stopped.
    void createDemoDataOnce();
    qint64 processId() const { return m_process.processId(); }

private:
    QString m_binary, m_dataDir;
    int m_port;
    QProcess m_process;
};

// A signed-in (or anonymous) client of the API over TLS; any answer but 200 or 201 ends the tool.
struct Client
{
    QSslConfiguration tls;
    QUrl base;
    QString token;

    // The answer's body; *ms (if given) receives the round trip in milliseconds.
    QByteArray request(QNetworkAccessManager &network, const QString &path, const QUrlQuery &query, double *ms,
                       const QByteArray &verb = "GET", const QByteArray &body = {});
};

// Signs in as the demo account of `role` in DATA_DIR over TLS 1.3, trusting the server's own certificate.
Client signIn(QNetworkAccessManager &network, const QString &dataDir, int port, const QString &role);

} // namespace regiekamer::bench
