#include "http/PathIds.h"

#include <QRegularExpression>

namespace regiekamer::server::http {

using namespace Qt::StringLiterals;

QString routeRule(const QString &pathTemplate)
{
    static const QRegularExpression placeholder(u"\\{[a-zA-Z]+\\}"_s);
    return QString(pathTemplate).replace(placeholder, u"<arg>"_s);
}

std::optional<QList<qint64>> pathNumbers(const QList<QString> &pathIds)
{
    // Anchored at the very end (\z): "$" also matched before a final line feed, so "/webinars/22%0A" was webinar 22.
    static const QRegularExpression positive(QRegularExpression::anchoredPattern(u"[1-9][0-9]{0,15}"_s));
    QList<qint64> numbers;
    for (const QString &id : pathIds) {
        if (!positive.match(id).hasMatch())
            return std::nullopt;
        numbers.append(id.toLongLong());
    }
    return numbers;
}

} // namespace regiekamer::server::http
