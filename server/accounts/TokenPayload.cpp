#include "accounts/TokenPayload.h"

#include "base/ApiError.h"
#include "keys/FieldCipher.h"

#include <QJsonDocument>

namespace regiekamer::server::tokenPayload {

using namespace Qt::StringLiterals;

namespace {

QByteArray contextOf(const char *purpose)
{
    return QByteArray("account_tokens/payload/") + purpose;
}

} // namespace

Result<QByteArray> seal(FieldCipher &cipher, const QJsonObject &payload, const char *purpose)
{
    auto key = cipher.mailKey();
    if (!key)
        return std::unexpected(key.error());
    const QString text = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QByteArray sealed = FieldCipher::seal(*key, text, contextOf(purpose));
    if (sealed.isEmpty())
        return fail(QString::fromLatin1(api::errc::internal), u"Cannot seal a link's details."_s);
    return sealed;
}

Result<QJsonObject> open(FieldCipher &cipher, const QByteArray &sealed, const char *purpose)
{
    auto key = cipher.mailKey();
    if (!key)
        return std::unexpected(key.error());
    auto text = FieldCipher::open(*key, sealed, contextOf(purpose));
    if (!text)
        return std::unexpected(text.error());
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8());
    if (!document.isObject())
        return fail(QString::fromLatin1(api::errc::internal), u"A link's details are damaged."_s);
    return document.object();
}

} // namespace regiekamer::server::tokenPayload
