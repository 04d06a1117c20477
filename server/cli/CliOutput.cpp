#include "cli/CliOutput.h"

#include <cstdio>

namespace regiekamer::server::cli {

void print(const QString &text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stdout);
    std::fflush(stdout);
}

void progress(const QString &text)
{
    std::fputs(qUtf8Printable(text), stderr);
    std::fflush(stderr);
}

int failWith(const QString &message, int code)
{
    std::fprintf(stderr, "regiekamer-admin: error: %s\n", qUtf8Printable(message));
    return code;
}

} // namespace regiekamer::server::cli
