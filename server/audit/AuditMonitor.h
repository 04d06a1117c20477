#pragma once

#include "audit/AuditVerifier.h"
#include "protocol/AuditEntry.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace regiekamer::server::audit {

class AuditKey;

// Keeps the access log verified while the server runs, off the event loop: the whole chain once at start, then
// every new stretch from the last verified entry. Feeds the "chain verified up to …" indicator (GET
// /api/v1/audit/status) and logs a broken chain loudly.
class AuditMonitor : public QObject
{
    Q_OBJECT

public:
    AuditMonitor(const QString &databasePath, const AuditKey &key,
                 std::chrono::milliseconds interval = std::chrono::seconds(5), QObject *parent = nullptr);
    ~AuditMonitor() override;

    // Starts with a full verification of the log, which ends at `lastSequence` now.
    void start(qint64 lastSequence);
    // Tells the monitor the log has grown to `sequence` (the last appended entry).
    void noteAppended(qint64 sequence);
    api::AuditStatus status() const;

Q_SIGNALS:
    void verified(const regiekamer::api::AuditStatus &status);

private:
    void verifyPending();
    void onFinished();

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
