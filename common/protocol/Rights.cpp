#include "protocol/Rights.h"

#include "base/WireNames.h"

#include <QStringList>

#include <algorithm>

namespace regiekamer::rights {
namespace {

using enum Action;
using enum FieldClass;

const QList<FieldClass> everyField {Identity, Contact, Profile, Registration, Attendance, Questions, Consent};

// The matrix. Defaults argued in docs/rights.md: each role gets the least it needs for its work.
const QList<Grant> &grants()
{
    static const QList<Grant> table {
        {Role::Admin, Resource::Organisation, Scope::All, {Read, Create, Update, Delete}, {}, {}},
        // A viewer account's name and e-mail address are attendee data (staff members' are not personal fields here).
        {Role::Admin, Resource::StaffAccount, Scope::All, {Read, Create, Update, Delete}, {}, {Identity, Contact}},
        {Role::Admin, Resource::Webinar, Scope::All, {Read, Create, Update, Delete, ChangeState, Assign}, {}, {}},
        {Role::Admin, Resource::Registration, Scope::All, {Read}, {}, everyField},
        {Role::Admin, Resource::Question, Scope::All, {Read}, {}, {Identity, Questions}},
        {Role::Admin, Resource::AccessLog, Scope::All, {Read, Export}, {}, {}},
        // Every account's devices: an administrator removes a lost computer or one of a departing member of staff.
        {Role::Admin, Resource::Device, Scope::All, {Read, Delete}, {}, {}},
        // Whether the backups reach both locations; only the operator's staff run them (docs/backups.md).
        {Role::Admin, Resource::Backup, Scope::All, {Read}, {}, {}},
        // Whether mail leaves the server and why not (docs/mail.md); the operator's staff fix the SMTP settings.
        {Role::Admin, Resource::Outbox, Scope::All, {Read}, {}, {}},
        // Staff accounts by invitation: the mail's link lets the invitee choose the password (docs/accounts.md).
        {Role::Admin, Resource::Invitation, Scope::All, {Read, Create, Update, Delete}, {}, {}},
        {Role::Admin, Resource::Report, Scope::All, {Read}, {}, {}},
        // Which registrations are approved at once and how many places a webinar has (docs/api.md "Approval rules").
        {Role::Admin, Resource::ApprovalRules, Scope::All, {Read, Update}, {}, {}},
        // The operator's staff set and rotate a webinar's stream key (after a leak) but never see it: whoever sees a
        // key can broadcast as the webinar.
        {Role::Admin, Resource::StreamKey, Scope::All, {Read, Update}, {}, {}},
        {Role::Admin, Resource::WebinarTimeline, Scope::All, {Read}, {}, {}},
        // Resetting another account's lost second factor (logged; the account enrols again at its next sign-in).
        {Role::Admin, Resource::SecondFactor, Scope::All, {Read, Create, Update, Delete}, {}, {}},
        // Sealing the running server wipes its master key; custodians' shares unseal it again (docs/security.md).
        {Role::Admin, Resource::Seal, Scope::All, {Change}, {}, {}},

        {Role::Director, Resource::Webinar, Scope::AssignedWebinar, {Read, Update, ChangeState, Assign}, {}, {}},
        {Role::Director,
         Resource::Registration,
         Scope::AssignedWebinar,
         {Read, Update, Delete, RemoveFromRoom, Ban},
         {Identity, Contact, Profile, Registration, Attendance},
         {}},
        {Role::Director, Resource::Question, Scope::AssignedWebinar, {Read, Moderate}, {Identity, Questions}, {}},
        {Role::Director, Resource::AccessLog, Scope::AssignedWebinar, {Read, Export}, {}, {}},
        {Role::Director, Resource::Device, Scope::OwnAccount, {Read, Delete}, {}, {}},
        {Role::Director, Resource::SecondFactor, Scope::OwnAccount, {Read, Create, Delete}, {}, {}},
        {Role::Director, Resource::Report, Scope::AssignedWebinar, {Read, Export}, {}, {}},
        {Role::Director, Resource::ApprovalRules, Scope::AssignedWebinar, {Read, Update}, {}, {}},
        // The director configures the encoder, so only the director sees the key (every reveal logged).
        {Role::Director, Resource::StreamKey, Scope::AssignedWebinar, {Read, Reveal, Update}, {}, {}},
        {Role::Director, Resource::WebinarTimeline, Scope::AssignedWebinar, {Read}, {}, {}},

        {Role::Moderator, Resource::Webinar, Scope::AssignedWebinar, {Read}, {}, {}},
        // The moderator keeps the room calm: sends a disruptive attendee out; banning is the director's decision.
        {Role::Moderator,
         Resource::Registration,
         Scope::AssignedWebinar,
         {Read, RemoveFromRoom},
         {Identity, Attendance},
         {}},
        {Role::Moderator, Resource::Question, Scope::AssignedWebinar, {Read, Moderate}, {Identity, Questions}, {}},
        {Role::Moderator, Resource::Device, Scope::OwnAccount, {Read, Delete}, {}, {}},
        {Role::Moderator, Resource::SecondFactor, Scope::OwnAccount, {Read, Create, Delete}, {}, {}},
        // How full the webinar is and who gets in at once: what the moderator answers at the door.
        {Role::Moderator, Resource::ApprovalRules, Scope::AssignedWebinar, {Read}, {}, {}},
        {Role::Moderator, Resource::WebinarTimeline, Scope::AssignedWebinar, {Read}, {}, {}},

        {Role::ClientStaff, Resource::Organisation, Scope::OwnOrganisation, {Read}, {}, {}},
        {Role::ClientStaff, Resource::Webinar, Scope::OwnOrganisation, {Read}, {}, {}},
        {Role::ClientStaff, Resource::Registration, Scope::OwnOrganisation, {Read, Export}, everyField, {}},
        {Role::ClientStaff, Resource::Question, Scope::OwnOrganisation, {Read, Export}, {Identity, Questions}, {}},
        {Role::ClientStaff, Resource::AccessLog, Scope::OwnOrganisation, {Read, Export}, {}, {}},
        {Role::ClientStaff, Resource::Device, Scope::OwnAccount, {Read, Delete}, {}, {}},
        {Role::ClientStaff, Resource::SecondFactor, Scope::OwnAccount, {Read, Create, Delete}, {}, {}},
        // The webinar's report: counts only, the PDF for the client's own records (docs/reports.md).
        {Role::ClientStaff, Resource::Report, Scope::OwnOrganisation, {Read, Export}, {}, {}},
        // The client's own domains and organisations; changing them is the director's work.
        {Role::ClientStaff, Resource::ApprovalRules, Scope::OwnOrganisation, {Read}, {}, {}},
        {Role::ClientStaff, Resource::WebinarTimeline, Scope::OwnOrganisation, {Read}, {}, {}},

        {Role::Viewer, Resource::Webinar, Scope::OwnAccount, {Read}, {}, {}},
        // Joining the live webinar's room with the personal join link of their own, approved registration.
        {Role::Viewer, Resource::Registration, Scope::OwnAccount, {Read, Create, Delete, Join}, everyField, {}},
        {Role::Viewer, Resource::Question, Scope::OwnAccount, {Read, Create}, {Identity, Questions}, {}},
        // Upvotes: the audience's visible questions without their askers, in webinars the viewer is approved for.
        {Role::Viewer, Resource::QuestionVote, Scope::OwnAccount, {Read, Create, Delete}, {Questions}, {}},
        {Role::Viewer,
         Resource::OwnProfile,
         Scope::OwnAccount,
         {Read, Update},
         {Identity, Contact, Profile, Consent},
         {}},
        {Role::Viewer, Resource::AccessLog, Scope::OwnAccount, {Read}, {}, {}},
        // Everyone may see and remove the computers they signed in from themselves (a lost laptop).
        {Role::Viewer, Resource::Device, Scope::OwnAccount, {Read, Delete}, {}, {}},
        // Anyone may protect their own account with a second factor; the policy makes it required for staff roles.
        {Role::Viewer, Resource::SecondFactor, Scope::OwnAccount, {Read, Create, Delete}, {}, {}},
    };
    return table;
}

// Who sees which of the access log's own fields. The people an access concerns learn that it happened and in which
// role; where it came from, who exactly it was and why are the operator's and the data controller's business. A
// viewer's client address is theirs alone (and the administrator's).
struct LogGrant
{
    Role role;
    LogActor actor;
    QList<LogField> fields;
};

const QList<LogGrant> &logGrants()
{
    using enum LogField;
    static const QList<LogField> everything {When, What, ActorRole, ActorIdentity, ClientAddress, Reason};
    static const QList<LogField> withoutAddress {When, What, ActorRole, ActorIdentity, Reason};
    static const QList<LogField> roleOnly {When, What, ActorRole};
    static const QList<LogGrant> table {
        {Role::Admin, LogActor::Self, everything},
        {Role::Admin, LogActor::Staff, everything},
        {Role::Admin, LogActor::Viewer, everything},
        {Role::Director, LogActor::Self, everything},
        {Role::Director, LogActor::Staff, everything},
        {Role::Director, LogActor::Viewer, withoutAddress},
        {Role::ClientStaff, LogActor::Self, everything},
        {Role::ClientStaff, LogActor::Staff, everything},
        {Role::ClientStaff, LogActor::Viewer, withoutAddress},
        {Role::Viewer, LogActor::Self, everything},
        {Role::Viewer, LogActor::Staff, roleOnly},
        {Role::Viewer, LogActor::Viewer, roleOnly},
    };
    return table;
}

constexpr WireTable<Resource, 18> resourceNames {{
    {Resource::Organisation, "organisation"},
    {Resource::StaffAccount, "staff_account"},
    {Resource::Webinar, "webinar"},
    {Resource::Registration, "registration"},
    {Resource::Question, "question"},
    {Resource::OwnProfile, "own_profile"},
    {Resource::AccessLog, "access_log"},
    {Resource::Device, "device"},
    {Resource::Backup, "backup"},
    {Resource::Outbox, "outbox"},
    {Resource::Invitation, "invitation"},
    {Resource::Report, "report"},
    {Resource::ApprovalRules, "approval_rules"},
    {Resource::StreamKey, "stream_key"},
    {Resource::WebinarTimeline, "webinar_timeline"},
    {Resource::QuestionVote, "question_vote"},
    {Resource::SecondFactor, "second_factor"},
    {Resource::Seal, "seal"},
}};

constexpr WireTable<Action, 13> actionNames {{
    {Read, "read"},
    {Create, "create"},
    {Update, "update"},
    {Delete, "delete"},
    {Export, "export"},
    {Moderate, "moderate"},
    {ChangeState, "change_state"},
    {Assign, "assign"},
    {Reveal, "reveal"},
    {Join, "join"},
    {RemoveFromRoom, "remove_from_room"},
    {Ban, "ban"},
    {Change, "change"},
}};

constexpr WireTable<Scope, 5> scopeNames {{
    {Scope::None, "none"},
    {Scope::OwnAccount, "own_account"},
    {Scope::AssignedWebinar, "assigned_webinars"},
    {Scope::OwnOrganisation, "own_organisation"},
    {Scope::All, "all"},
}};

constexpr WireTable<FieldClass, 7> fieldNames {{
    {Identity, "identity"},
    {Contact, "contact"},
    {Profile, "profile"},
    {Registration, "registration"},
    {Attendance, "attendance"},
    {Questions, "questions"},
    {Consent, "consent"},
}};

constexpr WireTable<LogField, 6> logFieldNames {{
    {LogField::When, "when"},
    {LogField::What, "what"},
    {LogField::ActorRole, "actor_role"},
    {LogField::ActorIdentity, "actor_identity"},
    {LogField::ClientAddress, "client_address"},
    {LogField::Reason, "reason"},
}};

constexpr WireTable<LogActor, 3> logActorNames {{
    {LogActor::Self, "own"},
    {LogActor::Staff, "staff"},
    {LogActor::Viewer, "viewer"},
}};

template<typename Enum, std::size_t Count> QList<Enum> valuesOf(const WireTable<Enum, Count> &table)
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

template<typename Enum, std::size_t Count>
QString joinWire(const WireTable<Enum, Count> &table, const QList<Enum> &values)
{
    QStringList names;
    for (Enum value : values)
        names.append(enumToWire(table, value));
    return names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral(", "));
}

} // namespace

