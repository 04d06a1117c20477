#include "keys/ShareDealer.h"

#include "base/PrivateFile.h"
#include "crypto/KeyDerivation.h"
#include "crypto/Shamir.h"
#include "keys/SealedKeyring.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace regiekamer::server::shareDealer {

using namespace Qt::StringLiterals;

namespace {

std::unexpected<Error> dealError(const QString &message)
{
    return fail(u"key_ceremony"_s, message);
}

void wipePassphrase(QCA::SecureArray &passphrase)
{
    if (!passphrase.isEmpty())
        passphrase.fill(0);
    passphrase.clear();
}

} // namespace

Result<Deal> deal(QList<Seat> &seats, int threshold, const crypto::Argon2Parameters &parameters)
{
    const auto wipeAll = [&] {
        for (Seat &seat : seats)
            wipePassphrase(seat.passphrase);
    };
    const int count = static_cast<int>(seats.size());
    if (threshold < 2 || count < threshold || count > crypto::shamir::maxShares) {
        wipeAll();
        return dealError(u"A deal needs 2 <= threshold <= custodians <= %1 (here threshold %2, %3 custodians)."_s
                             .arg(crypto::shamir::maxShares)
                             .arg(threshold)
                             .arg(count));
    }
    Deal result;
    result.unsealKey = crypto::randomKey(sealedKeyring::unsealKeyBytes);
    result.config = SealConfig {
        QUuid::createUuid().toString(QUuid::WithoutBraces), threshold, count, QDateTime::currentDateTimeUtc(), {}};
    auto shares = crypto::shamir::split(result.unsealKey, threshold, count);
    if (!shares) {
        wipeAll();
        return std::unexpected(shares.error());
    }
    for (int position = 0; position < count; ++position) {
        Seat &seat = seats[position];
        const QCA::SecureArray &share = shares->at(position);
        auto file = crypto::ShareFile::seal(share, result.config.shareSet, threshold, count, seat.email,
                                            seat.passphrase, parameters);
        wipePassphrase(seat.passphrase);
        if (!file) {
            wipeAll();
            return dealError(u"The share of %1: %2"_s.arg(seat.email, file.error().message));
        }
        result.files.append(*file);
        result.paths.append(seat.shareFilePath);
        result.config.slots.append(ShareSlot {
            file->index(), seat.userId,
            QCryptographicHash::hash(QByteArrayView(share.constData(), share.size()), QCryptographicHash::Sha256)});
    }
    for (QCA::SecureArray &share : *shares)
        share.fill(0);
    return result;
}

Status writeShareFiles(const Deal &deal)
{
    for (int position = 0; position < deal.files.size(); ++position) {
        if (auto created = privateFile::create(deal.paths.at(position), deal.files.at(position).toJson()); !created)
            return dealError(u"Cannot write the share file %1: %2 Nothing of the new share set is in use yet."_s.arg(
                deal.paths.at(position), created.error().message));
    }
    return {};
}

Status write(const QString &dataDir, const Deal &deal, const MasterKey &master)
{
    if (auto written = writeShareFiles(deal); !written)
        return written;
    return sealAgain(dataDir, deal, master);
}

Status sealAgain(const QString &dataDir, const Deal &deal, const MasterKey &master)
{
    if (auto sealed =
            sealedKeyring::write(SealConfig::sealedKeyringPath(dataDir), master, deal.unsealKey, deal.config.shareSet);
        !sealed)
        return sealed;
    return deal.config.save(dataDir);
}

Status destroyPlainKeyFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return dealError(u"Cannot open %1 to destroy it; remove it by hand (shred -u)."_s.arg(path));
    const qint64 size = QFileInfo(path).size();
    const QByteArray zeros(static_cast<qsizetype>(std::max<qint64>(size, 0)), '\0');
    const bool overwritten =
        ::write(fd, zeros.constData(), static_cast<size_t>(zeros.size())) == zeros.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!overwritten || !QFile::remove(path))
        return dealError(u"Cannot destroy %1; remove it by hand (shred -u) before the server starts."_s.arg(path));
    privateFile::syncDirectoryOf(path);
    return {};
}

} // namespace regiekamer::server::shareDealer
