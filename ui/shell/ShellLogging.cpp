#include "shell/ShellLogging.h"

namespace regiekamer::ui {

Q_LOGGING_CATEGORY(lcShell, "regiekamer.ui.shell", QtInfoMsg)

} // namespace regiekamer::ui