Grant grantFor(Role role, Resource resource)
{
    const auto &table = grants();
    const auto found = std::find_if(table.cbegin(), table.cend(), [&](const Grant &grant) {
        return grant.role == role && grant.resource == resource;
    });
    return found != table.cend() ? *found : Grant {role, resource, Scope::None, {}, {}, {}};
}

Scope scopeOf(Role role, Resource resource)
{
    return grantFor(role, resource).scope;
}

bool permits(Role role, Resource resource, Action action)
{
    return grantFor(role, resource).actions.contains(action);
}

bool mayReadField(Role role, Resource resource, FieldClass field, bool withReason)
{
    const Grant grant = grantFor(role, resource);
    return grant.actions.contains(Read) &&
        (grant.fields.contains(field) || (withReason && grant.fieldsWithReason.contains(field)));
}

QList<FieldClass> readableFields(Role role, Resource resource, bool withReason)
{
    QList<FieldClass> fields;
    for (FieldClass field : allFieldClasses()) {
        if (mayReadField(role, resource, field, withReason))
            fields.append(field);
    }
    return fields;
}

QList<LogField> readableLogFields(Role role, LogActor actor)
{
    if (!permits(role, Resource::AccessLog, Read))
        return {};
    for (const LogGrant &grant : logGrants()) {
        if (grant.role == role && grant.actor == actor)
            return grant.fields;
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Admin, Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer};
}

