#pragma once

#include "base/Result.h"
#include "crypto/Argon2id.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace regiekamer::client {

// The salt and Argon2id parameters every cache file of the directory shares: one derivation per sign-in gives the
// directory key, and each file's key is derived from it with the file's random id (ClientCache).
struct DirectoryKdf
{
    QByteArray salt;
    crypto::Argon2Parameters parameters;
};

// What a cache file's plain header says (nothing personal): its format, a hint when its lease ends (not
// authoritative: the sealed lease decides) and whether its key was put in the OS keychain.
struct CacheFileHeader
{
    QByteArray format;
    QDateTime expiresHint; // invalid when missing
    bool keyInKeychain = false;
};

// Where the offline caches of this OS user live and what they are called: one SQLite file per (server, account)
// in a directory (default: QStandardPaths::CacheLocation + "/offline"), named after a random id (attack review
// finding 16: nothing on disk lets anyone compute a file's name from a guessed server and e-mail; which account a
// file belongs to is sealed inside it). Beside them the directory's salt file (`salt`: salt and Argon2id
// parameters, nothing else).
class CacheFiles
{
public:
    static constexpr auto suffix = ".rkcache";
    static constexpr auto format = "regiekamer-offline-cache-2"; // the header's "format" of this version
    static constexpr int fileIdBytes = 16;

    explicit CacheFiles(QString directory = {}); // empty: the default directory
    static QString defaultDirectory();

    QString directory() const;
    // The salt and parameters of the directory; creates them (with `forNew`) when missing and `create`. nullopt
    // when there are none and not `create`; cacheerrc::damaged when the salt file is unusable.
    Result<std::optional<DirectoryKdf>> kdf(bool create, const crypto::Argon2Parameters &forNew) const;
    // Every cache file (full paths), in name order.
    QStringList cacheFiles() const;
    // A name for a new cache file: a random id (creates the directory).
    Result<QString> newFilePath() const;
    // The random id in a cache file's name; empty when the name is not one.
    static QByteArray fileId(const QString &path);
    static std::optional<CacheFileHeader> readHeader(const QString &path);
    // Removes the files that can never be opened again: another format (an older version's, damaged), or a lease
    // hint that has passed (e.g. the file of a password changed on the server, which nobody can find any more).
    // Gives the removed files whose key was in the OS keychain (their entries are to be removed too).
    QStringList removeExpired(const QDateTime &now) const;
    // Removes every cache file (with its -journal, -wal and -shm), the salt file and an older version's naming key.
    Status removeAll() const;
    // Removes one cache file with its -journal, -wal and -shm.
    static Status removeFile(const QString &path);

private:
    QString m_directory;
};

} // namespace regiekamer::client
