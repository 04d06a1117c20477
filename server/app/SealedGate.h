#pragma once

#include "audit/SealAttempts.h"
#include "auth/AddressThrottle.h"
#include "base/Result.h"
#include "keys/MasterKey.h"
#include "keys/SealConfig.h"
#include "keys/Unsealer.h"

#include <QHttpServer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace regiekamer::server {

class Database;

namespace net {
class HandoverListener;
}

// What a sealed server serves (docs/security.md "Sealed server"): GET /api/v1/health says "sealed" with the progress,
// POST /api/v1/unseal takes one custodian's share (no session: the share is the credential), everything else is
// 503 sealed. The shares are held by the Unsealer in QCA::SecureArray only; progress is wiped after ten minutes
// without a new share. Every attempt is printed (with the client's address) and kept in seal_attempts (without).
class SealedGate : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes progressLifetime {10};
    // Starts the key-holding services with the master key (synchronously: the k-th share's answer waits for it).
    // An error keeps the server sealed; the shares are gone, so the custodians start again.
    using Unseal = std::function<Status(MasterKey master, int lastIndex)>;

    SealedGate(SealConfig config, const QString &sealedKeyringPath, Database &database, Unseal unseal,
               QObject *parent = nullptr);
    ~SealedGate() override;

    // Serves on `handover` (QHttpServer adopts it).
    bool bind(net::HandoverListener *handover);
    QHttpServer &http() { return m_http; }

private:
    QHttpServerResponse health() const;
    QHttpServerResponse unseal(const QHttpServerRequest &request);
    QHttpServerResponse refuse(const QString &address, const Unsealer::Submission &submission, const Error &error);
    void note(const QString &address, const Unsealer::Submission &submission, const QString &outcome);

    Unsealer m_unsealer;
    Database &m_database;
    SealAttempts m_attempts;
    Unseal m_unseal;
    AddressThrottle m_wrongShares;
    int m_received = 0;
    QTimer m_progressExpiry;
    QHttpServer m_http;
};

// The 503 every route but health and unseal answers while sealed.
QHttpServerResponse sealedRefusal();

} // namespace regiekamer::server