QList<Resource> allResources()
{
    return valuesOf(resourceNames);
}

QList<Action> allActions()
{
    return valuesOf(actionNames);
}

QList<FieldClass> allFieldClasses()
{
    return valuesOf(fieldNames);
}

QList<LogField> allLogFields()
{
    return valuesOf(logFieldNames);
}

QList<LogActor> allLogActors()
{
    return valuesOf(logActorNames);
}

QString resourceToWire(Resource resource)
{
    return enumToWire(resourceNames, resource);
}

QString actionToWire(Action action)
{
    return enumToWire(actionNames, action);
}

QString scopeToWire(Scope scope)
{
    return enumToWire(scopeNames, scope);
}

QString fieldClassToWire(FieldClass field)
{
    return enumToWire(fieldNames, field);
}

QString logFieldToWire(LogField field)
{
    return enumToWire(logFieldNames, field);
}

QString logActorToWire(LogActor actor)
{
    return enumToWire(logActorNames, actor);
}

QString matrixMarkdown()
{
    QString text = QStringLiteral("| role | resource | scope | actions | personal fields readable | "
                                  "readable only with a recorded reason |\n|---|---|---|---|---|---|\n");
    for (Role role : allRoles()) {
        for (Resource resource : allResources()) {
            const Grant grant = grantFor(role, resource);
            if (grant.scope == Scope::None)
                continue;
            text += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 |\n")
                        .arg(roleToWire(role), resourceToWire(resource), scopeToWire(grant.scope),
                             joinWire(actionNames, grant.actions), joinWire(fieldNames, grant.fields),
                             joinWire(fieldNames, grant.fieldsWithReason));
        }
    }
    return text;
}

QString logFieldsMarkdown()
{
    QString text = QStringLiteral("| reader | entry of | access log fields shown |\n|---|---|---|\n");
    for (Role role : allRoles()) {
        for (LogActor actor : allLogActors()) {
            const QList<LogField> fields = readableLogFields(role, actor);
            if (!fields.isEmpty())
                text += QStringLiteral("| `%1` | %2 | %3 |\n")
                            .arg(roleToWire(role), logActorToWire(actor), joinWire(logFieldNames, fields));
        }
    }
    return text;
}

} // namespace regiekamer::rights
