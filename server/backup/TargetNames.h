#pragma once

#include "base/Result.h"

#include <QString>

// The names the targets accept and report. A name is one path component; names beginning with "." are the targets'
// own (partial uploads, probes), never an object's, so a half-written file can never be listed as one.
namespace regiekamer::server::backup::targetNames {

// An object's name: letters, digits, ".", "_" and "-", not beginning with "." and at most 200 characters; nothing a
// shell, an rclone filter or a path could read as more than a name.
Status checkObjectName(const QString &name);
// Whether list() reports the name: a valid object name ending in ".age".
bool isListedObject(const QString &name);

} // namespace regiekamer::server::backup::targetNames
