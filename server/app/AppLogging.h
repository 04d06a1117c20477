#pragma once

#include <QLoggingCategory>

namespace regiekamer::server {

// regiekamer.server.app: start, stop and housekeeping of regiekamer-server.
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace regiekamer::server
