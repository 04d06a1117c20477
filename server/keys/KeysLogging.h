#pragma once

#include <QLoggingCategory>

namespace regiekamer::server {

// regiekamer.server.keys: master key files created or registered.
Q_DECLARE_LOGGING_CATEGORY(lcKeys)

} // namespace regiekamer::server
