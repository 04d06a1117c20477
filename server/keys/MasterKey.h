#pragma once

#include "base/Result.h"

#include <QtCrypto>

#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace regiekamer::server {

// The master key file (docs/design.md §4 "server at rest"): one or more versions of the 32-byte master key that wraps
// the data keys in the database, one line "<version> <base64>" each, owner-only. It lives outside the database, so
// a copy of the database (or a backup) alone reveals no data key.
class MasterKey
{
public:
    static inline const QString defaultFileName = QStringLiteral("master.key");
    static constexpr auto environmentVariable = "REGIEKAMER_MASTER_KEY_FILE";
    static constexpr int keyBytes = 32;

    // --master-key FILE if given, else $REGIEKAMER_MASTER_KEY_FILE, else DATA_DIR/master.key.
    static QString resolvePath(const QString &optionValue, const QString &dataDir);

    // The file's keys; nullopt when the file does not exist. Refuses a group/world-accessible or malformed file.
    static Result<std::optional<MasterKey>> load(const QString &path);
    // An empty key file at `path`, to which versions are added before save().
    explicit MasterKey(QString path);
    // The keys of a key file's contents held in memory only (a sealed server's, docs/keys.md): `path` names where
    // they came from in messages (e.g. DATA_DIR/master.key.sealed). Refuses malformed or empty contents.
    static Result<MasterKey> fromContents(QString path, const QCA::SecureArray &contents);
    // The key file's contents ("<version> <base64>" lines), in secure memory, for save() or to seal them again.
    QCA::SecureArray contents() const;

    // Replaces the file atomically (mode 0600) with the versions held now. Refused for keys from fromContents():
    // a sealed master key is never written in plain form.
    Status save() const;

    QString path() const { return m_path; }
    QList<int> versions() const;
    bool contains(int version) const { return m_keys.contains(version); }
    // nullptr when the file holds no such version.
    const QCA::SecureArray *key(int version) const;
    // A fresh random key as `version`.
    void addRandomKey(int version);
    void remove(int version);

    // The check value of a version, stored in the database: a seal of a fixed text under that key, so a wrong key
    // is caught before anything is written with it.
    QByteArray checkValue(int version) const;
    bool matchesCheckValue(int version, QByteArrayView checkValue) const;

private:
    Status parse(const QCA::SecureArray &contents);

    QString m_path;
    std::map<int, QCA::SecureArray> m_keys;
    bool m_inMemoryOnly = false;
};

} // namespace regiekamer::server
