#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace regiekamer {

enum class WebinarState {
    Draft,
    Scheduled,
    Rehearsal,
    Live,
    Ended,
    Archived,
};

QString webinarStateToWire(WebinarState state);
std::optional<WebinarState> webinarStateFromWire(const QString &wire);
QString webinarStateDisplayName(WebinarState state); // translated

// The life cycle: the states a webinar may move to from `from` (docs/api.md), in display order.
QList<WebinarState> allowedNextStates(WebinarState from);
bool isTransitionAllowed(WebinarState from, WebinarState to);
// Whether a viewer may register for a webinar in this state (docs/api.md "Registrations"): once it is announced
// (scheduled) until it has ended; a draft is not public yet, an ended or archived webinar is over.
bool isOpenForRegistration(WebinarState state);

} // namespace regiekamer
