#include "audit/AuditLogging.h"

namespace regiekamer::server {

Q_LOGGING_CATEGORY(lcAudit, "regiekamer.server.audit")

} // namespace regiekamer::server
