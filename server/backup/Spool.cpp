#include "backup/Spool.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace regiekamer::server::backup::spool {

using namespace Qt::StringLiterals;

namespace {

QList<Entry> entries(const QString &directory, bool blobs)
{
    QList<Entry> found;
    const QStringList names = QDir(directory).entryList({u"*.age"_s}, QDir::Files);
    for (const QString &name : names) {
        const auto entry = parseName(name);
        if (entry && (entry->kind == u"database"_s) == blobs)
            found.append(*entry);
    }
    std::sort(found.begin(), found.end(), [](const Entry &a, const Entry &b) { return a.number < b.number; });
    return found;
}

} // namespace

std::optional<Entry> parseName(const QString &name)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"([0-9a-f]{32})-([0-9]{12})-(snapshot|changes|database)\\.age"_s));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    return Entry {name, match.captured(1), match.captured(2).toLongLong(), match.captured(3)};
}

QString databaseBlobName(const QString &installation, qint64 number)
{
    return u"%1-%2-database.age"_s.arg(installation).arg(number, 12, 10, QLatin1Char('0'));
}

QList<Entry> sequenceObjects(const QString &directory)
{
    return entries(directory, false);
}

QList<Entry> databaseBlobs(const QString &directory)
{
    return entries(directory, true);
}

qint64 totalBytes(const QString &directory)
{
    qint64 total = 0;
    const QFileInfoList files = QDir(directory).entryInfoList({u"*.age"_s}, QDir::Files);
    for (const QFileInfo &file : files)
        total += file.size();
    return total;
}

QDateTime modifiedAt(const QString &path)
{
    return QFileInfo(path).lastModified(QTimeZone::UTC);
}

} // namespace regiekamer::server::backup::spool
