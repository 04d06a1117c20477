#pragma once

#include "app/ServerOptions.h"

#include <QStringList>

namespace regiekamer::server {

// regiekamer-server from arguments to exit code: checks, start-up in an order that leaves nothing half-written,
// the event loop, and a clean stop on SIGTERM/SIGINT. Needs a QCoreApplication and a QCA::Initializer.
// Exit codes: 0 clean stop, 1 start-up or runtime failure, 2 bad usage.
int runServer(const QStringList &arguments);

} // namespace regiekamer::server
