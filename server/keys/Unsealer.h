#pragma once

#include "base/Result.h"
#include "keys/MasterKey.h"
#include "keys/SealConfig.h"

#include <QtCrypto>

#include <QString>

#include <map>

namespace regiekamer::server {

// Collects the custodians' shares of a sealed server (docs/keys.md) until the threshold is reached, then opens
// master.key.sealed. Each share is checked on its own before it is kept (its share set, index and hash against
// seal.json), so a wrong or foreign share is named at once and never spoils the combination. The shares are held
// only in QCA::SecureArray (locked memory when QCA has it) and wiped once combined, on reset() and on destruction.
// Not thread-safe.
class Unsealer
{
public:
    Unsealer(SealConfig config, QString sealedKeyringPath);
    ~Unsealer();
    Unsealer(const Unsealer &) = delete;
    Unsealer &operator=(const Unsealer &) = delete;

    struct Submission
    {
        QString shareSet;
        int index = 0;
        QCA::SecureArray share; // the 33 bytes: the index byte, then the 32 share bytes
    };
    struct Progress
    {
        int received = 0;
        int threshold = 0;
    };

    // Errors (codes in crypto/ShareFile.h errc, English messages naming the share and its custodian's user id):
    // share_malformed, share_foreign (names both set ids), share_unknown, share_wrong, share_repeated; and
    // unseal_complete when the threshold is already held. Nothing is kept on an error.
    Result<Progress> add(Submission submission);
    bool complete() const;
    Progress progress() const;
    // Combines the shares, opens master.key.sealed and wipes the shares and the unseal key, whatever the outcome.
    Result<MasterKey> unseal();
    // Wipes every share held.
    void reset();
    const SealConfig &config() const { return m_config; }

private:
    std::unexpected<Error> refuse(const char *code, const QString &message) const;

    SealConfig m_config;
    QString m_path;
    std::map<int, QCA::SecureArray> m_shares;
};

} // namespace regiekamer::server
