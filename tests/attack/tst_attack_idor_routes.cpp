// The IDOR sweep's table: for every path template with an id, what its placeholders name, a valid body per method,
// and where a route's reach differs from the actor's read scope. A new route with an id is one entry here (and, for a
// new kind of object, a loader in loadWorld() and a rule in scopeOf()); without one the sweep fails.
#include "tst_attack_idor.h"

#include "protocol/ApiPaths.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace regiekamer;
using namespace idor;
using namespace Qt::StringLiterals;

namespace {

using Body = std::function<QJsonObject(const Call &, bool)>;

qint64 versionFor(const Call &call, Kind kind, bool stale)
{
    return call.world.version(kind, call.ids.value(0)) + (stale ? 1000 : 0);
}

const Body none = [](const Call &, bool) { return QJsonObject(); };

const Body renameOrganisation = [](const Call &call, bool stale) {
    return QJsonObject {{"name"_L1, u"IDOR %1"_s.arg(call.ids.value(0))},
                        {"version"_L1, versionFor(call, Kind::Organisation, stale)}};
};

const Body renameUser = [](const Call &call, bool stale) {
    return QJsonObject {{"displayName"_L1, u"IDOR %1"_s.arg(call.ids.value(0))},
                        {"version"_L1, versionFor(call, Kind::User, stale)}};
};

const Body describeWebinar = [](const Call &call, bool stale) {
    return QJsonObject {{"description"_L1, u"IDOR"_s}, {"version"_L1, versionFor(call, Kind::Webinar, stale)}};
};

// A transition docs/api.md allows from the webinar's state, so that the change would go through.
const Body nextState = [](const Call &call, bool stale) {
    static const QMap<QString, QString> next {{u"draft"_s, u"scheduled"_s},     {u"scheduled"_s, u"draft"_s},
                                              {u"rehearsal"_s, u"scheduled"_s}, {u"live"_s, u"ended"_s},
                                              {u"ended"_s, u"archived"_s},      {u"archived"_s, u"ended"_s}};
    const QString state = call.world.object(Kind::Webinar, call.ids.value(0)).value("state"_L1).toString();
    return QJsonObject {{"state"_L1, next.value(state, u"scheduled"_s)},
                        {"version"_L1, versionFor(call, Kind::Webinar, stale)}};
};

// The role the account has (an assignment PUT accepts), moderator for any other account.
const Body staffRole = [](const Call &call, bool) {
    const QString role = call.world.object(Kind::User, call.ids.value(1)).value("role"_L1).toString();
    return QJsonObject {{"role"_L1, role == "director"_L1 ? role : u"moderator"_s}};
};

const Body consent = [](const Call &, bool) {
    return QJsonObject {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, true}}}};
};

const Body askQuestion = [](const Call &, bool) { return QJsonObject {{"text"_L1, u"IDOR sweep question?"_s}}; };
// A ban's reason; the control sends an empty one (400 where the ban is allowed: nobody is banned by the sweep).
const Body banReason = [](const Call &, bool stale) {
    return QJsonObject {{"reason"_L1, stale ? QString() : u"IDOR sweep ban"_s}};
};

const Body flipApproval = [](const Call &call, bool stale) {
    const bool approved =
        call.world.object(Kind::Registration, call.ids.value(0)).value("approvalState"_L1).toString() == "approved"_L1;
    return QJsonObject {{"approvalState"_L1, approved ? u"rejected"_s : u"approved"_s},
                        {"version"_L1, versionFor(call, Kind::Registration, stale)}};
};

// Rules as a webinar without any has them (version 1): valid for every webinar the sweep did not change.
const Body noRules = [](const Call &, bool stale) {
    return QJsonObject {{"domains"_L1, QJsonArray()},
                        {"organisations"_L1, QJsonArray()},
                        {"capacity"_L1, QJsonValue::Null},
                        {"version"_L1, stale ? 1001 : 1}};
};

const Body flipQuestion = [](const Call &call, bool stale) {
    const bool dismissed =
        call.world.object(Kind::Question, call.ids.value(0)).value("state"_L1).toString() == "dismissed"_L1;
    return QJsonObject {{"state"_L1, dismissed ? u"approved"_s : u"dismissed"_s},
                        {"version"_L1, versionFor(call, Kind::Question, stale)}};
};

