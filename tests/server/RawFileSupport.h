#pragma once

#include <QDir>
#include <QFile>
#include <QStringList>

namespace regiekamer::server::test {

// The bytes of the database file and its WAL (if any) in `dir`, as they are on disk.
inline QByteArray rawDatabaseBytes(const QString &dir)
{
    QByteArray bytes;
    for (const QString &name : {QStringLiteral("regiekamer.sqlite"), QStringLiteral("regiekamer.sqlite-wal")}) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

// The strings of `needles` that occur in the raw bytes, as UTF-8 or UTF-16 (either byte order).
inline QStringList foundIn(const QByteArray &bytes, const QStringList &needles)
{
    QStringList found;
    for (const QString &needle : needles) {
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        QByteArray swapped = utf16;
        for (qsizetype i = 0; i + 1 < swapped.size(); i += 2)
            std::swap(swapped[i], swapped[i + 1]);
        if (bytes.contains(needle.toUtf8()) || bytes.contains(utf16) || bytes.contains(swapped))
            found.append(needle);
    }
    return found;
}

} // namespace regiekamer::server::test
