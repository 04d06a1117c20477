#pragma once

#include <QLoggingCategory>

namespace regiekamer::ui {

// The application shell: start-up checks and the windows' life cycle. Never a password, key, token or personal
// value.
Q_DECLARE_LOGGING_CATEGORY(lcShell)

} // namespace regiekamer::ui
