// The ids in a request's path: the request target is matched against every route of the API the way QHttpServer
// matches the Router's rules (http::routeRule, with QHttpServer's own pattern for a QString argument), and the
// captured ids go through the pipeline's http::pathNumbers. An id that is accepted is a positive number of at most
// 16 digits, spelled exactly as in the path.
#include "FuzzSupport.h"

#include "http/PathIds.h"
#include "protocol/ApiPaths.h"

#include <QHttpServer>
#include <QHttpServerRouter>
#include <QRegularExpression>
#include <QUrl>

namespace {

using namespace regiekamer;
using namespace Qt::StringLiterals;

// The routes' rules as QHttpServer's router matches them: each placeholder a capture of its QString converter.
QList<QRegularExpression> routePatterns()
{
    QHttpServer server;
    const QString converter = server.router()->converters().value(QMetaType::fromType<QString>());
    fuzz::require(!converter.isEmpty(), "QHttpServer has no converter for QString arguments");
    QList<QRegularExpression> patterns;
    for (const QString &path : api::path::all()) {
        if (!path.contains(u'{'))
            continue;
        const QString rule = server::http::routeRule(path);
        patterns.append(QRegularExpression(u'^' + QString(rule).replace(u"<arg>"_s, u'(' + converter + u')') + u'$'));
    }
    return patterns;
}

void checkIds(const QStringList &ids)
{
    const auto numbers = server::http::pathNumbers(ids);
    // What the access log entry records of the first id, whatever the route then answers.
    static_cast<void>(ids.value(0).toLongLong());
    if (!numbers)
        return;
    fuzz::require(numbers->size() == ids.size(), "an id was lost");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        fuzz::require(numbers->at(i) > 0, "an accepted id is not positive");
        fuzz::require(QString::number(numbers->at(i)) == ids.at(i), "an accepted id is not spelled as its number");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QList<QRegularExpression> patterns = routePatterns();
    const QByteArray target(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray url = QByteArray("https://regiekamer.test") + target;
    const QString path = QUrl::fromEncoded(url).path();
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(path);
        if (match.hasMatch())
            checkIds(match.capturedTexts().mid(1));
    }
    // Each segment on its own as an id, whether a route matched or not.
    for (const QString &segment : path.split(u'/'))
        checkIds({segment});
    return 0;
}
