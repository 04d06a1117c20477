#pragma once

#include "base/Result.h"

#include <QUrl>

namespace regiekamer::client {

inline constexpr int defaultServerPort = 8443;

// Turns what a person typed ("server.example:8443", "https://…") into an https URL with host and port.
Result<QUrl> parseServerAddress(const QString &typed);

} // namespace regiekamer::client
