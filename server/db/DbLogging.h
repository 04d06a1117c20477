#pragma once

#include <QLoggingCategory>

namespace regiekamer::server {

// regiekamer.server.db: schema migrations applied.
Q_DECLARE_LOGGING_CATEGORY(lcDb)

} // namespace regiekamer::server
