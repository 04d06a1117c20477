#include "SoftAuthenticator.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>

#include <cbor.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace {

// CTAP2 status bytes (CTAP 2.1 §8.2).
constexpr quint8 ctapOk = 0x00;
constexpr quint8 ctapInvalidCommand = 0x01;
constexpr quint8 ctapInvalidCbor = 0x12;
constexpr quint8 ctapCredentialExcluded = 0x19;
constexpr quint8 ctapKeepaliveCancel = 0x2d;
constexpr quint8 ctapNoCredentials = 0x2e;
constexpr quint8 flagUserPresent = 0x01;
constexpr quint8 flagAttestedData = 0x40;
constexpr char aaguid[] = "regiekamer-soft!"; // 16 bytes

struct CborFree
{
    void operator()(cbor_item_t *item) const { cbor_decref(&item); }
};
using Cbor = std::unique_ptr<cbor_item_t, CborFree>;
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

std::mutex registryMutex;
QHash<QString, SoftAuthenticator *> &registry()
{
    static QHash<QString, SoftAuthenticator *> authenticators;
    return authenticators;
}

QByteArray bytesOf(const cbor_item_t *item)
{
    if (!item || !cbor_isa_bytestring(item) || !cbor_bytestring_is_definite(item))
        return {};
    return QByteArray(reinterpret_cast<const char *>(cbor_bytestring_handle(item)),
                      static_cast<qsizetype>(cbor_bytestring_length(item)));
}

QByteArray textOf(const cbor_item_t *item)
{
    if (!item || !cbor_isa_string(item) || !cbor_string_is_definite(item))
        return {};
    return QByteArray(reinterpret_cast<const char *>(cbor_string_handle(item)),
                      static_cast<qsizetype>(cbor_string_length(item)));
}

// The value of an integer key (1, 2, ...) or a text key ("id") of a CBOR map.
cbor_item_t *member(const cbor_item_t *map, int key, const char *textKey = nullptr)
{
    if (!map || !cbor_isa_map(map))
        return nullptr;
    const cbor_pair *pairs = cbor_map_handle(map);
    for (size_t i = 0; i < cbor_map_size(map); ++i) {
        const cbor_item_t *candidate = pairs[i].key;
        if (!textKey && cbor_isa_uint(candidate) && static_cast<int>(cbor_get_int(candidate)) == key)
            return pairs[i].value;
        if (textKey && textOf(candidate) == QByteArray(textKey))
            return pairs[i].value;
    }
    return nullptr;
}

void put(cbor_item_t *map, cbor_item_t *key, cbor_item_t *value)
{
    if (!cbor_map_add(map, cbor_pair {cbor_move(key), cbor_move(value)}))
        qWarning("SoftAuthenticator: a CBOR map is full");
}

cbor_item_t *bytestring(const QByteArray &bytes)
{
    return cbor_build_bytestring(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                 static_cast<size_t>(bytes.size()));
}

QByteArray serialised(const cbor_item_t *item)
{
    unsigned char *buffer = nullptr;
    size_t size = 0;
    const size_t length = cbor_serialize_alloc(item, &buffer, &size);
    QByteArray out(reinterpret_cast<const char *>(buffer), static_cast<qsizetype>(length));
    std::free(buffer);
    return out;
}

QByteArray bigEndian(quint32 value, int bytes)
{
    QByteArray out;
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
    return out;
}

QByteArray coordinate(EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    QByteArray out(32, '\0');
    if (EVP_PKEY_get_bn_param(key, name, &number) == 1)
        BN_bn2binpad(number, reinterpret_cast<unsigned char *>(out.data()), 32);
    BN_free(number);
    return out;
}