// Issue 17. A merge into the question itself: in reach it is refused (409), so the control changes nothing.
const Body mergeIntoItself = [](const Call &call, bool) { return QJsonObject {{"into"_L1, call.ids.value(0)}}; };

// The viewer's own registrations by webinar: whether each is approved.
QMap<qint64, bool> viewerApprovals(const Call &call)
{
    QMap<qint64, bool> approved;
    for (const qint64 id : call.actor.scope.value(Kind::Registration)) {
        const QJsonObject registration = call.world.object(Kind::Registration, id);
        approved.insert(registration.value("webinarId"_L1).toInteger(),
                        registration.value("approvalState"_L1).toString() == "approved"_L1);
    }
    return approved;
}

// Votes are a viewer's alone (staff have no scope on question_vote): the questions of its webinars the audience sees,
// and every question of a webinar where its registration still waits (403, not 404); withdrawing reaches every
// question of its webinars (no vote to withdraw is no error).
QSet<qint64> voteReach(const Call &call, int)
{
    QSet<qint64> reach;
    if (call.actor.role != Role::Viewer)
        return reach;
    const QMap<qint64, bool> approved = viewerApprovals(call);
    const auto &questions = call.world.objects.value(Kind::Question);
    for (auto it = questions.cbegin(); it != questions.cend(); ++it) {
        const qint64 webinar = it->value("webinarId"_L1).toInteger();
        const QString state = it->value("state"_L1).toString();
        const bool seen =
            state == "approved"_L1 || state == "pinned"_L1 || state == "answered"_L1 || state == "merged"_L1;
        if (approved.contains(webinar) && (call.method == "DELETE" || !approved.value(webinar) || seen))
            reach.insert(it.key());
    }
    return reach;
}

// The audience's questions: a viewer's registered webinars (403 while not approved), nothing for staff.
QSet<qint64> audienceReach(const Call &call, int)
{
    if (call.actor.role != Role::Viewer)
        return {};
    const QList<qint64> webinars = viewerApprovals(call).keys();
    return QSet<qint64>(webinars.cbegin(), webinars.cend());
}

// Registering: a viewer reaches every webinar open for registration (docs/api.md), staff their read scope.
QSet<qint64> registrationReach(const Call &call, int)
{
    if (call.actor.role != Role::Viewer || call.method != "POST")
        return call.actor.scope.value(Kind::Webinar);
    QSet<qint64> open;
    const auto &webinars = call.world.objects.value(Kind::Webinar);
    for (auto it = webinars.cbegin(); it != webinars.cend(); ++it) {
        const QString state = it->value("state"_L1).toString();
        if (state == "scheduled"_L1 || state == "rehearsal"_L1 || state == "live"_L1)
            open.insert(it.key());
    }
    return open;
}

// A webinar's approval rules: its staff and client (docs/rights.md approval_rules), never a viewer.
QSet<qint64> approvalRulesReach(const Call &call, int)
{
    return call.actor.role == Role::Viewer ? QSet<qint64> {} : call.actor.scope.value(Kind::Webinar);
}

// An assignment's account: who the caller may assign (PUT) or who is on the webinar (DELETE); the webinar as usual.
QSet<qint64> staffReach(const Call &call, int index)
{
    if (index == 0)
        return call.actor.scope.value(Kind::Webinar);
    QSet<qint64> users;
    if (call.actor.role != Role::Admin && call.actor.role != Role::Director)
        return users; // no assign right: every account answers like an unknown one
    if (!call.actor.scope.value(Kind::Webinar).contains(call.ids.value(0)))
        return users;
    if (call.method == "DELETE") {
        for (const QJsonObject &staff : call.world.staffOf(call.ids.value(0)))
            users.insert(staff.value("userId"_L1).toInteger());
        return users;
    }
    const auto &accounts = call.world.objects.value(Kind::User);
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        const QString role = it->value("role"_L1).toString();
        const bool assignable = role == "moderator"_L1 || (role == "director"_L1 && call.actor.role == Role::Admin);
        if (assignable && !it->value("disabled"_L1).toBool())
            users.insert(it.key());
    }
    return users;
}

