#pragma once

#include <QLoggingCategory>

namespace regiekamer::server {

// regiekamer.server.app: start, stop and housekeeping of regiekamer-server.
Q_DECLARE_LOGGING_CATEGORY(lcApp)

// A line on the server's standard output, flushed at once (what operators and tests read).
void printLine(const QString &line);

} // namespace regiekamer::server
