#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

#include <fido.h>

// A software CTAP2 authenticator for the tests (docs/security.md "Security keys"): there is no FIDO hardware here and
// Debian has no software authenticator, so libfido2 talks to this one through its documented custom transport
// (fido_dev_set_io_functions to open and close, fido_dev_set_transport_functions for the CTAPHID commands: INIT,
// CBOR, CANCEL). It answers authenticatorGetInfo, authenticatorMakeCredential (ES256 P-256 keys made with OpenSSL,
// "packed" self-attestation) and authenticatorGetAssertion (a signature counter per credential), in CBOR through
// libcbor. Everything above the transport is libfido2's real code: its CBOR, COSE and signature handling run as they
// would with a key on USB. Options make it misbehave the ways a server must refuse.
class SoftAuthenticator
{
public:
    SoftAuthenticator();
    ~SoftAuthenticator();
    SoftAuthenticator(const SoftAuthenticator &) = delete;
    SoftAuthenticator &operator=(const SoftAuthenticator &) = delete;

    // What a fido_dev_t needs to reach this authenticator: fido_dev_set_io_functions(io()),
    // fido_dev_set_transport_functions(transport()), then fido_dev_open(path()).
    static const fido_dev_io_t *io();
    static const fido_dev_transport_t *transport();
    QString path() const { return m_path; }

    // Misbehaviour, for the next requests until changed.
    bool omitUserPresence = false; // the UP flag is not set
    bool repeatCounter = false; // an assertion repeats the credential's last counter (a clone's)
    bool signWithOtherKey = false; // an assertion is signed with a key of no credential
    QByteArray answerForRpId; // non-empty: an assertion names (and signs for) this relying party instead
    int touchMilliseconds = 0; // how long "the touch" takes
    bool neverTouched = false; // waits for a cancel (then CTAP2_ERR_KEEPALIVE_CANCEL)

    int credentialCount() const;
    int requests() const;

    // Internal: the CTAPHID command handlers libfido2 calls through the transport.
    int transmit(quint8 command, const QByteArray &data);
    int receive(quint8 command, unsigned char *buffer, size_t size, int milliseconds);

private:
    struct Credential;
    QByteArray answer(const QByteArray &request);
    QByteArray getInfo() const;
    QByteArray makeCredential(const QByteArray &cbor);
    QByteArray getAssertion(const QByteArray &cbor);
    // Waits for "the touch"; false when cancelled first.
    bool awaitTouch();

    QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QByteArray m_initNonce;
    QByteArray m_request; // the pending CBOR request (command byte first)
    bool m_cancelled = false;
    int m_requests = 0;
    QList<std::shared_ptr<Credential>> m_credentials;
};
