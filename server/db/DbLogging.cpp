#include "db/DbLogging.h"

namespace regiekamer::server {

Q_LOGGING_CATEGORY(lcDb, "regiekamer.server.db")

} // namespace regiekamer::server
