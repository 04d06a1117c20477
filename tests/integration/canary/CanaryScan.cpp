#include "CanaryScan.h"

#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;

namespace canary {

namespace {

QByteArray asciiLower(QByteArray bytes)
{
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return bytes;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8), low = static_cast<char>(c.unicode() & 0xff);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

// The base64 characters that depend on the canary alone when it starts `shift` bytes into a 3-byte group.
QByteArray base64Middle(const QByteArray &utf8, int shift)
{
    const QByteArray encoded = QByteArray(QByteArray(shift, '\x7f') + utf8).toBase64(QByteArray::OmitTrailingEquals);
    const qsizetype start = shift == 0 ? 0 : 4;
    return encoded.mid(start, encoded.size() - start - 4);
}

} // namespace

QString Hit::describe() const
{
    return u"%1 at offset %2: canary \"%3\" as %4"_s.arg(file).arg(offset).arg(canary, encoding);
}

QList<Pattern> patternsFor(const QString &canary)
{
    const QString lower = canary.toCaseFolded();
    QList<Pattern> patterns {
        {lower.toUtf8(), u"UTF-8"_s, true},
        {asciiLower(utf16(lower, true)), u"UTF-16LE"_s, true},
        {asciiLower(utf16(lower, false)), u"UTF-16BE"_s, true},
    };
    QStringList spellings {canary};
    if (lower != canary)
        spellings.append(lower);
    for (const QString &spelling : std::as_const(spellings)) {
        patterns.append({spelling.toUtf8().toHex(), u"hex"_s, true});
        for (int shift = 0; shift < 3; ++shift)
            patterns.append({base64Middle(spelling.toUtf8(), shift), u"base64 (%1 bytes before)"_s.arg(shift), false});
    }
    return patterns;
}

QList<Hit> scanBytes(const QString &name, const QByteArray &data, const QStringList &canaries)
{
    const QByteArray lowered = asciiLower(data);
    QList<Hit> hits;
    for (const QString &canary : canaries) {
        for (const Pattern &pattern : patternsFor(canary)) {
            const QByteArray &haystack = pattern.anyCase ? lowered : data;
            for (qsizetype at = haystack.indexOf(pattern.bytes); at >= 0; at = haystack.indexOf(pattern.bytes, at + 1))
                hits.append({name, at, canary, pattern.encoding});
        }
    }
    return hits;
}

QList<Hit> scanDirectory(const QString &directory, const QStringList &canaries)
{
    QList<Hit> hits;
    for (const QString &path : filesUnder(directory)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append({path, 0, u"(unreadable file)"_s, file.errorString()});
            continue;
        }
        hits += scanBytes(path, file.readAll(), canaries);
    }
    return hits;
}

QStringList filesUnder(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace canary
