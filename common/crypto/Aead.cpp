#include "crypto/Aead.h"

#include "crypto/NonceSource.h"
#include "crypto/SecureCompare.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <mutex>
#include <span>
#include <vector>

namespace regiekamer::crypto {

namespace {

using Byte = unsigned char;
using Digest = std::array<Byte, Aead::contextBytes>;
using Tag = std::array<Byte, Aead::tagBytes>;

const Byte *bytes(QByteArrayView view)
{
    return reinterpret_cast<const Byte *>(view.data());
}

Byte *bytes(QByteArray &array)
{
    return reinterpret_cast<Byte *>(array.data());
}

// Fetched once: a per-call implicit fetch would cost more than encrypting a small record.
const EVP_CIPHER *aes256Gcm()
{
    static EVP_CIPHER *const cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return cipher;
}

const EVP_MD *sha256()
{
    static EVP_MD *const digest = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return digest;
}

// An AES-256-GCM context with the key schedule done and a SHA-256 context, used by one thread at a time. Per
// message only the IV is set, so a record costs no allocation here. Freeing clears the key schedule.
struct Engine
{
    EVP_CIPHER_CTX *cipher = EVP_CIPHER_CTX_new();
    EVP_MD_CTX *hashing = EVP_MD_CTX_new();

    Engine() = default;
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;
    ~Engine()
    {
        EVP_CIPHER_CTX_free(cipher);
        EVP_MD_CTX_free(hashing);
    }

    bool setKey(QByteArrayView key)
    {
        return cipher && hashing && aes256Gcm() && key.size() == Aead::keyBytes &&
            EVP_EncryptInit_ex2(cipher, aes256Gcm(), bytes(key), nullptr, nullptr) == 1;
    }

