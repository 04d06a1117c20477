#include "session/SecurityKeyDevice.h"

#include <QPointer>
#include <QThread>

#include <fido.h>

namespace regiekamer::client {

using namespace Qt::StringLiterals;

namespace {

// How long a key may wait for its touch before libfido2 gives up.
constexpr int touchTimeoutMilliseconds = 30'000;

std::mutex transportMutex;
std::optional<SecurityKeyTransport> &seam()
{
    static std::optional<SecurityKeyTransport> transport;
    return transport;
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray copied(const unsigned char *data, size_t size)
{
    return data ? QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)) : QByteArray();
}

// The path of the first key plugged in, or empty.
QByteArray firstKeyPath()
{
    constexpr size_t maximum = 16;
    fido_dev_info_t *found = fido_dev_info_new(maximum);
    size_t count = 0;
    QByteArray path;
    if (found && fido_dev_info_manifest(found, maximum, &count) == FIDO_OK && count > 0)
        path = QByteArray(fido_dev_info_path(fido_dev_info_ptr(found, 0)));
    fido_dev_info_free(&found, maximum);
    return path;
}

// A fido_dev_t opened on the seam's key or the first one on USB; nullptr when there is none.
fido_dev_t *openKey(int *status)
{
    fido_dev_t *device = fido_dev_new();
    if (!device) {
        *status = FIDO_ERR_INTERNAL;
        return nullptr;
    }
    std::optional<SecurityKeyTransport> transport;
    {
        const std::lock_guard lock(transportMutex);
        transport = seam();
    }
    QByteArray path;
    if (transport) {
        path = transport->path.toUtf8();
        if (fido_dev_set_io_functions(device, transport->io) != FIDO_OK ||
            fido_dev_set_transport_functions(device, transport->transport) != FIDO_OK)
            path.clear();
    } else {
        path = firstKeyPath();
    }
    *status = path.isEmpty() ? FIDO_ERR_NOTFOUND : fido_dev_open(device, path.constData());
    if (*status == FIDO_OK)
        fido_dev_set_timeout(device, touchTimeoutMilliseconds);
    else
        fido_dev_free(&device);
    return device;
}

} // namespace

SecurityKeyDevice::SecurityKeyDevice(QObject *parent)
    : QObject(parent)
{
    fido_init(0);
}

SecurityKeyDevice::~SecurityKeyDevice()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void SecurityKeyDevice::useTransport(std::optional<SecurityKeyTransport> transport)
{
    const std::lock_guard lock(transportMutex);
    seam() = std::move(transport);
}

bool SecurityKeyDevice::present()
{
    fido_init(0);
    {
        const std::lock_guard lock(transportMutex);
        if (seam())
            return true;
    }
    return !firstKeyPath().isEmpty();
}

bool SecurityKeyDevice::busy() const
{
    return m_thread && m_thread->isRunning();
}

void SecurityKeyDevice::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_device)
        fido_dev_cancel(m_device);
}

