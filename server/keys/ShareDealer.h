#pragma once

#include "base/Result.h"
#include "crypto/ShareFile.h"
#include "keys/MasterKey.h"
#include "keys/SealConfig.h"

#include <QtCrypto>

#include <QList>
#include <QString>

namespace regiekamer::server {

// The dealing step of the key ceremony (docs/keys.md): a fresh random unseal key, split k-of-n with Shamir, one
// share sealed to each custodian's passphrase; then written: the share files, master.key.sealed, seal.json.
namespace shareDealer {

struct Seat
{
    qint64 userId = 0;
    QString email;
    QCA::SecureArray passphrase;
    QString shareFilePath; // where the custodian's share file is written (refused if it exists)
};

struct Deal
{
    SealConfig config;
    QCA::SecureArray unsealKey;
    QList<crypto::ShareFile> files; // in the order of the seats
    QStringList paths;
};

// Seals one share per seat (one Argon2id derivation each); writes nothing. Wipes the seats' passphrases.
Result<Deal> deal(QList<Seat> &seats, int threshold,
                  const crypto::Argon2Parameters &parameters = crypto::ShareFile::sealingParameters);
// Writes the deal's share files, owner-only, refusing to overwrite anything.
Status writeShareFiles(const Deal &deal);
// Writes the share files (owner-only, refusing to overwrite), then master.key.sealed holding `master` under the
// deal's unseal key, then seal.json: only the last write switches the data directory to the new share set.
Status write(const QString &dataDir, const Deal &deal, const MasterKey &master);
// Seals `master` for the deal's share set again and then writes seal.json (a rotation's new key versions).
Status sealAgain(const QString &dataDir, const Deal &deal, const MasterKey &master);
// Overwrites the plain master key file with zeros, syncs it and removes it.
Status destroyPlainKeyFile(const QString &path);

} // namespace shareDealer
} // namespace regiekamer::server
