#pragma once

#include "base/Result.h"

#include <QtCrypto>

#include <QString>

namespace regiekamer::server {

// Secret key files outside the database (the access log's checkpoint key, the master key): owner-only on disk
// (written by base/PrivateFile), read straight into secure memory.
namespace keyFile {

// The file's bytes. Refuses a file that is not a regular file, is readable or writable by group or others, or is
// longer than maxBytes; `what` names the file in the message ("the master key file").
Result<QCA::SecureArray> readOwnerOnly(const QString &path, const QString &what, qsizetype maxBytes);
// The secret's bytes for privateFile::create() or replace(): a view, not a copy, so it stays only in secure memory.
inline QByteArrayView bytesOf(const QCA::SecureArray &secret)
{
    return QByteArrayView(secret.constData(), secret.size());
}

} // namespace keyFile
} // namespace regiekamer::server
