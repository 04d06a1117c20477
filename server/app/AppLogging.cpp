#include "app/AppLogging.h"

#include <cstdio>

namespace regiekamer::server {

Q_LOGGING_CATEGORY(lcApp, "regiekamer.server.app")

void printLine(const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace regiekamer::server
