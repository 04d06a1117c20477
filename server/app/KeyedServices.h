#pragma once

#include "app/ServerOptions.h"
#include "base/Result.h"
#include "keys/MasterKey.h"

#include <QHttpServer>

#include <functional>
#include <memory>
#include <optional>

namespace regiekamer::server {

class Database;

namespace audit {
class AuditLog;
}

namespace net {
class HandoverListener;
}

// Where the master key comes from: the key file (development mode, or systemd credentials), or the custodians'
// shares (sealed mode: the key in memory only).
struct KeySource
{
    std::optional<MasterKey> master; // sealed mode; else options.masterKeyFile is read
};

// Every service that holds keys or serves with them (the key store, field cipher, repositories, access log, mail,
// backups, the API and its event streams): started with the server's start-up steps, in an order that leaves
// nothing half-written, and torn down by the destructor in reverse order (event streams closed, the access log's
// end anchored, every key freed and so wiped). The database outlives it.
class KeyedServices
{
public:
    struct Running;
    struct Start
    {
        Database &database;
        const ServerOptions &options;
        KeySource keys;
        net::HandoverListener *handover; // the API's QHttpServer binds to it
        // POST /api/v1/seal: seals the server (called once the answer is on its way); null in development mode.
        std::function<void()> seal;
        // Runs once the access log is open, before the API serves (the unseal attempts move into the log).
        std::function<Status(audit::AuditLog &)> afterAudit;
    };

    static Result<std::unique_ptr<KeyedServices>> start(const Start &start);
    ~KeyedServices();
    KeyedServices(const KeyedServices &) = delete;
    KeyedServices &operator=(const KeyedServices &) = delete;

    // The API's HTTP server (its connections are drained before the services go).
    QHttpServer *http();

private:
    KeyedServices();

    std::unique_ptr<Running> m_running;
};

} // namespace regiekamer::server