// Sweeping the webinar: an account the PUT would accept, or one on the webinar (DELETE). Sweeping the account: the
// first webinar in scope with staff on it.
qint64 staffCompanion(const Call &call, int index)
{
    if (index == 1) {
        const QList<QJsonObject> staff = call.world.staffOf(call.ids.value(0));
        if (call.method == "DELETE" && !staff.isEmpty())
            return staff.constLast().value("userId"_L1).toInteger();
        const auto &accounts = call.world.objects.value(Kind::User);
        for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
            if (it->value("role"_L1).toString() == "moderator"_L1)
                return it.key();
        }
        return unknownId;
    }
    QList<qint64> webinars = call.actor.scope.value(Kind::Webinar).values();
    std::ranges::sort(webinars);
    for (const qint64 webinar : webinars) {
        if (!call.world.staffOf(webinar).isEmpty())
            return webinar;
    }
    return webinars.isEmpty() ? unknownId : webinars.constFirst();
}

// A control that removed an assignment: admin puts it back.
QList<AdminRequest> staffUndo(const Call &call)
{
    if (call.method != "DELETE")
        return {};
    for (const QJsonObject &staff : call.world.staffOf(call.ids.value(0))) {
        if (staff.value("userId"_L1).toInteger() == call.ids.value(1))
            return {{"PUT", api::path::expand(api::path::webinarStaff, {call.ids.value(0), call.ids.value(1)}),
                     QJsonObject {{"role"_L1, staff.value("role"_L1)}}}};
    }
    return {};
}

// A device list and a device: every account reaches its own, admin every account's; a device only under its owner.
QSet<qint64> deviceReach(const Call &call, int index)
{
    const bool admin = call.actor.role == Role::Admin;
    QSet<qint64> reach;
    const Kind kind = index == 0 ? Kind::User : Kind::Device;
    const auto &objects = call.world.objects.value(kind);
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        const qint64 owner = index == 0 ? it.key() : it->value("userId"_L1).toInteger();
        if ((admin || owner == call.actor.userId) && (index == 0 || owner == call.ids.value(0)))
            reach.insert(it.key());
    }
    return reach;
}

// Sweeping the device: the caller's own account (so another account's device is out of reach under it). Sweeping
// the account: one of its devices, so that a skipped check would revoke it.
qint64 deviceCompanion(const Call &call, int index)
{
    if (index == 0)
        return call.actor.userId;
    QList<qint64> devices;
    const auto &objects = call.world.objects.value(Kind::Device);
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (it->value("userId"_L1).toInteger() == call.ids.value(0))
            devices.append(it.key());
    }
    return devices.isEmpty() ? unknownId : *std::ranges::min_element(devices);
}

// Moderators and viewers have no report at all (docs/reports.md): every webinar answers them as an unknown one.
QSet<qint64> reportReach(const Call &call, int)
{
    if (call.actor.role == Role::Moderator || call.actor.role == Role::Viewer)
        return {};
    return call.actor.scope.value(Kind::Webinar);
}

QSet<qint64> noInvitations(const Call &, int)
{
    return {};
}

// Stream keys (docs/rights.md stream_key): admin every webinar, a director the assigned ones, nobody else any.
QSet<qint64> streamKeyReach(const Call &call, int)
{
    if (call.actor.role != Role::Admin && call.actor.role != Role::Director)
        return {};
    return call.actor.scope.value(Kind::Webinar);
}

// The timeline: the staff's read scope; a viewer has none.
QSet<qint64> timelineReach(const Call &call, int)
{
    return call.actor.role == Role::Viewer ? QSet<qint64> {} : call.actor.scope.value(Kind::Webinar);
}

const Body streamKey = [](const Call &, bool) {
    return QJsonObject {{"ingestUrl"_L1, u"rtmps://ingest.idor.example/live"_s}, {"streamKey"_L1, u"idor-sweep-key"_s}};
};

} // namespace

QList<QString> idor::placeholders(const QString &pathTemplate)
{
    static const QRegularExpression placeholder(u"\\{[A-Za-z]+\\}"_s);
    QList<QString> found;
    for (auto it = placeholder.globalMatch(pathTemplate); it.hasNext();)
        found.append(it.next().captured());
    return found;
}

