#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace regiekamer::client {

// Where the offline caches of this OS user live and what they are called: one SQLite file per (server, account)
// in a directory (default: QStandardPaths::CacheLocation + "/offline"). A file's name and its owner tag are
// HMAC-SHA256 values of the server and the e-mail under a random key kept in the same directory, so neither the
// name nor the file reveals the e-mail.
class CacheFiles
{
public:
    explicit CacheFiles(QString directory = {}); // empty: the default directory
    static QString defaultDirectory();

    QString directory() const;
    // The cache file for (server, e-mail); creates the directory and the naming key when `create`.
    Result<QString> fileFor(const QUrl &server, const QString &email, bool create) const;
    // The tag written into the file's header: which account the file belongs to (not reversible to the e-mail).
    Result<QByteArray> ownerTag(const QUrl &server, const QString &email, bool create) const;
    // Removes every cache file (with its -journal, -wal and -shm) and the naming key.
    Status removeAll() const;
    // Removes one cache file with its -journal, -wal and -shm.
    static Status removeFile(const QString &path);

private:
    Result<QByteArray> keyedHash(QByteArrayView purpose, const QUrl &server, const QString &email, bool create) const;

    QString m_directory;
};

} // namespace regiekamer::client