void SecurityKeyDevice::run(Work work, std::function<void(int status)> finished)
{
    if (m_thread)
        m_thread->wait();
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = false;
    }
    m_thread.reset(QThread::create([this, work = std::move(work), finished = std::move(finished)] {
        int status = FIDO_OK;
        fido_dev_t *device = openKey(&status);
        if (device) {
            {
                const std::lock_guard lock(m_mutex);
                m_device = device;
                if (m_cancelled)
                    fido_dev_cancel(device);
            }
            status = work(device);
            {
                const std::lock_guard lock(m_mutex);
                m_device = nullptr;
            }
            fido_dev_close(device);
            fido_dev_free(&device);
        }
        QMetaObject::invokeMethod(this, [finished, status] { finished(status); }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

Error SecurityKeyDevice::errorFor(int status, bool cancelled) const
{
    const auto error = [](const char *code, const QString &message) {
        return Error {QString::fromLatin1(code), message};
    };
    namespace e = securityKeyErrc;
    switch (status) {
    case FIDO_ERR_NOTFOUND:
        return error(e::absent, tr("No security key found. Plug in your security key and try again."));
    case FIDO_ERR_KEEPALIVE_CANCEL:
        return error(e::cancelled, tr("Cancelled."));
    case FIDO_ERR_ACTION_TIMEOUT:
    case FIDO_ERR_USER_ACTION_TIMEOUT:
    case FIDO_ERR_RX:
        if (cancelled)
            return error(e::cancelled, tr("Cancelled."));
        return error(e::timeout,
                     tr("The security key was not touched in time. Try again and touch it when it blinks."));
    case FIDO_ERR_PIN_REQUIRED:
    case FIDO_ERR_UV_INVALID:
        return error(e::pinRequired, tr("This security key asks for its PIN. Type the PIN and try again."));
    case FIDO_ERR_PIN_INVALID:
        return error(e::pinWrong, tr("The PIN of the security key is not correct."));
    case FIDO_ERR_PIN_BLOCKED:
    case FIDO_ERR_PIN_AUTH_BLOCKED:
    case FIDO_ERR_UV_BLOCKED:
        return error(e::pinBlocked,
                     tr("The security key is blocked after too many wrong PINs. Unplug it and plug it in again, or use "
                        "a code."));
    case FIDO_ERR_NO_CREDENTIALS:
        return error(e::notRegistered,
                     tr("This security key is not registered for your account. Use a registered key or a code."));
    case FIDO_ERR_CREDENTIAL_EXCLUDED:
        return error(e::registeredAlready, tr("This security key is registered for your account already."));
    default:
        return error(e::failed,
                     tr("The security key did not answer as expected (%1). Try again.")
                         .arg(QString::fromLatin1(fido_strerr(status))));
    }
}

void SecurityKeyDevice::makeCredential(const api::SecurityKeyRequest &request, const QString &pin,
                                       Callback<api::SecurityKeyRegistration> done)
{
    auto cred = std::shared_ptr<fido_cred_t>(fido_cred_new(), [](fido_cred_t *c) { fido_cred_free(&c); });
    const QByteArray hash = api::securityKeyClientDataHash(api::securityKey::registration, request.challenge);
    const QByteArray rpId = request.rpId.toUtf8();
    const QByteArray handle = request.userHandle.isEmpty() ? QByteArray(16, '\x01') : request.userHandle;
    int prepared = fido_cred_set_type(cred.get(), COSE_ES256);
    if (prepared == FIDO_OK)
        prepared = fido_cred_set_clientdata_hash(cred.get(), bytes(hash), static_cast<size_t>(hash.size()));
    if (prepared == FIDO_OK)
        prepared = fido_cred_set_rp(cred.get(), rpId.constData(), api::securityKey::rpName);
    if (prepared == FIDO_OK)
        prepared = fido_cred_set_user(cred.get(), bytes(handle), static_cast<size_t>(handle.size()), "Regiekamer",
                                      nullptr, nullptr);
    for (const QByteArray &id : request.credentialIds) {
        if (prepared == FIDO_OK)
            prepared = fido_cred_exclude(cred.get(), bytes(id), static_cast<size_t>(id.size()));
    }
    if (prepared != FIDO_OK)
        return done(std::unexpected(errorFor(prepared, false)));
    const QByteArray pinBytes = pin.toUtf8();
    run(
        [cred, pinBytes](fido_dev_t *device) {
            return fido_dev_make_cred(device, cred.get(), pinBytes.isEmpty() ? nullptr : pinBytes.constData());
        },
        [this, cred, challenge = request.challenge, done = std::move(done)](int status) {
            bool cancelled = false;
            {
                const std::lock_guard lock(m_mutex);
                cancelled = m_cancelled;
            }
            if (status != FIDO_OK)
                return done(std::unexpected(errorFor(status, cancelled)));
            done(api::SecurityKeyRegistration {
                challenge, QString(), QString::fromLatin1(fido_cred_fmt(cred.get())),
                copied(fido_cred_authdata_raw_ptr(cred.get()), fido_cred_authdata_raw_len(cred.get())),
                copied(fido_cred_attstmt_ptr(cred.get()), fido_cred_attstmt_len(cred.get()))});
        });
}

void SecurityKeyDevice::getAssertion(const QString &challenge, const char *purpose,
                                     const QList<QByteArray> &credentialIds, const QString &pin,
                                     Callback<api::SecurityKeyAssertion> done)
{
    auto assertion = std::shared_ptr<fido_assert_t>(fido_assert_new(), [](fido_assert_t *a) { fido_assert_free(&a); });
    const QByteArray hash = api::securityKeyClientDataHash(purpose, challenge);
    int prepared = fido_assert_set_rp(assertion.get(), api::securityKey::rpId);
    if (prepared == FIDO_OK)
        prepared = fido_assert_set_clientdata_hash(assertion.get(), bytes(hash), static_cast<size_t>(hash.size()));
    for (const QByteArray &id : credentialIds) {
        if (prepared == FIDO_OK)
            prepared = fido_assert_allow_cred(assertion.get(), bytes(id), static_cast<size_t>(id.size()));
    }
    if (prepared != FIDO_OK)
        return done(std::unexpected(errorFor(prepared, false)));
    const QByteArray pinBytes = pin.toUtf8();
    run(
        [assertion, pinBytes](fido_dev_t *device) {
            return fido_dev_get_assert(device, assertion.get(), pinBytes.isEmpty() ? nullptr : pinBytes.constData());
        },
        [this, assertion, done = std::move(done)](int status) {
            bool cancelled = false;
            {
                const std::lock_guard lock(m_mutex);
                cancelled = m_cancelled;
            }
            if (status == FIDO_OK && fido_assert_count(assertion.get()) < 1)
                status = FIDO_ERR_NO_CREDENTIALS;
            if (status != FIDO_OK)
                return done(std::unexpected(errorFor(status, cancelled)));
            done(api::SecurityKeyAssertion {
                copied(fido_assert_id_ptr(assertion.get(), 0), fido_assert_id_len(assertion.get(), 0)),
                copied(fido_assert_authdata_raw_ptr(assertion.get(), 0),
                       fido_assert_authdata_raw_len(assertion.get(), 0)),
                copied(fido_assert_sig_ptr(assertion.get(), 0), fido_assert_sig_len(assertion.get(), 0))});
        });
}

} // namespace regiekamer::client
