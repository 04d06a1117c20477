#include "http/Cookies.h"

#include <QHttpHeaders>

namespace regiekamer::server::http {

QByteArray cookie(const QHttpServerRequest &request, QByteArrayView name)
{
    const QHttpHeaders headers = request.headers();
    for (const QByteArrayView header : headers.values(QHttpHeaders::WellKnownHeader::Cookie)) {
        for (QByteArrayView pair : QByteArray(header).split(';')) {
            pair = pair.trimmed();
            const qsizetype equals = pair.indexOf('=');
            if (equals > 0 && pair.first(equals) == name)
                return pair.sliced(equals + 1).toByteArray();
        }
    }
    return {};
}

} // namespace regiekamer::server::http
