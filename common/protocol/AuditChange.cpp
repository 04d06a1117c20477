#include "protocol/AuditChange.h"

#include <QStringList>

namespace regiekamer::api {

QString auditChangesToWire(const QList<AuditChange> &changes)
{
    QStringList parts;
    for (const AuditChange &change : changes)
        parts.append(change.field + u'=' + change.from + u'>' + change.to);
    return parts.join(u';');
}

QList<AuditChange> auditChangesFromWire(const QString &wire)
{
    QList<AuditChange> changes;
    for (const QString &part : wire.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const qsizetype arrow = part.indexOf(u'>', equals + 1);
        if (equals <= 0 || arrow < 0)
            continue;
        changes.append(AuditChange {part.left(equals), part.mid(equals + 1, arrow - equals - 1), part.mid(arrow + 1)});
    }
    return changes;
}

} // namespace regiekamer::api
