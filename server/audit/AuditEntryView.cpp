#include "audit/AuditEntryView.h"

namespace regiekamer::server::audit {

namespace {

void empty(api::AuditEntry &entry, rights::LogField field)
{
    switch (field) {
    case rights::LogField::When:
        entry.sequence = 0;
        entry.at = QDateTime();
        return;
    case rights::LogField::What:
        entry.requestId.clear();
        entry.action.clear();
        entry.objectType.clear();
        entry.objectId = entry.webinarId = entry.organisationId = entry.subjectUserId = 0;
        entry.fields.clear();
        entry.outcome.clear();
        entry.rowCount = -1;
        entry.change.clear();
        entry.names = {};
        return;
    case rights::LogField::ActorRole:
        entry.actorRole.clear();
        return;
    case rights::LogField::ActorIdentity:
        entry.actorId = 0;
        entry.actorName.clear();
        return;
    case rights::LogField::ClientAddress:
        entry.clientAddress.clear();
        return;
    case rights::LogField::Reason:
        entry.reason.clear();
        return;
    }
}

} // namespace

rights::LogActor actorOf(const api::AuditEntry &entry, const api::UserInfo &reader)
{
    if (reader.id > 0 && entry.actorId == reader.id)
        return rights::LogActor::Self;
    return entry.actorRole == roleToWire(Role::Viewer) ? rights::LogActor::Viewer : rights::LogActor::Staff;
}

QList<rights::LogField> visibleFields(const api::AuditEntry &entry, const api::UserInfo &reader)
{
    return rights::readableLogFields(reader.role, actorOf(entry, reader));
}

api::AuditEntry seenBy(const api::UserInfo &reader, api::AuditEntry entry)
{
    const QList<rights::LogField> visible = visibleFields(entry, reader);
    entry.withheld.clear();
    for (rights::LogField field : rights::allLogFields()) {
        if (visible.contains(field))
            continue;
        empty(entry, field);
        entry.withheld.append(field);
    }
    return entry;
}

} // namespace regiekamer::server::audit
