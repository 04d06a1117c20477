#pragma once

#include <QList>
#include <QString>

// What a change recorded in the access log changed (the chained change_detail column, docs/security.md "Access
// log"): one field of the object, from one wire value to another, e.g. a registration's approval state from
// "pending" to "approved" or a webinar's state from "scheduled" to "live". Only enumerated states are recorded,
// never personal data. The wire form is "field=from>to", several joined by ";".
namespace regiekamer::api {

struct AuditChange
{
    QString field;
    QString from;
    QString to;

    bool operator==(const AuditChange &other) const = default;
};

namespace auditChangeField {
inline constexpr auto approvalState = "approval_state"; // a registration's: pending, approved, rejected
inline constexpr auto webinarState = "state"; // a webinar's: draft, scheduled, rehearsal, live, ended, archived
inline constexpr auto banned = "banned"; // a registration's ban from the room: true, false
inline constexpr auto questionState = "question_state"; // a question's: new, approved, pinned, answered, dismissed
inline constexpr auto capacity = "capacity"; // a webinar's approval rules: a number of places, or "none"
} // namespace auditChangeField

QString auditChangesToWire(const QList<AuditChange> &changes);
// The changes of a wire form; parts that are not "field=from>to" are skipped.
QList<AuditChange> auditChangesFromWire(const QString &wire);

} // namespace regiekamer::api
