#pragma once

#include "protocol/AuditEntry.h"

#include <QDateTime>
#include <QUrlQuery>

namespace regiekamer::client {

// The filters of the access log view (docs/api.md "Access log"). The server filters the pages; matches() repeats
// the same test for the entries that arrive live over the event stream. Zero or empty means "any".
struct AccessLogFilter
{
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to; // inclusive; invalid: no upper bound
    qint64 actorId = 0;
    QString action; // api::auditAction wire name
    qint64 webinarId = 0;
    qint64 subjectUserId = 0; // the attendee whose data was touched
    QString subjectName; // part of that attendee's name (as the reader may see it)
    QString text; // free text over actor, action, object, outcome, reason, address and request id

    // The attendee field's text: "#147" (or "147") is a user id, anything else part of a name.
    void setAttendee(const QString &typed);

    // The query of GET /api/v1/audit and its export (without paging).
    QUrlQuery toQuery() const;
    bool matches(const api::AuditEntry &entry) const;
    bool operator==(const AccessLogFilter &other) const = default;

    // Lower case without diacritics, as the server compares the free text.
    static QString folded(const QString &text);
};

} // namespace regiekamer::client
