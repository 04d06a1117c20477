#include "net/ServerAddress.h"

#include "net/ClientErrors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

Result<QUrl> parseServerAddress(const QString &typed)
{
    QString text = typed.trimmed();
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    if (url.scheme() != u"https"_s)
        return fail(
            QString::fromLatin1(errc::badAddress),
            QCoreApplication::translate("ServerAddress", "Only secure https:// server addresses are supported."));
    if (!url.isValid() || url.host().isEmpty())
        return fail(QString::fromLatin1(errc::badAddress),
                    QCoreApplication::translate("ServerAddress",
                                                "Enter a server address such as https://server.example:8443."));
    if (url.port() <= 0)
        url.setPort(defaultServerPort);
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

} // namespace regiekamer::client
