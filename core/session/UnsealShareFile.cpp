#include "session/UnsealClient.h"

#include <QFile>

namespace regiekamer::client {

// Placeholder until common/crypto/ShareFile (issue 18, seal-core) is merged.
Result<UnsealClient::OpenedShare> UnsealClient::openShareFile(const QString &filePath, const QCA::SecureArray &)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("share_file"), tr("The share file %1 cannot be read: %2").arg(filePath, file.errorString()));
    return fail(QStringLiteral("share_file"), tr("Share files cannot be opened yet."));
}

} // namespace regiekamer::client
