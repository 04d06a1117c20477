#include "cache/CacheLogging.h"

namespace regiekamer::client {

Q_LOGGING_CATEGORY(lcCache, "regiekamer.core.cache", QtInfoMsg)

} // namespace regiekamer::client
