#pragma once

#include <QLoggingCategory>

namespace regiekamer::server {

// regiekamer.server.net: connections refused for a limit, requests refused by the guard.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace regiekamer::server
