#pragma once

#include <QLoggingCategory>

namespace regiekamer::client {

// The offline cache and the OS keychain: files refused or rebuilt, records skipped, keychain failures. Never a
// password, key, token or personal value: codes, states, roles and server addresses only.
Q_DECLARE_LOGGING_CATEGORY(lcCache)

} // namespace regiekamer::client
