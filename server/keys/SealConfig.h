#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace regiekamer::server {

// One dealt share: its index, the custodian (an admin account) it was given to, and the SHA-256 of its 33 bytes, so
// a damaged or foreign share is named before anything is combined.
struct ShareSlot
{
    int index = 0;
    qint64 custodianUserId = 0;
    QByteArray shareHash;

    bool operator==(const ShareSlot &) const = default;
};

// DATA_DIR/seal.json (docs/keys.md): its presence puts the server in sealed (production) mode. It names the current
// share set, its threshold and slots; no e-mail address and nothing secret (owner-only all the same).
struct SealConfig
{
    QString shareSet;
    int threshold = 0;
    int shares = 0;
    QDateTime dealtAt;
    QList<ShareSlot> slots;

    static constexpr auto fileName = "seal.json";
    static constexpr auto sealedKeyringFileName = "master.key.sealed";

    // nullopt when DATA_DIR has no seal.json; an error for an unreadable or malformed one.
    static Result<std::optional<SealConfig>> load(const QString &dataDir);
    // Replaces DATA_DIR/seal.json atomically, mode 0600.
    Status save(const QString &dataDir) const;

    static QString path(const QString &dataDir);
    static QString sealedKeyringPath(const QString &dataDir);
    const ShareSlot *slot(int index) const;
    QByteArray toJson() const;
    static Result<SealConfig> fromJson(const QByteArray &json);
};

} // namespace regiekamer::server
