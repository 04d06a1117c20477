#pragma once

#include <QIcon>

namespace regiekamer::resources {

// The icons of the desktop app's actions and of a webinar's states (resources/icons/actions/*.svg, rendered at 16
// and 32 px by tools/render-icons.sh and compiled in). Colour is never their only meaning: every icon stands beside
// a text or in a button with one.
enum class ActionIcon {
    Add,
    Answer,
    Approve,
    Dismiss,
    Export,
    Pin,
    Reject,
    Remove,
    Undo,
    StateDraft,
    StateScheduled,
    StateRehearsal,
    StateLive,
    StateEnded,
    StateArchived,
};

QIcon actionIcon(ActionIcon icon);

} // namespace regiekamer::resources
