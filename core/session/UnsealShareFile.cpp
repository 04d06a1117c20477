#include "session/UnsealClient.h"

#include "crypto/ShareFile.h"

#include <QFile>
#include <QFuture>
#include <QtConcurrentRun>

namespace regiekamer::client {
namespace {

constexpr qint64 largestShareFile = 64 * 1024; // a share file is well under a kilobyte

Result<crypto::ShareFile> readShareFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("share_file_unreadable"),
                    UnsealClient::tr("The share file %1 cannot be read: %2").arg(filePath, file.errorString()));
    return crypto::ShareFile::fromJson(file.read(largestShareFile));
}

} // namespace

void UnsealClient::openShareFile(const QString &filePath, const QCA::SecureArray &passphrase,
                                 std::function<void(Result<OpenedShare>)> done)
{
    auto shareFile = readShareFile(filePath);
    if (!shareFile)
        return done(std::unexpected(shareFile.error()));
    QtConcurrent::run([file = *shareFile, passphrase] {
        return file.open(passphrase);
    }).then(this, [file = *shareFile, done = std::move(done)](Result<QCA::SecureArray> share) {
        if (!share)
            return done(std::unexpected(share.error()));
        done(OpenedShare {file.shareSet(), file.index(), std::move(*share)});
    });
}

} // namespace regiekamer::client
