#pragma once

// What someone who holds a JSONL export of the access log, but not the checkpoint key, can do to it: remove lines,
// number the rest again and recompute every link and hash after the change with the log's own chain function, and
// edit the header. Shared by tst_auditexport and tst_audit_log (attack review finding 11).
#include "audit/AuditChain.h"
#include "audit/AuditLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace regiekamer::server::test {

using namespace Qt::StringLiterals;

struct ExportFile
{
    QJsonObject header;
    QList<QJsonObject> entries;

    static ExportFile read(const QString &path)
    {
        ExportFile exported;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return exported;
        exported.header = QJsonDocument::fromJson(file.readLine()).object();
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty())
                exported.entries.append(QJsonDocument::fromJson(line).object());
        }
        return exported;
    }

    QByteArray bytes() const
    {
        QByteArray out = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
        for (const QJsonObject &entry : entries)
            out += QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
        return out;
    }

    bool write(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes()) >= 0;
    }

    qint64 sequenceAt(qsizetype index) const { return entries.at(index).value("sequence"_L1).toInteger(); }

    // Removes the entry with `sequence`, numbers the entries after it one lower and recomputes their links and
    // hashes, so that the chain is whole again; the header's last entry moves down with them.
    void removeAndRechain(qint64 sequence)
    {
        qsizetype index = 0;
        while (index < entries.size() && sequenceAt(index) != sequence)
            ++index;
        if (index == entries.size())
            qFatal("no entry %lld in the export", static_cast<long long>(sequence));
        QByteArray previous = QByteArray::fromHex(entries.at(index).value("previousHash"_L1).toString().toLatin1());
        entries.removeAt(index);
        for (qsizetype i = index; i < entries.size(); ++i) {
            auto entry = api::AuditEntry::fromJson(entries.at(i));
            if (!entry)
                qFatal("unreadable entry in the export");
            entry->sequence -= 1;
            const QByteArray hash = audit::chainHash(previous, audit::canonicalBytes(audit::rowValues(*entry)));
            entries[i].insert("sequence"_L1, entry->sequence);
            entries[i].insert("previousHash"_L1, QString::fromLatin1(previous.toHex()));
            entries[i].insert("hash"_L1, QString::fromLatin1(hash.toHex()));
            previous = hash;
        }
        header.insert("lastSequence"_L1, header.value("lastSequence"_L1).toInteger() - 1);
    }

    // Leaves out every seal: the checkpoints and the head.
    void dropSeals()
    {
        header.remove("checkpoints"_L1);
        header.remove("head"_L1);
    }
};

} // namespace regiekamer::server::test
