#pragma once

#include "shell/AppController.h"

class QCoreApplication;

namespace regiekamer::ui {

// --server URL (prefill the address), --language nl|en (this run only), --help, --version.
// Exits the process for --help/--version or unknown options, as QCommandLineParser::process does.
AppController::Options parseCommandLine(const QCoreApplication &app);

} // namespace regiekamer::ui
