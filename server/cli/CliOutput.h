#pragma once

#include <QString>

// Output of regiekamer-admin: results on stdout, errors and progress on stderr.
namespace regiekamer::server::cli {

void print(const QString &text);
void progress(const QString &text); // stderr, no newline handling beyond the text's own
int failWith(const QString &message, int code = 1);

} // namespace regiekamer::server::cli
