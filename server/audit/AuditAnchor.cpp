#include "audit/AuditAnchor.h"

#include "audit/AuditKey.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace regiekamer::server::audit::anchor {

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView magic = "regiekamer-audit-anchor 1";
constexpr qint64 maximumFileBytes = 1024;

std::unexpected<Error> anchorError(const QString &message)
{
    return fail(u"audit_anchor"_s, message);
}

} // namespace

QString pathBeside(const QString &databasePath)
{
    return QFileInfo(databasePath).dir().filePath(QString::fromLatin1(fileName));
}

Result<std::optional<Seal>> read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<Seal>();
    if (!file.open(QIODevice::ReadOnly))
        return anchorError(u"Cannot read the access log anchor %1: %2"_s.arg(path, file.errorString()));
    const QList<QByteArray> lines = file.read(maximumFileBytes).trimmed().split('\n');
    bool sequenceOk = false;
    bool timeOk = false;
    Seal seal;
    if (lines.size() == 5 && lines.at(0) == magic) {
        seal.sequence = lines.at(1).toLongLong(&sequenceOk);
        seal.hash = QByteArray::fromHex(lines.at(2));
        seal.atMs = lines.at(3).toLongLong(&timeOk);
        seal.mac = QByteArray::fromHex(lines.at(4));
    }
    if (!sequenceOk || !timeOk || seal.sequence < 0 || seal.hash.isEmpty() || seal.mac.isEmpty())
        return anchorError(u"The access log anchor %1 is damaged."_s.arg(path));
    return std::optional<Seal>(seal);
}

Status write(const QString &path, const AuditKey &key, qint64 sequence, const QByteArray &hash)
{
    const Seal seal =
        makeSeal(key, SealKind::Anchor, sequence, hash, QDateTime::currentDateTimeUtc().toMSecsSinceEpoch());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return anchorError(u"Cannot write the access log anchor %1: %2"_s.arg(path, file.errorString()));
    file.write(magic.toByteArray() + '\n' + QByteArray::number(seal.sequence) + '\n' + seal.hash.toHex() + '\n' +
               QByteArray::number(seal.atMs) + '\n' + seal.mac.toHex() + '\n');
    if (!file.commit())
        return anchorError(u"Cannot write the access log anchor %1: %2"_s.arg(path, file.errorString()));
    return {};
}

} // namespace regiekamer::server::audit::anchor
