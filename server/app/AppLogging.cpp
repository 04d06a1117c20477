#include "app/AppLogging.h"

namespace regiekamer::server {

Q_LOGGING_CATEGORY(lcApp, "regiekamer.server.app")

} // namespace regiekamer::server
