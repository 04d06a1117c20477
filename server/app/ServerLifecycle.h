#pragma once

#include "app/KeyedServices.h"
#include "app/ServerOptions.h"
#include "base/Result.h"
#include "keys/SealConfig.h"

#include <QObject>

#include <memory>
#include <optional>

namespace regiekamer::server {

class Database;
class SealedGate;

namespace net {
class GuardedListener;
}

// The server's two states on one TLS port (docs/security.md "Sealed server"):
//  - sealed (DATA_DIR/seal.json exists): the database is open, no key is; the SealedGate serves health and unseal
//    and refuses the rest; the k-th share starts the KeyedServices with the master key in memory and the listener
//    hands new connections to the API from then on;
//  - serving: the KeyedServices (development mode: the key file, with a warning at every start). POST /api/v1/seal
//    hands new connections back to a new gate, drains the API's connections and tears every key-holding service
//    down.
class ServerLifecycle : public QObject
{
    Q_OBJECT

public:
    ServerLifecycle(const ServerOptions &options, net::GuardedListener &listener, Database &database,
                    QObject *parent = nullptr);
    ~ServerLifecycle() override;

    // Starts sealed when `seal` is given, else serving from the key file.
    Status start(std::optional<SealConfig> seal);
    bool isSealed() const { return m_gate != nullptr; }

    // The development mode warning (or the systemd credentials one) for the key file at `path`.
    static QString developmentWarning(const QString &path);

private:
    Status enterGate();
    Status serve(KeySource keys, int lastShareIndex);
    void seal();
    // Closes the connections of `http` once their answers are written, then runs `done` (at most two seconds on).
    void drain(QHttpServer *http, std::function<void()> done);

    const ServerOptions &m_options;
    net::GuardedListener &m_listener;
    Database &m_database;
    std::unique_ptr<KeyedServices> m_services;
    std::unique_ptr<SealedGate> m_gate;
};

} // namespace regiekamer::server
