#include "models/AccessLogFilter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

QUrlQuery AccessLogFilter::toQuery() const
{
    QUrlQuery query;
    const auto time = [](const QDateTime &value) { return value.toUTC().toString(Qt::ISODateWithMs); };
    if (from.isValid())
        query.addQueryItem(u"from"_s, time(from));
    if (to.isValid())
        query.addQueryItem(u"to"_s, time(to));
    if (actorId > 0)
        query.addQueryItem(u"actor"_s, QString::number(actorId));
    if (!action.isEmpty())
        query.addQueryItem(u"action"_s, action);
    if (webinarId > 0)
        query.addQueryItem(u"webinar"_s, QString::number(webinarId));
    if (subjectUserId > 0)
        query.addQueryItem(u"subject"_s, QString::number(subjectUserId));
    if (const QString name = subjectName.trimmed(); !name.isEmpty())
        query.addQueryItem(u"subjectName"_s, QString::fromLatin1(QUrl::toPercentEncoding(name)));
    if (const QString needle = text.trimmed(); !needle.isEmpty())
        query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(needle)));
    return query;
}

bool AccessLogFilter::matches(const api::AuditEntry &entry) const
{
    if ((from.isValid() && entry.at < from) || (to.isValid() && entry.at > to))
        return false;
    if ((actorId > 0 && entry.actorId != actorId) || (!action.isEmpty() && entry.action != action))
        return false;
    if ((webinarId > 0 && entry.webinarId != webinarId) || (subjectUserId > 0 && entry.subjectUserId != subjectUserId))
        return false;
    if (!subjectName.trimmed().isEmpty() &&
        !entry.names.subject.toCaseFolded().contains(subjectName.trimmed().toCaseFolded()))
        return false;
    const QString needle = folded(text.trimmed());
    if (needle.isEmpty())
        return true;
    const QStringList haystack {entry.actorName, entry.action,        entry.objectType, entry.outcome,
                                entry.reason,    entry.clientAddress, entry.requestId};
    for (const QString &value : haystack) {
        if (folded(value).contains(needle))
            return true;
    }
    return false;
}

void AccessLogFilter::setAttendee(const QString &typed)
{
    static const QRegularExpression userId(u"^#?\\s*([0-9]{1,15})$"_s);
    const QString trimmed = typed.trimmed();
    const QRegularExpressionMatch id = userId.match(trimmed);
    subjectUserId = id.hasMatch() ? id.captured(1).toLongLong() : 0;
    subjectName = id.hasMatch() ? QString() : trimmed;
}

QString AccessLogFilter::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result.toCaseFolded();
}

} // namespace regiekamer::client
