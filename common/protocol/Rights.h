#pragma once

#include "protocol/Roles.h"

#include <QList>
#include <QString>

// The rights matrix of docs/design.md §5: role × resource → scope, actions and the classes of personal fields the
// role may read. The one definition: the server enforces it on every endpoint and filters every response with
// it; the desktop app only uses it to hide what the server would refuse anyway; docs/rights.md is generated from
// it (tests/common/tst_rights keeps the document equal to this code).
namespace regiekamer::rights {

enum class Resource {
    Organisation,
    StaffAccount,
    Webinar,
    Registration, // an attendee's registration for one webinar: the attendee's personal data
    Question,
    OwnProfile, // a viewer's own account data
    AccessLog, // entries of the access log (who touched which personal data); scope as for the data concerned
    Device, // the computers an account signed in from with the desktop app (its offline copies), and their revocation
    Backup, // the state of the continuous backups (targets, newest object, errors); never their contents
    Outbox, // mail waiting, sent or dead: purpose, recipient, state, reason; never the message
    Invitation, // a staff account invited by e-mail that has not chosen its password yet
    Report, // a webinar's report: counts over time and by state, never a person's data
    ApprovalRules, // a webinar's auto-approval domains and organisations, its capacity (no personal data)
    StreamKey, // a webinar's ingest URL and stream key (docs/security.md "Stream keys"); read: never the key itself
    WebinarTimeline, // a webinar's state changes: from, to, when and by whom
    // The audience's questions a viewer may upvote (approved, pinned, answered; text without the asker) and the
    // viewer's own votes; who voted is never served to anyone, the count comes with the question (docs/rights.md)
    QuestionVote,
    // An account's second factor (docs/security.md "Second factor"): its state, enrolment and removal by the owner
    // (Read, Create, Delete); an administrator resets another account's (Update), and the account enrols again.
    SecondFactor,
    Seal, // the running server's seal (issue 18): sealing it again wipes the master key (docs/security.md)
};

enum class Action {
    Read,
    Create,
    Update,
    Delete,
    Export,
    Moderate, // questions: approve, dismiss, answer, pin
    ChangeState, // webinars: draft → scheduled → rehearsal → live → ended → archived
    Assign, // webinars: directors and moderators
    Reveal, // stream keys: show the key itself (logged); a right of its own, apart from going live
    Join, // registrations: a viewer joins and leaves the live webinar's room with their own registration
    RemoveFromRoom, // registrations: send an attendee out of the live webinar's room (they may join again)
    Ban, // registrations: ban an attendee from the webinar's room with a reason, and lift the ban
    Change, // the seal: seal the running server (unsealing needs custodians' shares, no session)
};

// How far a role's rights on a resource reach. Outside it the server answers 404 (it does not reveal that the
// object exists); inside it, an action the role lacks answers 403.
enum class Scope {
    None,
    OwnAccount, // the viewer's own account, registrations and questions
    AssignedWebinar, // webinars the user is assigned to as director or moderator
    OwnOrganisation, // webinars of the client organisation the user belongs to
    All,
};

// Classes of attendee personal data. Fields of a class the role may not read are never serialised.
enum class FieldClass {
    Identity, // display name
    Contact, // e-mail, phone
    Profile, // company, job title
    Registration, // registered at, approval state
    Attendance, // joined, left, minutes watched, present; banned from the room, the ban's reason and time
    Questions, // question text, time, state, answer
    Consent, // consent flags and when they were given
};

// Classes of the access log's own fields (docs/rights.md "Access log fields"): which a reader of an entry sees
// depends on the reader's role and whose action the entry records (LogActor).
enum class LogField {
    When, // sequence number and time
    What, // action, object, webinar, organisation, data subject, field classes, outcome, row count, request id
    ActorRole, // the role the actor acted in
    ActorIdentity, // the actor's account id and display name
    ClientAddress, // the address the request came from
    Reason, // why a request was refused, or the reason given for a privileged read
};

// Whose action an entry records, seen from the entry's reader.
enum class LogActor {
    Self, // the reader's own
    Staff, // another account that is not a viewer's, the operator's command line, or an unknown sign-in name
    Viewer, // another viewer's
};

struct Grant
{
    Role role = Role::Viewer;
    Resource resource = Resource::Webinar;
    Scope scope = Scope::None;
    QList<Action> actions;
    QList<FieldClass> fields;
    // Personal data the role may read only with an explicit reason, which the server records (admin).
    QList<FieldClass> fieldsWithReason;
};

// The grant of a role on a resource; scope None with no actions when the role has none.
Grant grantFor(Role role, Resource resource);
Scope scopeOf(Role role, Resource resource);
bool permits(Role role, Resource resource, Action action);
bool mayReadField(Role role, Resource resource, FieldClass field, bool withReason = false);
QList<FieldClass> readableFields(Role role, Resource resource, bool withReason = false);
// The access log fields a reader in `role` sees of an entry of `actor`; none without the right to read the log.
QList<LogField> readableLogFields(Role role, LogActor actor);

QList<Role> allRoles();
QList<Resource> allResources();
QList<Action> allActions();
QList<FieldClass> allFieldClasses();
QList<LogField> allLogFields();
QList<LogActor> allLogActors();

QString resourceToWire(Resource resource);
QString actionToWire(Action action);
QString scopeToWire(Scope scope);
QString fieldClassToWire(FieldClass field);
QString logFieldToWire(LogField field);
QString logActorToWire(LogActor actor);

// docs/rights.md, generated from the tables above: the matrix, and the access log fields per reader.
QString matrixMarkdown();
QString logFieldsMarkdown();

} // namespace regiekamer::rights
