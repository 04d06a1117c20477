#include "audit/AuditExportCheck.h"

#include "audit/AuditChain.h"
#include "audit/AuditLog.h"
#include "audit/AuditSeal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace regiekamer::server::audit {

using namespace Qt::StringLiterals;

namespace {

Seal sealFromJson(const QJsonObject &object)
{
    return Seal {
        object.value("sequence"_L1).toInteger(), QByteArray::fromHex(object.value("hash"_L1).toString().toLatin1()),
        object.value("atMs"_L1).toInteger(), QByteArray::fromHex(object.value("mac"_L1).toString().toLatin1())};
}

// Walks the export line by line, like ChainWalk (AuditVerifier.cpp) walks the table; stops at the first break.
class ExportCheck
{
public:
    ExportCheck(const AuditKey *key, qint64 checkpointInterval)
        : m_key(key)
        , m_interval(checkpointInterval)
    {
        m_report.sealsVerified = key != nullptr;
    }

    bool readHeader(const QJsonObject &header);
    bool checkEntry(const QJsonObject &line);
    bool checkEnd();
    ExportReport report() const { return m_report; }

private:
    bool broken(qint64 sequence, const QString &problem)
    {
        m_report.badSequence = sequence;
        m_report.problem = problem;
        return false;
    }
    // The seal is what the key made (when there is a key) and vouches for `hash`.
    bool sealMatches(SealKind kind, const Seal &seal, const QByteArray &hash)
    {
        if (m_key && !sealIsAuthentic(*m_key, kind, seal))
            return false;
        ++m_report.seals;
        return seal.hash == hash;
    }
    bool bindStart();

