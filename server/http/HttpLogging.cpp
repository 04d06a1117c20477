#include "http/HttpLogging.h"

namespace regiekamer::server {

Q_LOGGING_CATEGORY(lcHttp, "regiekamer.server.http")

} // namespace regiekamer::server
