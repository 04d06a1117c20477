#include "protocol/WebinarState.h"

#include "base/WireNames.h"

#include <QCoreApplication>

namespace regiekamer {
namespace {

constexpr WireTable<WebinarState, 6> stateWireNames {{
    {WebinarState::Draft, "draft"},
    {WebinarState::Scheduled, "scheduled"},
    {WebinarState::Rehearsal, "rehearsal"},
    {WebinarState::Live, "live"},
    {WebinarState::Ended, "ended"},
    {WebinarState::Archived, "archived"},
}};

} // namespace

QString webinarStateToWire(WebinarState state)
{
    return enumToWire(stateWireNames, state);
}

std::optional<WebinarState> webinarStateFromWire(const QString &wire)
{
    return enumFromWire(stateWireNames, wire);
}

QString webinarStateDisplayName(WebinarState state)
{
    switch (state) {
    case WebinarState::Draft:
        return QCoreApplication::translate("WebinarState", "Draft");
    case WebinarState::Scheduled:
        return QCoreApplication::translate("WebinarState", "Scheduled");
    case WebinarState::Rehearsal:
        return QCoreApplication::translate("WebinarState", "Rehearsal");
    case WebinarState::Live:
        return QCoreApplication::translate("WebinarState", "Live");
    case WebinarState::Ended:
        return QCoreApplication::translate("WebinarState", "Ended");
    case WebinarState::Archived:
        return QCoreApplication::translate("WebinarState", "Archived");
    }
    Q_UNREACHABLE_RETURN(QString());
}

QList<WebinarState> allowedNextStates(WebinarState from)
{
    using enum WebinarState;
    switch (from) {
    case Draft:
        return {Scheduled};
    case Scheduled:
        return {Draft, Rehearsal, Live};
    case Rehearsal:
        return {Scheduled, Live};
    case Live:
        return {Ended};
    case Ended:
        return {Archived};
    case Archived:
        break;
    }
    return {};
}

bool isTransitionAllowed(WebinarState from, WebinarState to)
{
    return allowedNextStates(from).contains(to);
}

bool isOpenForRegistration(WebinarState state)
{
    return state == WebinarState::Scheduled || state == WebinarState::Rehearsal || state == WebinarState::Live;
}

} // namespace regiekamer
