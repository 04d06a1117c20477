#pragma once

#include <QLoggingCategory>

namespace regiekamer::client {

// Settings and the interface language. Never a password, key, token or personal value: codes, states, roles and server
// addresses only.
Q_DECLARE_LOGGING_CATEGORY(lcSettings)

} // namespace regiekamer::client