// The credential's public key as COSE_Key (ES256).
QByteArray coseKey(EVP_PKEY *key)
{
    const Cbor map(cbor_new_definite_map(5));
    put(map.get(), cbor_build_uint8(1), cbor_build_uint8(2)); // kty: EC2
    put(map.get(), cbor_build_uint8(3), cbor_build_negint8(6)); // alg: -7 (ES256)
    put(map.get(), cbor_build_negint8(0), cbor_build_uint8(1)); // crv: P-256
    put(map.get(), cbor_build_negint8(1), bytestring(coordinate(key, OSSL_PKEY_PARAM_EC_PUB_X)));
    put(map.get(), cbor_build_negint8(2), bytestring(coordinate(key, OSSL_PKEY_PARAM_EC_PUB_Y)));
    return serialised(map.get());
}

QByteArray signature(EVP_PKEY *key, const QByteArray &data)
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    QByteArray out(80, '\0');
    size_t length = static_cast<size_t>(out.size());
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, key) != 1 ||
        EVP_DigestSign(context, reinterpret_cast<unsigned char *>(out.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<size_t>(data.size())) != 1)
        length = 0;
    EVP_MD_CTX_free(context);
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

QByteArray status(quint8 code)
{
    return QByteArray(1, static_cast<char>(code));
}

QByteArray reply(const cbor_item_t *map)
{
    return status(ctapOk) + serialised(map);
}

void *ioOpen(const char *path)
{
    const std::lock_guard lock(registryMutex);
    return registry().value(QString::fromUtf8(path));
}
void ioClose(void *) { }
int ioRead(void *, unsigned char *, size_t, int)
{
    return -1;
}
int ioWrite(void *, const unsigned char *, size_t)
{
    return -1;
}
int transportTx(fido_dev_t *device, uint8_t command, const unsigned char *data, size_t size)
{
    auto *authenticator = static_cast<SoftAuthenticator *>(fido_dev_io_handle(device));
    return authenticator ? authenticator->transmit(
                               command, QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)))
                         : -1;
}
int transportRx(fido_dev_t *device, uint8_t command, unsigned char *buffer, size_t size, int milliseconds)
{
    auto *authenticator = static_cast<SoftAuthenticator *>(fido_dev_io_handle(device));
    return authenticator ? authenticator->receive(command, buffer, size, milliseconds) : -1;
}

} // namespace

struct SoftAuthenticator::Credential
{
    QByteArray id;
    QByteArray rpIdHash;
    Key key;
    quint32 counter = 0;
};

SoftAuthenticator::SoftAuthenticator()
{
    const std::lock_guard lock(registryMutex);
    m_path = QStringLiteral("regiekamer-soft-authenticator:%1").arg(QRandomGenerator::global()->generate64());
    registry().insert(m_path, this);
}

SoftAuthenticator::~SoftAuthenticator()
{
    const std::lock_guard lock(registryMutex);
    registry().remove(m_path);
}

const fido_dev_io_t *SoftAuthenticator::io()
{
    static const fido_dev_io_t handlers {ioOpen, ioClose, ioRead, ioWrite};
    return &handlers;
}

const fido_dev_transport_t *SoftAuthenticator::transport()
{
    static const fido_dev_transport_t handlers {transportRx, transportTx};
    return &handlers;
}

int SoftAuthenticator::credentialCount() const
{
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_credentials.size());
}

int SoftAuthenticator::requests() const
{
    const std::lock_guard lock(m_mutex);
    return m_requests;
}

int SoftAuthenticator::transmit(quint8 command, const QByteArray &data)
{
    const std::lock_guard lock(m_mutex);
    switch (command) {
    case CTAP_CMD_INIT:
        m_initNonce = data;
        return 0;
    case CTAP_CMD_CBOR:
        m_request = data;
        m_cancelled = false;
        return 0;
    case CTAP_CMD_CANCEL:
        m_cancelled = true;
        m_changed.notify_all();
        return 0;
    default:
        return -1;
    }
}

