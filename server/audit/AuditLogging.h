#pragma once

#include <QLoggingCategory>

namespace regiekamer::server {

// regiekamer.server.audit: the access log's background verification.
Q_DECLARE_LOGGING_CATEGORY(lcAudit)

} // namespace regiekamer::server
