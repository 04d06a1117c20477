#include "keys/KeysLogging.h"

namespace regiekamer::server {

Q_LOGGING_CATEGORY(lcKeys, "regiekamer.server.keys")

} // namespace regiekamer::server
