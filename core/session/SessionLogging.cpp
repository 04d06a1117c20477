#include "session/SessionLogging.h"

namespace regiekamer::client {

Q_LOGGING_CATEGORY(lcSession, "regiekamer.core.session", QtInfoMsg)

} // namespace regiekamer::client
