#pragma once

#include "shell/AppController.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace regiekamer::ui {

// --server URL (prefill the address), --language nl|en (this run only), --help, --version.
// Exits the process for --help/--version or unknown options, as QCommandLineParser::process does.
AppController::Options parseCommandLine(const QCoreApplication &app);

// "regiekamer 0.1.0" when the arguments (program name first) ask for --version (or -v), else nothing. main() asks
// before it creates the QApplication, so the version is printed without a display. Arguments the full parser would
// refuse give nothing here: parseCommandLine reports them.
std::optional<QString> versionRequest(const QStringList &arguments);
std::optional<QString> versionRequest(int argc, const char *const *argv);

} // namespace regiekamer::ui
