#pragma once

#include <QSettings>

#include <memory>

namespace regiekamer::client {

// The desktop client's settings file (INI under QStandardPaths::AppConfigLocation, so a test that enables
// QStandardPaths test mode gets its own). Never holds passwords or session tokens.
std::unique_ptr<QSettings> openSettings();

} // namespace regiekamer::client
