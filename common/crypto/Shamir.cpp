#include "crypto/Shamir.h"

#include <QCoreApplication>
#include <QSet>

extern "C" { // libgfshare.h has no C++ guard
#include <libgfshare.h>
}
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>
#include <vector>

namespace regiekamer::crypto::shamir {

using namespace Qt::StringLiterals;

namespace {

using GfshareContext = std::unique_ptr<gfshare_ctx, decltype(&gfshare_ctx_free)>;

std::unexpected<Error> shamirError(const char *message)
{
    return fail(u"shamir"_s, QCoreApplication::translate("Shamir", message));
}

// libgfshare draws its polynomial coefficients through this hook; it must be a CSPRNG.
void fillFromOpenSsl(unsigned char *buffer, unsigned int count)
{
    if (RAND_bytes(buffer, static_cast<int>(count)) != 1)
        qFatal("OpenSSL's random generator failed while splitting a secret");
}

// Set before every use: libgfshare also overwrites its buffers with it when a context is freed.
void useOpenSslRandom()
{
    gfshare_fill_rand = &fillFromOpenSsl;
}

unsigned char *bytesOf(QCA::SecureArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

Result<QList<QCA::SecureArray>> split(const QCA::SecureArray &secret, int k, int n)
{
    if (k < 2 || n < k || n > maxShares)
        return shamirError(QT_TRANSLATE_NOOP("Shamir", "A secret is split into 2 to 16 shares, at least 2 needed."));
    if (secret.isEmpty())
        return shamirError(QT_TRANSLATE_NOOP("Shamir", "There is no secret to split."));
    useOpenSslRandom();
    std::vector<unsigned char> indices;
    for (int index = 1; index <= n; ++index)
        indices.push_back(static_cast<unsigned char>(index));
    const auto size = static_cast<unsigned int>(secret.size());
    GfshareContext context(
        gfshare_ctx_init_enc(indices.data(), static_cast<unsigned int>(n), static_cast<unsigned char>(k), size),
        &gfshare_ctx_free);
    if (!context)
        return shamirError(QT_TRANSLATE_NOOP("Shamir", "The secret could not be split."));
    QCA::SecureArray copy = secret; // libgfshare takes it through a non-const pointer
    gfshare_ctx_enc_setsecret(context.get(), bytesOf(copy));
    QList<QCA::SecureArray> shares;
    for (int position = 0; position < n; ++position) {
        QCA::SecureArray share(static_cast<int>(size) + 1, 0);
        share[0] = static_cast<char>(indices[static_cast<size_t>(position)]);
        gfshare_ctx_enc_getshare(context.get(), static_cast<unsigned char>(position), bytesOf(share) + 1);
        shares.append(share);
    }
    return shares;
}

Result<QCA::SecureArray> combine(const QList<QCA::SecureArray> &shares)
{
    if (shares.size() < 2 || shares.size() > maxShares)
        return shamirError(QT_TRANSLATE_NOOP("Shamir", "At least 2 shares are needed to combine a secret."));
    const int size = static_cast<int>(shares.first().size());
    std::vector<unsigned char> indices;
    QSet<int> seen;
    for (const QCA::SecureArray &share : shares) {
        const int index = share.isEmpty() ? 0 : static_cast<unsigned char>(share[0]);
        if (share.size() != size || size < 2 || index == 0 || seen.contains(index))
            return shamirError(QT_TRANSLATE_NOOP(
                "Shamir", "The shares do not fit together: each needs its own index and the same length."));
        seen.insert(index);
        indices.push_back(static_cast<unsigned char>(index));
    }
    const auto secretSize = static_cast<unsigned int>(size - 1);
    useOpenSslRandom();
    GfshareContext context(gfshare_ctx_init_dec(indices.data(), static_cast<unsigned int>(indices.size()), secretSize),
                           &gfshare_ctx_free);
    if (!context)
        return shamirError(QT_TRANSLATE_NOOP("Shamir", "The shares could not be combined."));
    for (int position = 0; position < shares.size(); ++position) {
        QCA::SecureArray copy = shares.at(position);
        gfshare_ctx_dec_giveshare(context.get(), static_cast<unsigned char>(position), bytesOf(copy) + 1);
    }
    QCA::SecureArray secret(static_cast<int>(secretSize), 0);
    gfshare_ctx_dec_extract(context.get(), bytesOf(secret));
    return secret;
}

Result<QCA::SecureArray> combine(const QList<QCA::SecureArray> &shares, int threshold)
{
    if (shares.size() < threshold)
        return fail(u"shamir"_s,
                    QCoreApplication::translate("Shamir", "%1 of the %2 needed shares were given.")
                        .arg(shares.size())
                        .arg(threshold));
    return combine(shares);
}

} // namespace regiekamer::crypto::shamir
