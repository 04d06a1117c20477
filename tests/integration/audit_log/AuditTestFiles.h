#pragma once

#include <QString>

namespace auditlog {

// Copies the files of a data directory (not its subdirectories), each writable, over any already there.
bool copyDirectory(const QString &from, const QString &to);

} // namespace auditlog
