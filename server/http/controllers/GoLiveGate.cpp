#include "http/controllers/GoLiveGate.h"

#include "base/ApiError.h"
#include "http/Presence.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "protocol/AuditChange.h"
#include "storage/WebinarTimeline.h"

#include <QJsonArray>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

GoLiveGate::GoLiveGate(WebinarTimeline &timeline, const Presence &presence)
    : m_timeline(timeline)
    , m_presence(presence)
{
}

Result<api::Preflight> GoLiveGate::preflight(qint64 webinarId, WebinarState current)
{
    auto facts = m_timeline.preflightFacts(webinarId, current);
    if (!facts)
        return std::unexpected(facts.error());
    api::Preflight preflight;
    preflight.webinarId = webinarId;
    preflight.pendingRegistrations = facts->pendingRegistrations;
    preflight.moderatorsAssigned = facts->moderators.size();
    preflight.moderatorsConnected =
        std::ranges::count_if(facts->moderators, [this](qint64 id) { return m_presence.isConnected(id); });
    using enum api::PreflightCheck;
    preflight.items = {{RehearsalHeld, facts->rehearsalHeld},
                       {ModeratorPresent, preflight.moderatorsConnected > 0},
                       {StreamKeySet, facts->streamKeySet},
                       {RegistrationsHandled, facts->pendingRegistrations == 0}};
    return preflight;
}

std::optional<QHttpServerResponse> GoLiveGate::check(RequestContext &context, const api::WebinarSummary &current,
                                                     const api::WebinarStateChange &change)
{
    // Only a change that would otherwise happen: a stale version or a transition the life cycle does not allow keeps
    // its own answer.
    if (change.state != WebinarState::Live || !isTransitionAllowed(current.state, WebinarState::Live))
        return std::nullopt;
    auto checklist = preflight(current.id, current.state);
    if (!checklist)
        return http::fromError(checklist.error());
    const QList<api::PreflightCheck> unmet = checklist->unmet();
    if (unmet.isEmpty())
        return std::nullopt;
    QStringList names;
    for (const api::PreflightCheck check : unmet)
        names.append(api::preflightCheckToWire(check));
    if (!change.overrideReason.isEmpty()) {
        context.recordChange("preflight", names.join(u'+'), u"overridden"_s);
        context.entry().reason = u"go-live override: "_s + change.overrideReason;
        return std::nullopt;
    }
    return http::json({{"error"_L1, QLatin1StringView(api::errc::preflightUnmet)},
                       {"message"_L1, u"The pre-flight checklist has unmet items: %1."_s.arg(names.join(u", "_s))},
                       {"unmet"_L1, QJsonArray::fromStringList(names)}},
                      QHttpServerResponse::StatusCode::Conflict);
}

Status GoLiveGate::record(RequestContext &context, const api::WebinarSummary &before,
                          const api::WebinarStateChange &change)
{
    StateChangeRecord row;
    row.webinarId = before.id;
    row.from = before.state;
    row.to = change.state;
    row.at = QDateTime::currentDateTimeUtc();
    row.actorId = context.caller().id;
    row.actorRole = roleToWire(context.caller().role);
    row.overridden = change.state == WebinarState::Live && !change.overrideReason.isEmpty() &&
        context.entry().reason.startsWith("go-live override: "_L1);
    return m_timeline.record(row);
}

} // namespace regiekamer::server
