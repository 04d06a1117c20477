#pragma once

#include <QLoggingCategory>

namespace regiekamer::client {

// Talking to the server: requests that failed, certificates refused or trusted, the event stream. Never a password,
// key, token or personal value: codes, states, roles and server addresses only.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace regiekamer::client