    const AuditKey *m_key;
    qint64 m_interval;
    QMap<qint64, Seal> m_checkpoints;
    std::optional<Seal> m_head;
    qint64 m_expected = 0; // the next entry's sequence number
    QByteArray m_previousHash;
    ExportReport m_report;
};

bool ExportCheck::readHeader(const QJsonObject &header)
{
    const QString format = header.value("format"_L1).toString();
    if (format == "regiekamer-audit-export/1"_L1) {
        return broken(0,
                      u"it was written by an older version (format 1), which does not carry the seals of its "
                      u"ends, so it cannot be verified: export the period again"_s);
    }
    if (format != QLatin1StringView(exportFormat))
        return broken(0, u"this is not a JSONL export of the access log"_s);
    m_report.first = header.value("firstSequence"_L1).toInteger();
    m_report.last = header.value("lastSequence"_L1).toInteger();
    const QJsonObject period = header.value("period"_L1).toObject();
    m_report.periodFirst = period.value("firstSequence"_L1).toInteger();
    m_report.periodLast = period.value("lastSequence"_L1).toInteger();
    for (const QJsonValue each : header.value("checkpoints"_L1).toArray()) {
        const Seal seal = sealFromJson(each.toObject());
        if (seal.sequence < m_report.first - 1 || seal.sequence > m_report.last) {
            return broken(seal.sequence,
                          u"the header holds the checkpoint of entry %1, but the export's entries are "
                          u"%2 to %3: entries were cut off"_s.arg(seal.sequence)
                              .arg(m_report.first)
                              .arg(m_report.last));
        }
        m_checkpoints.insert(seal.sequence, seal);
    }
    if (m_key) {
        const QByteArray mac = QByteArray::fromHex(header.value("mac"_L1).toString().toLatin1());
        if (!m_key->verify(
                exportHeaderMessage(m_report.first, m_report.last, m_report.periodFirst, m_report.periodLast), mac))
            return broken(0, u"the header's seal does not match: its stretch was changed (entries cut off the end?)"_s);
        ++m_report.seals;
    }
    if (header.contains("head"_L1))
        m_head = sealFromJson(header.value("head"_L1).toObject());
    if (m_head && m_head->sequence != m_report.last) {
        return broken(m_head->sequence,
                      u"the header holds the sealed head at entry %1, but the export ends at entry "
                      u"%2: entries were cut off the end"_s.arg(m_head->sequence)
                          .arg(m_report.last));
    }
    m_expected = m_report.first;
    return m_report.first > m_report.last || bindStart();
}

// The first entry follows the sealed checkpoint before it, or is the first entry of the log.
bool ExportCheck::bindStart()
{
    if (m_report.first <= 1) {
        m_previousHash = genesisHash();
        return true;
    }
    const qint64 before = m_report.first - 1;
    const auto found = m_checkpoints.constFind(before);
    if (found == m_checkpoints.cend()) {
        return broken(m_report.first,
                      u"the first entry (%1) is not bound to a seal: the sealed checkpoint of entry "
                      u"%2 it must follow is missing from the export"_s.arg(m_report.first)
                          .arg(before));
    }
    if (m_key && !sealIsAuthentic(*m_key, SealKind::Checkpoint, *found))
        return broken(before, u"the checkpoint of entry %1 is forged: its seal does not match"_s.arg(before));
    ++m_report.seals;
    m_previousHash = found->hash;
    return true;
}

bool ExportCheck::checkEntry(const QJsonObject &line)
{
    auto entry = api::AuditEntry::fromJson(line);
    if (!entry)
        return broken(m_expected, u"the line of entry %1 is unreadable"_s.arg(m_expected));
    const QByteArray previous = QByteArray::fromHex(line.value("previousHash"_L1).toString().toLatin1());
    const QByteArray stored = QByteArray::fromHex(line.value("hash"_L1).toString().toLatin1());
    const qint64 sequence = entry->sequence;
    if (sequence != m_expected)
        return broken(m_expected, u"entry %1 is missing from the export"_s.arg(m_expected));
    if (previous != m_previousHash) {
        return broken(sequence,
                      sequence == m_report.first
                          ? u"entry %1 does not follow the sealed checkpoint before it"_s.arg(sequence)
                          : u"entry %1 does not follow the entry before it"_s.arg(sequence));
    }
    if (chainHash(previous, canonicalBytes(rowValues(*entry))) != stored)
        return broken(sequence, u"entry %1 was changed: its contents do not match its hash"_s.arg(sequence));
    if (const auto seal = m_checkpoints.constFind(sequence); seal != m_checkpoints.cend()) {
        if (!sealMatches(SealKind::Checkpoint, *seal, stored))
            return broken(
                sequence,
                u"the chain was rewritten: it does not match the sealed checkpoint of entry %1"_s.arg(sequence));
    } else if (m_interval > 0 && sequence % m_interval == 0) {
        return broken(sequence, u"the sealed checkpoint of entry %1 is missing from the export"_s.arg(sequence));
    }
    m_previousHash = stored;
    ++m_expected;
    ++m_report.entries;
    return true;
}

// All entries of the header are there, and the last is a sealed checkpoint's or the sealed head's.
bool ExportCheck::checkEnd()
{
    if (m_report.first > m_report.last)
        return true;
    if (m_expected <= m_report.last) {
        return broken(m_expected,
                      u"entries %1 to %2 are missing from the end of the export"_s.arg(m_expected).arg(m_report.last));
    }
    if (m_checkpoints.contains(m_report.last))
        return true;
    if (!m_head) {
        return broken(m_report.last,
                      u"the last entry (%1) is bound to neither a sealed checkpoint nor the sealed "
                      u"head: entries may have been cut off the end"_s.arg(m_report.last));
    }
    if (!sealMatches(SealKind::Head, *m_head, m_previousHash))
        return broken(m_report.last, u"the last entry (%1) does not match the sealed head"_s.arg(m_report.last));
    return true;
}

} // namespace

QByteArray exportHeaderMessage(qint64 first, qint64 last, qint64 periodFirst, qint64 periodLast)
{
    return QByteArrayLiteral("regiekamer audit export header\n") + QByteArray(exportFormat) + '\n' +
        QByteArray::number(first) + '\n' + QByteArray::number(last) + '\n' + QByteArray::number(periodFirst) + '\n' +
        QByteArray::number(periodLast);
}

ExportReport checkExport(QIODevice &in, const AuditKey *key, qint64 checkpointInterval)
{
    ExportCheck check(key, checkpointInterval);
    bool intact = check.readHeader(QJsonDocument::fromJson(in.readLine()).object());
    while (intact && !in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (!line.isEmpty())
            intact = check.checkEntry(QJsonDocument::fromJson(line).object());
    }
    intact = intact && check.checkEnd();
    ExportReport report = check.report();
    report.intact = intact;
    return report;
}

} // namespace regiekamer::server::audit
