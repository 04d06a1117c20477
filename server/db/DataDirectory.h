#pragma once

#include "base/Result.h"

#include <QString>

namespace regiekamer::server {

// The server's data directory: database, certificate, key, demo-accounts.txt.
namespace dataDirectory {

// Checks that DIR exists and is a writable directory, or that it can be created (its parent exists and is writable).
// Writes nothing.
Status check(const QString &path);
// Creates DIR with mode 0700 if missing (not its parents), and checks it is writable.
Status ensure(const QString &path);
// Replaces or creates an owner-only file (privateFile::replace()).
Status writePrivateFile(const QString &path, const QByteArray &contents);

} // namespace dataDirectory
} // namespace regiekamer::server
