#pragma once

#include "base/Result.h"
#include "protocol/SecurityKey.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

struct fido_dev;
struct fido_dev_io;
struct fido_dev_transport;

class QThread;

namespace regiekamer::client {

// How a security key's operation ended when it did not give what was asked: Error::code (the message is translated).
namespace securityKeyErrc {
inline constexpr auto absent = "security_key_absent"; // no key plugged in
inline constexpr auto cancelled = "security_key_cancelled";
inline constexpr auto timeout = "security_key_timeout"; // not touched in time
inline constexpr auto pinRequired = "security_key_pin_required"; // ask for the PIN and try again with it
inline constexpr auto pinWrong = "security_key_pin_wrong";
inline constexpr auto pinBlocked = "security_key_pin_blocked";
inline constexpr auto notRegistered = "security_key_not_registered"; // none of the account's credentials is on it
inline constexpr auto registeredAlready = "security_key_registered_already";
inline constexpr auto failed = "security_key_failed";
} // namespace securityKeyErrc

// Where to find "the" security key instead of USB HID: the I/O and transport handlers libfido2 is given
// (fido_dev_set_io_functions, fido_dev_set_transport_functions) and the path it opens. The tests' software
// authenticator (tests/support/SoftAuthenticator) plugs in here; nothing else differs from a key on USB.
struct SecurityKeyTransport
{
    const fido_dev_io *io = nullptr;
    const fido_dev_transport *transport = nullptr;
    QString path;
};

// A FIDO2 security key through libfido2 (docs/security.md "Security keys"): whether one is plugged in, a new ES256
// credential (CTAP2 makeCredential) and an assertion (getAssertion) over a clientDataHash bound to the server's
// challenge. The key waits for a touch, so each operation runs on a worker thread and ends with exactly one callback
// on this object's thread; cancel() stops the wait (fido_dev_cancel). A key that needs its PIN fails with
// PinRequired; the caller asks for it and tries again with it. One operation at a time.
class SecurityKeyDevice : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    explicit SecurityKeyDevice(QObject *parent = nullptr);
    ~SecurityKeyDevice() override; // cancels a running operation and waits for it

    // The seam (tests): std::nullopt for USB HID again.
    static void useTransport(std::optional<SecurityKeyTransport> transport);
    // Whether a key is plugged in (fido_dev_info_manifest), or the seam's key.
    static bool present();

    bool busy() const;
    // The key's answer to a registration challenge; the registration's name is left to the caller.
    void makeCredential(const api::SecurityKeyRequest &request, const QString &pin,
                        Callback<api::SecurityKeyRegistration> done);
    // The key's signature over `challenge` for `purpose` (api::securityKey::signIn or ::stepUp) with one of
    // `credentialIds` (the account's keys).
    void getAssertion(const QString &challenge, const char *purpose, const QList<QByteArray> &credentialIds,
                      const QString &pin, Callback<api::SecurityKeyAssertion> done);
    void cancel();

private:
    using Work = std::function<int(fido_dev *device)>;
    // Opens the key, runs `work` on the worker thread, then `finished(status)` back on this thread.
    void run(Work work, std::function<void(int status)> finished);
    Error errorFor(int status, bool cancelled) const;

    std::unique_ptr<QThread> m_thread;
    mutable std::mutex m_mutex;
    fido_dev *m_device = nullptr; // while an operation runs, for cancel()
    bool m_cancelled = false;
};

} // namespace regiekamer::client