int SoftAuthenticator::receive(quint8 command, unsigned char *buffer, size_t size, int milliseconds)
{
    Q_UNUSED(milliseconds)
    QByteArray response;
    if (command == CTAP_CMD_INIT) {
        const std::lock_guard lock(m_mutex);
        // nonce, channel id, CTAPHID protocol 2, version 1.0.0, capabilities: CBOR, no U2F messages.
        response = m_initNonce + QByteArray("\x01\x02\x03\x04\x02\x01\x00\x00", 8) +
            QByteArray(1, static_cast<char>(FIDO_CAP_CBOR | FIDO_CAP_NMSG));
    } else if (command == CTAP_CMD_CBOR) {
        QByteArray request;
        {
            const std::lock_guard lock(m_mutex);
            request = std::exchange(m_request, {});
            ++m_requests;
        }
        response = answer(request);
    } else {
        return -1;
    }
    if (static_cast<size_t>(response.size()) > size)
        return -1;
    std::memcpy(buffer, response.constData(), static_cast<size_t>(response.size()));
    return static_cast<int>(response.size());
}

QByteArray SoftAuthenticator::answer(const QByteArray &request)
{
    if (request.isEmpty())
        return status(ctapInvalidCommand);
    switch (static_cast<quint8>(request.at(0))) {
    case CTAP_CBOR_GETINFO:
        return getInfo();
    case CTAP_CBOR_MAKECRED:
        return makeCredential(request.mid(1));
    case CTAP_CBOR_ASSERT:
        return getAssertion(request.mid(1));
    default:
        return status(ctapInvalidCommand);
    }
}

QByteArray SoftAuthenticator::getInfo() const
{
    const Cbor map(cbor_new_definite_map(4));
    cbor_item_t *versions = cbor_new_definite_array(1);
    if (!cbor_array_push(versions, cbor_move(cbor_build_string("FIDO_2_0"))))
        qWarning("SoftAuthenticator: a CBOR array is full");
    put(map.get(), cbor_build_uint8(1), versions);
    put(map.get(), cbor_build_uint8(3), bytestring(QByteArray(aaguid, 16)));
    cbor_item_t *options = cbor_new_definite_map(3);
    put(options, cbor_build_string("rk"), cbor_build_bool(false));
    put(options, cbor_build_string("up"), cbor_build_bool(true));
    put(options, cbor_build_string("plat"), cbor_build_bool(false));
    put(map.get(), cbor_build_uint8(4), options);
    put(map.get(), cbor_build_uint8(5), cbor_build_uint16(1200));
    return reply(map.get());
}

bool SoftAuthenticator::awaitTouch()
{
    std::unique_lock lock(m_mutex);
    if (neverTouched)
        m_changed.wait(lock, [this] { return m_cancelled; });
    else if (touchMilliseconds > 0)
        m_changed.wait_for(lock, std::chrono::milliseconds(touchMilliseconds), [this] { return m_cancelled; });
    return !std::exchange(m_cancelled, false);
}

QByteArray SoftAuthenticator::makeCredential(const QByteArray &cbor)
{
    cbor_load_result loaded;
    const Cbor request(cbor_load(reinterpret_cast<const unsigned char *>(cbor.constData()),
                                 static_cast<size_t>(cbor.size()), &loaded));
    const QByteArray clientDataHash = bytesOf(member(request.get(), 1));
    const QByteArray rpId = textOf(member(member(request.get(), 2), 0, "id"));
    if (clientDataHash.size() != 32 || rpId.isEmpty())
        return status(ctapInvalidCbor);
    const QByteArray rpIdHash = QCryptographicHash::hash(rpId, QCryptographicHash::Sha256);
    if (const cbor_item_t *excluded = member(request.get(), 5); excluded && cbor_isa_array(excluded)) {
        const std::lock_guard lock(m_mutex);
        for (size_t i = 0; i < cbor_array_size(excluded); ++i) {
            const Cbor entry(cbor_array_get(excluded, i));
            const QByteArray id = bytesOf(member(entry.get(), 0, "id"));
            for (const auto &credential : m_credentials) {
                if (credential->id == id && credential->rpIdHash == rpIdHash)
                    return status(ctapCredentialExcluded);
            }
        }
    }
    if (!awaitTouch())
        return status(ctapKeepaliveCancel);
    auto credential = std::make_shared<Credential>();
    credential->id = QCryptographicHash::hash(QByteArray(QByteArray::number(QRandomGenerator::global()->generate64()) +
                                                         QByteArray::number(QRandomGenerator::global()->generate64())),
                                              QCryptographicHash::Sha256);
    credential->rpIdHash = rpIdHash;
    credential->key.reset(EVP_EC_gen("P-256"));
    const quint8 flags = (omitUserPresence ? 0 : flagUserPresent) | flagAttestedData;
    const QByteArray authData = rpIdHash + QByteArray(1, static_cast<char>(flags)) + bigEndian(0, 4) +
        QByteArray(aaguid, 16) + bigEndian(static_cast<quint32>(credential->id.size()), 2) + credential->id +
        coseKey(credential->key.get());
    const Cbor statement(cbor_new_definite_map(2));
    put(statement.get(), cbor_build_string("alg"), cbor_build_negint8(6));
    put(statement.get(), cbor_build_string("sig"),
        bytestring(signature(credential->key.get(), authData + clientDataHash)));
    const Cbor map(cbor_new_definite_map(3));
    put(map.get(), cbor_build_uint8(1), cbor_build_string("packed"));
    put(map.get(), cbor_build_uint8(2), bytestring(authData));
    put(map.get(), cbor_build_uint8(3), cbor_incref(statement.get()));
    const std::lock_guard lock(m_mutex);
    m_credentials.append(credential);
    return reply(map.get());
}

