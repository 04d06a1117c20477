#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Searching bytes for canary strings in every encoding a value could be written in: UTF-8, UTF-16LE, UTF-16BE
// (each in any letter case), base64 at all three byte alignments (the stable middle of the encoding of the canary
// behind 0, 1 or 2 other bytes), and hex (lower or upper case).
namespace canary {

struct Hit
{
    QString file;
    qsizetype offset = 0;
    QString canary;
    QString encoding;

    QString describe() const;
};

struct Pattern
{
    QByteArray bytes;
    QString encoding;
    bool anyCase = false; // searched in the ASCII-lower-cased bytes (bytes are lower case)
};

QList<Pattern> patternsFor(const QString &canary);
QList<Hit> scanBytes(const QString &name, const QByteArray &data, const QStringList &canaries);
// Every regular file under `directory`, recursively (hidden files too).
QList<Hit> scanDirectory(const QString &directory, const QStringList &canaries);
// Every file under `directory`, for the failure message.
QStringList filesUnder(const QString &directory);

} // namespace canary
