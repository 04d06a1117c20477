#include "auth/PasswordPolicy.h"

#include "base/ApiError.h"

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

} // namespace regiekamer::server::passwordPolicy
