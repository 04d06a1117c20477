#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

// The flat JSON file of `testssl --jsonfile`: one entry per finding, with an id, a severity (INFO, OK, LOW,
// MEDIUM, HIGH, CRITICAL, WARN, FATAL) and the finding's text.
class TestsslReport
{
public:
    static regiekamer::Result<TestsslReport> fromFile(const QString &path);

    // The finding of the first entry with this id, or "<missing>".
    QString finding(const QString &id) const;
    QString severity(const QString &id) const;
    // IANA names of the cipher suites the scan found the server offering (-P, -E or -e entries).
    QStringList offeredCipherNames() const;
    // "id (SEVERITY): finding" of every entry of this severity or worse (LOW < MEDIUM < HIGH < CRITICAL).
    QStringList findingsAtLeast(const QString &severity) const;
    // Signs that the scan itself did not work: FATAL entries, or no scanTime entry.
    QStringList problems() const;

    static bool isAead(const QString &ianaCipherName);

private:
    struct Entry
    {
        QString id;
        QString severity;
        QString finding;
    };
    QList<Entry> m_entries;
};
