#include "settings/SettingsLogging.h"

namespace regiekamer::client {

Q_LOGGING_CATEGORY(lcSettings, "regiekamer.core.settings", QtInfoMsg)

} // namespace regiekamer::client
