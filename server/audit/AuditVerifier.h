#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QThread>

#include <functional>

namespace regiekamer::server::audit {

class AuditKey;

struct VerifyReport
{
    bool intact = false;
    qint64 entriesChecked = 0;
    qint64 checkpointsChecked = 0;
    qint64 lastSequence = 0; // of the last entry whose chain link is intact
    QByteArray lastHash;
    qint64 firstBadSequence = 0; // 0 when intact; the entry (or position) where the chain first breaks
    QString problem; // English, for operators and the server log; empty when intact
    double seconds = 0;
};

struct VerifyStart
{
    qint64 afterSequence = 0; // verify the entries after this one ...
    QByteArray hash; // ... whose hash is this (empty: from the beginning)
};

// What a verifier demands beyond the chain itself; the server and regiekamer-admin demand both
// (VerifyPolicy::forDatabase).
struct VerifyPolicy
{
    QString anchorPath; // not empty: the sealed anchor (AuditAnchor.h) must be there and the log must reach it
    qint64 checkpointInterval = 0; // above 0: a sealed checkpoint at every multiple of it

    static VerifyPolicy forDatabase(const QString &databasePath);
};

// Checks the access log of a database file, read-only and straight from SQLite (it must keep up with millions of
// entries per second): every entry's sequence number and hash link, every checkpoint's seal and hash, and the
// sealed head against the last entry. Detects a changed byte, a deleted entry, reordered entries, a cut-off tail
// and a forged checkpoint or head, and names the first entry where the chain breaks.
class AuditVerifier
{
public:
    using Progress = std::function<void(qint64 entriesChecked)>;

    // The chain is walked in up to `threads` stretches of at least `minimumStretch` entries, side by side.
    AuditVerifier(const QString &databasePath, const AuditKey &key, int threads = QThread::idealThreadCount(),
                  qint64 minimumStretch = 100'000);

    // An error only when the database cannot be read at all; a broken chain is a report with intact == false.
    Result<VerifyReport> verify(const VerifyStart &start = {}, const Progress &progress = {}) const;

    void setPolicy(VerifyPolicy policy) { m_policy = std::move(policy); }

    // The end of the log, its checkpoints and its head, read in one transaction (AuditVerifier.cpp).
    struct Snapshot;

private:
    Result<VerifyReport> walkInParallel(const VerifyStart &start, const Snapshot &snapshot,
                                        const Progress &progress) const;

    QString m_databasePath;
    const AuditKey &m_key;
    int m_threads;
    qint64 m_minimumStretch;
    VerifyPolicy m_policy;
};

} // namespace regiekamer::server::audit
