#pragma once

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

} // namespace regiekamer
