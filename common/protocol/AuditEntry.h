#pragma once

#include "base/Result.h"
#include "protocol/Rights.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// One entry of the access log (docs/design.md §6, docs/security.md "Access log"): who did what to which object, from
// where, with which classes of personal fields, and whether it was allowed. Shared by the server, which writes
// and chains entries, and the desktop app, which shows the entries a role may see.
namespace regiekamer::api {

namespace auditAction {
inline constexpr auto read = "read";
inline constexpr auto create = "create";
inline constexpr auto update = "update";
inline constexpr auto remove = "delete";
inline constexpr auto exportRows = "export";
inline constexpr auto moderate = "moderate";
inline constexpr auto changeState = "change_state";
inline constexpr auto assign = "assign";
inline constexpr auto unassign = "unassign";
inline constexpr auto login = "login";
inline constexpr auto loginFailed = "login_failed";
inline constexpr auto logout = "logout";
inline constexpr auto lockout = "lockout";
inline constexpr auto accountChange = "account_change";
inline constexpr auto keyOperation = "key_operation";
inline constexpr auto backup = "backup";
inline constexpr auto restore = "restore";
inline constexpr auto invite = "invite"; // an invitation sent, sent again, revoked or accepted (the reason says which)
inline constexpr auto passwordReset = "password_reset"; // a reset asked for, its link mailed, a new password chosen
inline constexpr auto signUp = "sign_up"; // a registration asked for, its link mailed or opened, confirmed
inline constexpr auto emailChange = "email_change"; // a new address asked for, confirmed, or reported by the old one
inline constexpr auto reveal = "reveal"; // a webinar's stream key shown to the caller
inline constexpr auto rotate = "rotate"; // a webinar's stream key replaced by a fresh one the server made
inline constexpr auto join = "join"; // a personal join link opened, or sent; a viewer joined the live room with it
inline constexpr auto presence = "presence"; // a joined viewer's presence tick (every 30 s)
inline constexpr auto leave = "leave"; // a viewer left the live room (themselves, or silent past the presence timeout)
inline constexpr auto removeFromRoom = "remove_from_room"; // an attendee sent out of the live room by staff
inline constexpr auto ban = "ban"; // an attendee banned from a webinar's room
inline constexpr auto unban = "unban"; // a ban lifted
// The second factor (docs/security.md "Second factor"): a password right and a code asked for; a wrong or replayed
// code (at sign-in, enrolment or step-up); a step-up; enrolment begun or confirmed, new recovery codes; a factor
// removed by its owner or reset by an administrator (also offline, regiekamer-admin users reset-second-factor).
inline constexpr auto secondFactorChallenge = "second_factor_challenge";
inline constexpr auto secondFactorFailed = "second_factor_failed";
inline constexpr auto stepUp = "step_up";
inline constexpr auto secondFactorEnrol = "second_factor_enrol";
inline constexpr auto secondFactorReset = "second_factor_reset";
// Security keys: a registration challenge or a key registered; a key removed by its owner; a key's answer refused
// because its signature counter did not grow (a possible clone).
inline constexpr auto securityKeyRegister = "security_key_register";
inline constexpr auto securityKeyRemove = "security_key_remove";
inline constexpr auto securityKeyCounter = "security_key_counter";
} // namespace auditAction

namespace auditOutcome {
inline constexpr auto allowed = "allowed";
inline constexpr auto denied = "denied"; // refused by the rights matrix or authentication
inline constexpr auto rejected = "rejected"; // allowed, but the request itself was invalid or conflicted
} // namespace auditOutcome

// The names of what an entry's ids refer to, looked up when the entry is read and only as far as the reader may see
// them (docs/rights.md "Names in the access log"): never stored or chained, absent from the JSON when empty.
struct AuditNames
{
    QString webinar; // the webinar's title
    QString object; // the object's name: a registration's or account's person, an organisation, a webinar's title
    QString subject; // the data subject's (attendee's) name

    bool isEmpty() const { return webinar.isEmpty() && object.isEmpty() && subject.isEmpty(); }
    bool operator==(const AuditNames &other) const = default;
};

struct AuditEntry
{
    qint64 sequence = 0; // position in the chain, 1-based, without gaps
    QDateTime at; // UTC, millisecond precision
    qint64 actorId = 0; // 0: no account (an unknown sign-in name, the operator's command line)
    QString actorName; // display name at that moment
    QString actorRole; // role at that moment, or "operator"
    QString clientAddress;
    QString requestId;
    QString action; // auditAction
    QString objectType; // rights::resourceToWire names, plus "session", "audit_log", "key", "backup"
    qint64 objectId = 0; // the first id in the path (the webinar, for its lists); 0 for a top-level collection
    qint64 webinarId = 0; // the webinar the object belongs to, 0 if none
    qint64 organisationId = 0; // the client organisation the object belongs to, 0 if none
    qint64 subjectUserId = 0; // the data subject (viewer account) whose own data was touched, 0 if none
    QStringList fields; // rights::FieldClass wire names of the personal fields touched
    QString outcome; // auditOutcome
    QString reason; // why refused, or the reason given for a privileged read; never a secret
    qint64 rowCount = -1; // rows returned by a list or export, -1 if not a list
    QString change; // what a change changed, as auditChangesToWire() writes it (protocol/AuditChange.h); often empty
    AuditNames names; // not chained: filled in for the reader
    // The classes of the log's own fields withheld from the reader this entry was prepared for (docs/rights.md
    // "Access log fields"): their members are empty here and absent from the JSON. Never stored or chained.
    QList<rights::LogField> withheld;

    QJsonObject toJson() const; // without the members of the withheld classes
    // Members absent from the object mark their class as withheld (all members of a class, or none).
    static Result<AuditEntry> fromJson(const QJsonObject &object);
};

struct AuditPage
{
    QList<AuditEntry> items;
    qint64 nextBefore = 0; // 0: no older entries

    QJsonObject toJson() const;
    static Result<AuditPage> fromJson(const QJsonObject &object);
};

// The server's view of the log's integrity, shown as "chain verified up to …".
struct AuditStatus
{
    qint64 lastSequence = 0;
    qint64 verifiedUpTo = 0;
    QDateTime verifiedAt; // invalid: not verified yet
    bool intact = true;
    QString problem; // empty when intact; the verifier's technical description, in English
    qint64 firstBadSequence = 0; // 0 when intact

    QJsonObject toJson() const;
    static Result<AuditStatus> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
