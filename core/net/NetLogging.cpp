#include "net/NetLogging.h"

namespace regiekamer::client {

Q_LOGGING_CATEGORY(lcNet, "regiekamer.core.net", QtInfoMsg)

} // namespace regiekamer::client
