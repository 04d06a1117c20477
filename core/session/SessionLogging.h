#pragma once

#include <QLoggingCategory>

namespace regiekamer::client {

// The session: sign-in and sign-out, the connection's state, offline mode and its cache. Never a password, key, token
// or personal value: codes, states, roles and server addresses only.
Q_DECLARE_LOGGING_CATEGORY(lcSession)

} // namespace regiekamer::client