QByteArray SoftAuthenticator::getAssertion(const QByteArray &cbor)
{
    cbor_load_result loaded;
    const Cbor request(cbor_load(reinterpret_cast<const unsigned char *>(cbor.constData()),
                                 static_cast<size_t>(cbor.size()), &loaded));
    const QByteArray rpIdHash = QCryptographicHash::hash(textOf(member(request.get(), 1)), QCryptographicHash::Sha256);
    const QByteArray clientDataHash = bytesOf(member(request.get(), 2));
    const cbor_item_t *allowed = member(request.get(), 3);
    if (clientDataHash.size() != 32)
        return status(ctapInvalidCbor);
    std::shared_ptr<Credential> credential;
    {
        const std::lock_guard lock(m_mutex);
        for (size_t i = 0; allowed && cbor_isa_array(allowed) && i < cbor_array_size(allowed) && !credential; ++i) {
            const Cbor entry(cbor_array_get(allowed, i));
            const QByteArray id = bytesOf(member(entry.get(), 0, "id"));
            for (const auto &candidate : m_credentials) {
                if (candidate->id == id && candidate->rpIdHash == rpIdHash)
                    credential = candidate;
            }
        }
    }
    if (!credential)
        return status(ctapNoCredentials);
    if (!awaitTouch())
        return status(ctapKeepaliveCancel);
    Key other;
    EVP_PKEY *signer = credential->key.get();
    quint32 counter = 0;
    QByteArray signedRpIdHash = rpIdHash;
    {
        const std::lock_guard lock(m_mutex);
        counter = repeatCounter ? credential->counter : ++credential->counter;
        if (signWithOtherKey) {
            other.reset(EVP_EC_gen("P-256"));
            signer = other.get();
        }
        if (!answerForRpId.isEmpty())
            signedRpIdHash = QCryptographicHash::hash(answerForRpId, QCryptographicHash::Sha256);
    }
    const quint8 flags = omitUserPresence ? 0 : flagUserPresent;
    const QByteArray authData = signedRpIdHash + QByteArray(1, static_cast<char>(flags)) + bigEndian(counter, 4);
    const Cbor map(cbor_new_definite_map(3));
    cbor_item_t *descriptor = cbor_new_definite_map(2);
    put(descriptor, cbor_build_string("id"), bytestring(credential->id));
    put(descriptor, cbor_build_string("type"), cbor_build_string("public-key"));
    put(map.get(), cbor_build_uint8(1), descriptor);
    put(map.get(), cbor_build_uint8(2), bytestring(authData));
    put(map.get(), cbor_build_uint8(3), bytestring(signature(signer, authData + clientDataHash)));
    return reply(map.get());
}
