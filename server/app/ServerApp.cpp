#include "app/ServerApp.h"

#include "app/AppLogging.h"
#include "app/ServerLifecycle.h"
#include "app/SignalWatcher.h"
#include "base/ApiError.h"
#include "crypto/CryptoKnownAnswers.h"
#include "db/DataDirectory.h"
#include "db/Database.h"
#include "http/CertificateStore.h"
#include "http/ServerTls.h"
#include "keys/MasterKey.h"
#include "keys/SealConfig.h"
#include "net/GuardedListener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>

#include <cstdio>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

int failWith(const QString &message, int code = 1)
{
    std::fprintf(stderr, "regiekamer-server: error: %s\n", qUtf8Printable(message));
    return code;
}

QHostAddress resolve(const QString &host)
{
    QHostAddress address(host);
    if (!address.isNull())
        return address;
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    const QHostInfo info = QHostInfo::fromName(host);
    return info.addresses().isEmpty() ? QHostAddress() : info.addresses().first();
}

// Listens before writing anything, so a busy port leaves no half-made data directory behind; then creates the
// data directory and loads or makes the certificate (removing a directory it just created if that fails).
Result<std::unique_ptr<net::GuardedListener>> openListener(const ServerOptions &options, const QHostAddress &address,
                                                           ServerIdentity &identity)
{
    auto tlsServer = std::make_unique<net::GuardedListener>(options.connectionLimits);
    if (!tlsServer->listen(address, options.port))
        return fail(QString::fromLatin1(api::errc::internal),
                    u"Cannot listen on %1:%2: %3"_s.arg(options.host).arg(options.port).arg(tlsServer->errorString()));
    const bool existed = QFileInfo::exists(options.dataDir);
    if (auto dir = dataDirectory::ensure(options.dataDir); !dir)
        return std::unexpected(dir.error());
    auto loaded = options.certificateFile.isEmpty() ? certificateStore::loadOrCreate(options.dataDir, options.host)
                                                    : certificateStore::load(options.certificateFile, options.keyFile);
    if (!loaded) {
        if (!existed)
            QDir().rmdir(options.dataDir);
        return std::unexpected(loaded.error());
    }
    identity = *loaded;
    tlsServer->setTlsConfiguration(serverTlsConfiguration(identity));
    return tlsServer;
}

// Production (sealed) mode is on exactly when DATA_DIR/seal.json exists; a plain key file beside it defeats the seal.
Result<std::optional<SealConfig>> checkKeys(const ServerOptions &options)
{
    auto seal = SealConfig::load(options.dataDir);
    if (!seal)
        return std::unexpected(seal.error());
    if (*seal) {
        if (QFileInfo::exists(options.masterKeyFile))
            return fail(
                QString::fromLatin1(api::errc::internal),
                u"The server is sealed (%1) but a plain master key file lies beside it (%2): that defeats the "
                "seal. Remove the key file (it is what the custodians' shares protect) and start again."_s.arg(
                    QDir(options.dataDir).filePath(QString::fromLatin1(SealConfig::fileName)), options.masterKeyFile));
        return seal;
    }
    // An unreadable, malformed or insecure master key file is refused before the data directory is touched.
    if (auto masterKey = MasterKey::load(options.masterKeyFile); !masterKey)
        return std::unexpected(masterKey.error());
    return seal;
}

} // namespace

int runServer(const QStringList &arguments)
{
    auto options = ServerOptions::parse(arguments);
    if (!options)
        return failWith(options.error().message + u'\n' + ServerOptions::usage(), 2);
    if (options->versionRequested) {
        printLine(ServerOptions::versionText());
        return 0;
    }
    if (auto selfTest = crypto::selfTest(); !selfTest)
        return failWith(selfTest.error().message);
    if (auto dir = dataDirectory::check(options->dataDir); !dir)
        return failWith(dir.error().message);
    auto seal = checkKeys(*options);
    if (!seal)
        return failWith(seal.error().message);
    const QHostAddress address = resolve(options->host);
    if (address.isNull())
        return failWith(u"Cannot resolve listen host \"%1\"."_s.arg(options->host));
    ServerIdentity identity;
    auto tlsServer = openListener(*options, address, identity);
    if (!tlsServer)
        return failWith(tlsServer.error().message);
    auto database = Database::open(options->dataDir);
    if (!database)
        return failWith(database.error().message);
    net::GuardedListener *listener = tlsServer->get();
    auto lifecycle = std::make_unique<ServerLifecycle>(*options, *listener, **database);
    if (auto started = lifecycle->start(std::move(*seal)); !started)
        return failWith(started.error().message);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, QCoreApplication::instance(), [](int number) {
        qCInfo(lcApp, "Received signal %d, stopping", number);
        QCoreApplication::quit();
    });

    printLine(u"Certificate SHA-256 fingerprint: "_s + identity.fingerprint());
    printLine(
        u"Regiekamer server listening on https://%1:%2"_s
            .arg(address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + options->host + u']' : options->host)
            .arg(listener->serverPort()));
    qCInfo(lcApp, "Server started (version %s)", REGIEKAMER_VERSION);
    const int code = QCoreApplication::exec();
    tlsServer->reset(); // no new connections, and the open ones end before the services they use
    lifecycle.reset();
    (*database)->close();
    printLine(u"Regiekamer server stopped"_s);
    return code;
}

} // namespace regiekamer::server
