#include "net/NetLogging.h"

namespace regiekamer::server {

Q_LOGGING_CATEGORY(lcNet, "regiekamer.server.net")

} // namespace regiekamer::server
