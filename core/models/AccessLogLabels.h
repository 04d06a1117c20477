#pragma once

#include "protocol/AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace regiekamer::client {

// The translated labels of the access log: actions, outcomes, object types, roles, and an entry's object and
// details. Unknown wire values are shown as they are.
class AccessLogLabels
{
    Q_DECLARE_TR_FUNCTIONS(regiekamer::client::AccessLogLabels)
public:
    static QStringList actions(); // the wire names of every action, in the order a filter offers them
    static QString actionName(const QString &action);
    static QString outcomeName(const QString &outcome);
    static QString objectTypeName(const QString &objectType);
    static QString roleName(const QString &role);
    // The object by name where the server named it for the reader (api::AuditNames), else by id, with its webinar
    // (by title: the entry's, else webinarTitles').
    static QString objectText(const api::AuditEntry &entry, const QHash<qint64, QString> &webinarTitles);
    // What a change changed, translated ("Pending → Approved"); empty when the entry records none.
    static QString changeText(const api::AuditEntry &entry);
    // The action, with what it changed: "Change (Pending → Approved)".
    static QString actionText(const api::AuditEntry &entry);
    static QString detailText(const api::AuditEntry &entry);
};

} // namespace regiekamer::client
