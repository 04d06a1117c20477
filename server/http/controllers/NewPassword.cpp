#include "http/controllers/NewPassword.h"

#include "auth/AccountTokens.h"
#include "auth/PasswordCheckPool.h"
#include "auth/PasswordPolicy.h"
#include "base/ApiError.h"
#include "http/RequestContext.h"

#include <openssl/crypto.h>

namespace regiekamer::server::newPassword {

using namespace Qt::StringLiterals;

namespace {

QFuture<std::any> ready(Result<QString> hash)
{
    return QtFuture::makeReadyValueFuture(std::any(Prepared {std::move(hash)}));
}

Error busy()
{
    return Error {QString::fromLatin1(api::errc::serverBusy),
                  u"Too many passwords are being checked at once; try again in a moment."_s};
}

} // namespace

QFuture<std::any> prepare(PasswordCheckPool &pool, const QString &token, QString &password)
{
    QByteArray utf8 = password.toUtf8();
    password.fill(u'\0');
    const QCA::SecureArray secret(utf8);
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    if (!AccountTokens::wellFormed(token))
        return ready(std::unexpected(AccountTokens::invalidToken().error()));
    if (auto strong = passwordPolicy::checkStrength(secret); !strong) // cheap: no Argon2id for a refused password
        return ready(std::unexpected(strong.error()));
    auto hashed = pool.hashNew(secret);
    if (!hashed)
        return ready(std::unexpected(busy()));
    return hashed->then([](Result<QString> hash) { return std::any(Prepared {std::move(hash)}); });
}

Result<QString> take(const RequestContext &context)
{
    const auto *prepared = context.prepared<Prepared>();
    return prepared ? prepared->hash : Result<QString>(std::unexpected(busy()));
}

} // namespace regiekamer::server::newPassword
