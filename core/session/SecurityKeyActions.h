#pragma once

#include "base/Result.h"
#include "net/ApiClient.h"
#include "protocol/SecurityKey.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

namespace regiekamer::client {

class SecurityKeyDevice;

// A key just registered; recoveryCodes only when it is the account's first second factor (shown once).
struct RegisteredSecurityKey
{
    api::SecurityKeyInfo key;
    QStringList recoveryCodes;
};

// The signed-in person's own security keys (docs/api.md "Security keys"): adding one (the server's challenge, the key's
// new credential, the server's check), the list and the removal of one, and a step-up with a key. The key itself is
// reached through the SecurityKeyDevice given (its touch runs on a worker thread; cancel() stops the wait). Every
// failure arrives translated; a key that asks for its PIN fails with securityKeyErrc::pinRequired, and the same call
// with the PIN tries again.
class SecurityKeyActions : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    SecurityKeyActions(ApiClient *api, SecurityKeyDevice *device, QObject *parent = nullptr);

    SecurityKeyDevice *device() const { return m_device; }
    void addKey(const QString &name, const QString &pin, Callback<RegisteredSecurityKey> done);
    void list(Callback<QList<api::SecurityKeyInfo>> done);
    void remove(qint64 keyId, std::function<void(Status)> done);
    void stepUp(const QString &pin, Callback<QDateTime> done);
    void cancel();

private:
    ApiClient *m_api;
    SecurityKeyDevice *m_device;
};

} // namespace regiekamer::client
