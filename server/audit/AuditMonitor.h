#pragma once

#include "audit/AuditVerifier.h"
#include "protocol/AuditEntry.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace regiekamer::server::audit {

class AuditKey;

// Keeps the access log verified while the server runs: the whole chain once at start (before the server serves),
// then every new stretch from the last verified entry, off the event loop. Demands the anchor and the checkpoints
// (VerifyPolicy::forDatabase) and moves the anchor up to every verified end, and at shutdown. Feeds the "chain
// verified up to …" indicator (GET /api/v1/audit/status) and the gate that stops serving while the log is broken,
// and logs a broken chain loudly.
class AuditMonitor : public QObject
{
    Q_OBJECT

public:
    AuditMonitor(const QString &databasePath, const AuditKey &key,
                 std::chrono::milliseconds interval = std::chrono::seconds(5), QObject *parent = nullptr);
    ~AuditMonitor() override;

    // Verifies the whole log now, in this thread (the log ends at `lastSequence`), then keeps verifying what is
    // appended. An error only when the log cannot be read; a broken chain shows in status().
    Status start(qint64 lastSequence);
    // Verifies what was appended since the last check, in this thread, and anchors the end (at shutdown).
    void finish();
    // Tells the monitor the log has grown to `sequence` (the last appended entry).
    void noteAppended(qint64 sequence);
    api::AuditStatus status() const;
    // Cheap, for every request: false once the log failed verification.
    bool isIntact() const;

Q_SIGNALS:
    void verified(const regiekamer::api::AuditStatus &status);

private:
    void verifyPending();
    void onFinished();
    void apply(const VerifyReport &report);
    void anchor();

    static constexpr int wholeChainEvery = 720;

    const AuditKey &m_key;
    int m_checks = 0;
    QString m_anchorPath;
    qint64 m_anchoredSequence = -1;
    AuditVerifier m_verifier;
    QTimer m_timer;
    QFutureWatcher<Result<VerifyReport>> m_watcher;
    qint64 m_lastAppended = 0;
    VerifyStart m_verifiedUpTo;
    QDateTime m_verifiedAt;
    bool m_intact = true;
    QString m_problem;
    qint64 m_firstBadSequence = 0;
};

} // namespace regiekamer::server::audit
