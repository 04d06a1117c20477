#pragma once

#include "base/Result.h"

#include <QByteArrayView>
#include <QString>

// Files only their owner may ever open (secret keys, the TLS private key, the desktop cache's naming key). Each is
// written to a new file in the same directory that open(2) creates owner-only (O_CREAT | O_EXCL | O_NOFOLLOW, mode
// 0600), synced, and only then given its name: no other user can open it between its creation and a chmod, a
// symbolic link planted at the name is never followed, and a crash leaves the old file or the new one, never half.
namespace regiekamer::privateFile {

// Creates `path` with `contents`; refuses when anything (a file, a symbolic link, a directory) already has the name.
Status create(const QString &path, QByteArrayView contents);
// Replaces `path` with `contents` in one rename(2), or creates it; refuses when the name is a symbolic link or
// anything else but a regular file.
Status replace(const QString &path, QByteArrayView contents);
// Syncs the directory that holds `path`, so that a rename into it is on disk too, not only the file's data.
bool syncDirectoryOf(const QString &path);
// Creates the directory `path` owner-only (mode 0700) when it is missing, and its missing parents as mkdir -p does.
Status ensureDirectory(const QString &path);

} // namespace regiekamer::privateFile
