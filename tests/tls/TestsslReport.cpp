#include "TestsslReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

int severityRank(const QString &severity)
{
    static const QStringList ranked {u"LOW"_s, u"MEDIUM"_s, u"HIGH"_s, u"CRITICAL"_s};
    return int(ranked.indexOf(severity)) + 1;
}

} // namespace

regiekamer::Result<TestsslReport> TestsslReport::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return regiekamer::fail(u"io"_s, u"testssl wrote no JSON file %1"_s.arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isArray())
        return regiekamer::fail(u"json"_s, u"%1 is not a JSON array: %2"_s.arg(path, error.errorString()));
    TestsslReport report;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject entry = value.toObject();
        report.m_entries.append({entry.value("id"_L1).toString(), entry.value("severity"_L1).toString(),
                                 entry.value("finding"_L1).toString()});
    }
    return report;
}

QString TestsslReport::finding(const QString &id) const
{
    const auto entry = std::ranges::find(m_entries, id, &Entry::id);
    return entry == m_entries.end() ? u"<missing>"_s : entry->finding;
}

QString TestsslReport::severity(const QString &id) const
{
    const auto entry = std::ranges::find(m_entries, id, &Entry::id);
    return entry == m_entries.end() ? u"<missing>"_s : entry->severity;
}

QStringList TestsslReport::offeredCipherNames() const
{
    // "cipher-tls1_3_x1302" (per protocol) or "cipher_x1302" (each cipher); the IANA name ends the finding.
    static const QRegularExpression cipherId(u"^cipher(-[a-z0-9_]+?)?_x[0-9a-f]+$"_s);
    QStringList names;
    for (const Entry &entry : m_entries) {
        if (!cipherId.match(entry.id).hasMatch())
            continue;
        const QStringList words = entry.finding.split(u' ', Qt::SkipEmptyParts);
        names += words.isEmpty() ? entry.finding : words.last();
    }
    return names;
}

QStringList TestsslReport::findingsAtLeast(const QString &severity) const
{
    QStringList found;
    for (const Entry &entry : m_entries) {
        if (severityRank(entry.severity) >= severityRank(severity))
            found += u"%1 (%2): %3"_s.arg(entry.id, entry.severity, entry.finding);
    }
    return found;
}

QStringList TestsslReport::problems() const
{
    QStringList found;
    for (const Entry &entry : m_entries) {
        if (entry.severity == u"FATAL"_s)
            found += u"%1: %2"_s.arg(entry.id, entry.finding);
    }
    if (std::ranges::none_of(m_entries, [](const Entry &entry) { return entry.id == u"scanTime"_s; }))
        found += u"the scan did not finish (no scanTime entry)"_s;
    return found;
}

bool TestsslReport::isAead(const QString &ianaCipherName)
{
    static const QRegularExpression aead(u"(_GCM_|_CCM|_CHACHA20_POLY1305_)"_s);
    return aead.match(ianaCipherName).hasMatch();
}