QList<RouteCase> idor::routeCases()
{
    namespace p = api::path;
    return {
        {p::organisation, {Kind::Organisation}, {{"GET", none}, {"PATCH", renameOrganisation}, {"DELETE", none}}},
        {p::user, {Kind::User}, {{"GET", none}, {"PATCH", renameUser}}},
        {p::webinar, {Kind::Webinar}, {{"GET", none}, {"PATCH", describeWebinar}, {"DELETE", none}}},
        {p::webinarState, {Kind::Webinar}, {{"POST", nextState}}},
        {p::webinarStaff,
         {Kind::Webinar, Kind::User},
         {{"PUT", staffRole}, {"DELETE", none}},
         staffReach,
         staffCompanion,
         staffUndo},
        {p::webinarStaffCandidates, {Kind::Webinar}, {{"GET", none}}},
        {p::webinarApprovalRules, {Kind::Webinar}, {{"GET", none}, {"PUT", noRules}}, approvalRulesReach},
        {p::webinarRegistrations, {Kind::Webinar}, {{"GET", none}, {"POST", consent}}, registrationReach},
        {p::webinarRegistrationsExport, {Kind::Webinar}, {{"GET", none}}},
        {p::webinarQuestions, {Kind::Webinar}, {{"GET", none}, {"POST", askQuestion}}},
        {p::webinarReport, {Kind::Webinar}, {{"GET", none}}, reportReach},
        {p::webinarReportExport, {Kind::Webinar}, {{"GET", none}}, reportReach},
        {p::registration, {Kind::Registration}, {{"GET", none}, {"PATCH", flipApproval}, {"DELETE", none}}},
        {p::question, {Kind::Question}, {{"GET", none}, {"PATCH", flipQuestion}}},
        // The live room (issue 17): the viewer's own stay, staff sending out and banning.
        {p::registrationPresence, {Kind::Registration}, {{"POST", none}}},
        {p::registrationLeave, {Kind::Registration}, {{"POST", none}}},
        {p::registrationRemoval, {Kind::Registration}, {{"POST", none}}},
        {p::registrationBan, {Kind::Registration}, {{"PUT", banReason}, {"DELETE", none}}},
        {p::questionVote, {Kind::Question}, {{"POST", none}, {"DELETE", none}}, voteReach},
        {p::questionMerge, {Kind::Question}, {{"POST", mergeIntoItself}}},
        {p::questionUnmerge, {Kind::Question}, {{"POST", none}}},
        {p::webinarAudienceQuestions, {Kind::Webinar}, {{"GET", none}}, audienceReach},
        {p::userDevices, {Kind::User}, {{"GET", none}}, deviceReach, deviceCompanion},
        {p::userDevice, {Kind::User, Kind::Device}, {{"DELETE", none}}, deviceReach, deviceCompanion},
        // The second factor's reset (issue 18): admin reaches every account, everyone else only their own (403
        // there: no right to reset); nobody in the sweep's world has a factor, so a skipped check changes nothing
        // but would answer 204 instead of 404.
        {p::staffSecondFactorReset, {Kind::User}, {{"POST", none}}, deviceReach},
        // No account of the sweep's world is invited: every id answers as an unknown one, for admin too.
        {p::invitation, {Kind::User}, {{"DELETE", none}}, noInvitations},
        {p::invitationResend, {Kind::User}, {{"POST", none}}, noInvitations},
        // Security keys (issue 18): nobody in the sweep's world has one, so every id (another account's, or any
        // other object's) answers as an unknown key does, for admin too.
        {p::mySecurityKey, {Kind::User}, {{"DELETE", none}}, noInvitations},
        {p::webinarStreamKey, {Kind::Webinar}, {{"GET", none}, {"PUT", streamKey}}, streamKeyReach},
        {p::webinarStreamKeyReveal, {Kind::Webinar}, {{"POST", none}}, streamKeyReach},
        {p::webinarStreamKeyRotation, {Kind::Webinar}, {{"POST", none}}, streamKeyReach},
        {p::webinarPreflight, {Kind::Webinar}, {{"GET", none}}},
        {p::webinarTimeline, {Kind::Webinar}, {{"GET", none}}, timelineReach},
    };
}