    // SHA-256 of a domain label and the context: the binding encrypted in front of the plaintext.
    bool contextDigest(QByteArrayView context, Digest &digest) const
    {
        static constexpr std::array<char, 27> domain {"regiekamer/aead-context/v1"}; // with its terminating zero
        return sha256() && EVP_DigestInit_ex2(hashing, sha256(), nullptr) == 1 &&
            EVP_DigestUpdate(hashing, domain.data(), domain.size()) == 1 &&
            EVP_DigestUpdate(hashing, context.data(), static_cast<size_t>(context.size())) == 1 &&
            EVP_DigestFinal_ex(hashing, digest.data(), nullptr) == 1;
    }
};

// `size` bytes from `in` through the cipher to `out`.
struct Piece
{
    const Byte *in;
    Byte *out;
    qsizetype size;
};

// EVP counts in int, so a long piece goes in steps; GCM outputs exactly as many bytes as it gets.
bool update(EVP_CIPHER_CTX *cipher, const Piece &piece)
{
    constexpr qsizetype step = qsizetype(1) << 30;
    for (qsizetype done = 0; done < piece.size;) {
        const int length = static_cast<int>(std::min(step, piece.size - done));
        int written = 0;
        if (EVP_CipherUpdate(cipher, piece.out + done, &written, piece.in + done, length) != 1 || written != length)
            return false;
        done += length;
    }
    return true;
}

enum class Direction { encrypt = 1, decrypt = 0 };

// One GCM message on a keyed context: sets the IV and direction, runs the pieces in order, and writes the tag
// (encrypt) or checks it (decrypt, where true means the tag matched). The IV is Aead::nonceBytes long.
bool runGcm(EVP_CIPHER_CTX *cipher, Direction direction, const Byte *iv, std::initializer_list<Piece> pieces, Tag &tag)
{
    const bool encrypt = direction == Direction::encrypt;
    if (EVP_CipherInit_ex2(cipher, nullptr, nullptr, iv, encrypt ? 1 : 0, nullptr) != 1)
        return false;
    for (const Piece &piece : pieces) {
        if (!update(cipher, piece))
            return false;
    }
    if (!encrypt && EVP_CIPHER_CTX_ctrl(cipher, EVP_CTRL_GCM_SET_TAG, Aead::tagBytes, tag.data()) != 1)
        return false;
    std::array<Byte, EVP_MAX_BLOCK_LENGTH> rest {};
    int restSize = 0;
    if (EVP_CipherFinal_ex(cipher, rest.data(), &restSize) != 1 || restSize != 0)
        return false;
    return !encrypt || EVP_CIPHER_CTX_ctrl(cipher, EVP_CTRL_GCM_GET_TAG, Aead::tagBytes, tag.data()) == 1;
}

std::unexpected<Error> undecryptable()
{
    return fail(QString::fromLatin1(errc::undecryptable),
                QCoreApplication::translate("Crypto",
                                            "This data cannot be decrypted: the data was changed or the key "
                                            "is wrong."));
}

std::unexpected<Error> wrongContext()
{
    return fail(QString::fromLatin1(errc::wrongContext),
                QCoreApplication::translate("Crypto",
                                            "This data is authentic but belongs to another record or "
                                            "field, so it is not used here."));
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace

struct Aead::Private
{
    QCA::SecureArray key;
    mutable std::mutex lock;
    mutable std::vector<std::unique_ptr<Engine>> idle; // keyed engines no thread is using

    // An idle engine, or a new one keyed with `key`; null if OpenSSL failed.
    std::unique_ptr<Engine> take() const
    {
        {
            const std::lock_guard guard(lock);
            if (!idle.empty()) {
                auto engine = std::move(idle.back());
                idle.pop_back();
                return engine;
            }
        }
        auto engine = std::make_unique<Engine>();
        return engine->setKey(QByteArrayView(key.constData(), key.size())) ? std::move(engine) : nullptr;
    }

    void giveBack(std::unique_ptr<Engine> engine) const
    {
        const std::lock_guard guard(lock);
        idle.push_back(std::move(engine));
    }
};

namespace {

// An engine borrowed from an Aead's pool for one call, given back when the call ends. (A template because
// Aead::Private is private; Owner is always that.)
template<typename Owner> class Lease
{
public:
    explicit Lease(const Owner &owner)
        : m_owner(owner)
        , m_engine(owner.take())
    {
    }
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;
    ~Lease()
    {
        if (m_engine)
            m_owner.giveBack(std::move(m_engine));
    }

    explicit operator bool() const { return m_engine != nullptr; }
    Engine *operator->() const { return m_engine.get(); }

private:
    const Owner &m_owner;
    std::unique_ptr<Engine> m_engine;
};

} // namespace

Aead::Aead(const QCA::SecureArray &key)
    : d(std::make_unique<Private>())
{
    if (key.size() != keyBytes)
        return;
    d->key = key;
    if (auto first = d->take())
        d->giveBack(std::move(first)); // proves OpenSSL has AES-256-GCM and takes the key
    else
        d->key.clear();
}

Aead::~Aead() = default;
Aead::Aead(Aead &&) noexcept = default;
Aead &Aead::operator=(Aead &&) noexcept = default;

bool Aead::isValid() const
{
    return d && !d->key.isEmpty();
}

QByteArray Aead::seal(QByteArrayView plaintext, QByteArrayView context) const
{
    if (!isValid())
        return {};
    QByteArray sealed(plaintext.size() + overheadBytes, Qt::Uninitialized);
    Byte *const nonce = bytes(sealed);
    Byte *const body = nonce + nonceBytes + contextBytes;
    Digest digest {};
    Tag tag {};
    const Lease engine(*d);
    const bool ok = engine && randomNonce(std::span(nonce, nonceBytes)) && engine->contextDigest(context, digest) &&
        runGcm(engine->cipher, Direction::encrypt, nonce,
               {{digest.data(), nonce + nonceBytes, contextBytes}, {bytes(plaintext), body, plaintext.size()}}, tag);
    if (!ok)
        return {};
    std::ranges::copy(tag, body + plaintext.size());
    return sealed;
}

Result<QByteArray> Aead::open(QByteArrayView sealed, QByteArrayView context) const
{
    if (!isValid() || sealed.size() < overheadBytes)
        return undecryptable();
    const Byte *const nonce = bytes(sealed);
    const Byte *const body = nonce + nonceBytes + contextBytes;
    QByteArray plaintext(sealed.size() - overheadBytes, Qt::Uninitialized);
    Digest stored {}, expected {};
    Tag tag {};
    std::ranges::copy(sealed.last(tagBytes), reinterpret_cast<char *>(tag.data()));
    bool authentic = false, digested = false;
    if (const Lease engine(*d); engine) {
        authentic = runGcm(
            engine->cipher, Direction::decrypt, nonce,
            {{nonce + nonceBytes, stored.data(), contextBytes}, {body, bytes(plaintext), plaintext.size()}}, tag);
        digested = authentic && engine->contextDigest(context, expected);
    }
    if (!authentic || !digested) {
        wipe(plaintext);
        return undecryptable();
    }
    if (!constantTimeEquals(QByteArrayView(stored.data(), contextBytes),
                            QByteArrayView(expected.data(), contextBytes))) {
        wipe(plaintext);
        return wrongContext();
    }
    return plaintext;
}

bool detail::gcmKnownAnswerMatches(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext,
                                   QByteArrayView expected)
{
    Engine engine;
    if (iv.size() != Aead::nonceBytes || expected.size() != plaintext.size() + Aead::tagBytes || !engine.setKey(key))
        return false;
    QByteArray encrypted(expected.size(), Qt::Uninitialized), decrypted(plaintext.size(), Qt::Uninitialized);
    Tag made {}, given {};
    std::ranges::copy(expected.last(Aead::tagBytes), reinterpret_cast<char *>(given.data()));
    const bool sealed = runGcm(engine.cipher, Direction::encrypt, bytes(iv),
                               {{bytes(plaintext), bytes(encrypted), plaintext.size()}}, made);
    std::ranges::copy(made, bytes(encrypted) + plaintext.size());
    const bool opened = runGcm(engine.cipher, Direction::decrypt, bytes(iv),
                               {{bytes(expected), bytes(decrypted), plaintext.size()}}, given);
    return sealed && opened && constantTimeEquals(encrypted, expected) && decrypted == plaintext;
}

} // namespace regiekamer::crypto
