#include "auth/PasswordPolicy.h"

#include "auth/PasswordHasher.h"
#include "base/ApiError.h"

#include <openssl/crypto.h>

#include <QStringDecoder>

namespace regiekamer::server::passwordPolicy {

using namespace Qt::StringLiterals;

namespace {

auto badPassword(const QString &message)
{
    return badRequest(message);
}

} // namespace

Status checkStrength(const QCA::SecureArray &password)
{
    if (password.size() > maximumBytes)
        return badPassword(u"The password is longer than %1 bytes."_s.arg(maximumBytes));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(QByteArrayView(password.constData(), password.size()));
    const bool valid = !decoder.hasError();
    int characters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++characters;
    }
    text.fill(u'\0'); // best effort: the decoded copy does not outlive this function
    if (!valid)
        return badPassword(u"The password is not valid UTF-8."_s);
    if (characters < minimumCharacters)
        return badPassword(u"The password must be at least %1 characters long."_s.arg(minimumCharacters));
    return {};
}

Result<QString> hashNewPassword(const PasswordHasher &hasher, QString &password)
{
    QByteArray utf8 = password.toUtf8();
    password.fill(u'\0');
    const QCA::SecureArray secret(utf8);
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    if (auto strong = checkStrength(secret); !strong)
        return std::unexpected(strong.error());
    return hasher.hash(secret);
}

} // namespace regiekamer::server::passwordPolicy
