#pragma once

#include <QLoggingCategory>

namespace regiekamer::server {

// regiekamer.server.http: requests refused for the access log, event streams, internal errors behind 500 answers.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace regiekamer::server
