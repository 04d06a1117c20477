#pragma once

#include "protocol/AuditEntry.h"
#include "protocol/Rights.h"
#include "protocol/Session.h"

// What a reader sees of an access log entry (docs/rights.md "Access log fields", rights::readableLogFields): the one
// filter of GET /api/v1/audit, its CSV export and the live audit.appended events.
namespace regiekamer::server::audit {

// Whose action the entry records, seen from the reader: their own, another viewer's, or anyone else's.
rights::LogActor actorOf(const api::AuditEntry &entry, const api::UserInfo &reader);
// The classes of the log's own fields the reader sees of this entry.
QList<rights::LogField> visibleFields(const api::AuditEntry &entry, const api::UserInfo &reader);
// The entry as the reader may see it: the members of every class they may not see are emptied and the class is
// listed in `withheld`, so neither its JSON nor a CSV line made from it carries them.
api::AuditEntry seenBy(const api::UserInfo &reader, api::AuditEntry entry);

} // namespace regiekamer::server::audit
