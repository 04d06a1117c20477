#include "keys/Unsealer.h"

#include "crypto/SecureCompare.h"
#include "crypto/Shamir.h"
#include "crypto/ShareFile.h"
#include "keys/SealedKeyring.h"

#include <QCryptographicHash>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

// Overwrites a secure array held by this one owner, then empties it.
void wipeSecret(QCA::SecureArray &secret)
{
    if (!secret.isEmpty())
        secret.fill(0);
    secret.clear();
}

QString custodianOf(const SealConfig &config, int index)
{
    const ShareSlot *slot = config.slot(index);
    return slot ? u"custodian user %1"_s.arg(slot->custodianUserId) : u"no custodian"_s;
}

} // namespace

Unsealer::Unsealer(SealConfig config, QString sealedKeyringPath)
    : m_config(std::move(config))
    , m_path(std::move(sealedKeyringPath))
{
}

Unsealer::~Unsealer()
{
    reset();
}

std::unexpected<Error> Unsealer::refuse(const char *code, const QString &message) const
{
    return fail(QString::fromLatin1(code), message);
}

Result<Unsealer::Progress> Unsealer::add(Submission submission)
{
    const int index = submission.index;
    QCA::SecureArray share = std::move(submission.share);
    submission.share = QCA::SecureArray();
    const auto refused = [&](const char *code, const QString &message) {
        wipeSecret(share);
        return refuse(code, message);
    };
    if (share.size() != crypto::ShareFile::shareBytes || static_cast<unsigned char>(share[0]) != index)
        return refused(crypto::errc::shareMalformed,
                       u"Share %1 is malformed: a share is %2 bytes, the first of them its index."_s.arg(index).arg(
                           crypto::ShareFile::shareBytes));
    if (submission.shareSet != m_config.shareSet)
        return refused(crypto::errc::shareForeign,
                       u"Share %1 belongs to share set %2, but the server is sealed with share set %3: it is from an "
                       "older or another deal and opens nothing here."_s.arg(index)
                           .arg(submission.shareSet.left(64), m_config.shareSet));
    const ShareSlot *slot = m_config.slot(index);
    if (!slot)
        return refused(crypto::errc::shareUnknown,
                       u"Share set %1 has no share %2."_s.arg(m_config.shareSet).arg(index));
    const QByteArray hash =
        QCryptographicHash::hash(QByteArrayView(share.constData(), share.size()), QCryptographicHash::Sha256);
    if (!crypto::constantTimeEquals(hash, slot->shareHash))
        return refused(crypto::errc::shareWrong,
                       u"Share %1 (of %2) is not the share dealt for that index: the file is damaged or was "
                       "tampered with."_s.arg(index)
                           .arg(custodianOf(m_config, index)));
    if (m_shares.contains(index))
        return refused(crypto::errc::shareRepeated,
                       u"Share %1 (of %2) was given already; another custodian's share is needed."_s.arg(index).arg(
                           custodianOf(m_config, index)));
    if (complete())
        return refused("unseal_complete", u"The threshold of %1 shares is held already."_s.arg(m_config.threshold));
    m_shares.emplace(index, std::move(share));
    return progress();
}

bool Unsealer::complete() const
{
    return static_cast<int>(m_shares.size()) >= m_config.threshold;
}

Unsealer::Progress Unsealer::progress() const
{
    return Progress {static_cast<int>(m_shares.size()), m_config.threshold};
}

Result<MasterKey> Unsealer::unseal()
{
    if (!complete()) {
        return refuse("unseal_incomplete",
                      u"%1 of the %2 needed shares were given."_s.arg(m_shares.size()).arg(m_config.threshold));
    }
    QList<QCA::SecureArray> shares;
    for (auto &entry : m_shares)
        shares.append(entry.second);
    reset();
    auto unsealKey = crypto::shamir::combine(shares, m_config.threshold);
    for (QCA::SecureArray &share : shares)
        wipeSecret(share);
    if (!unsealKey)
        return std::unexpected(unsealKey.error());
    auto master = sealedKeyring::open(m_path, *unsealKey, m_config.shareSet);
    wipeSecret(*unsealKey);
    return master;
}

void Unsealer::reset()
{
    for (auto &entry : m_shares)
        wipeSecret(entry.second);
    m_shares.clear();
}

} // namespace regiekamer::server
