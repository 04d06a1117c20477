#include "audit/AuditMonitor.h"

#include "audit/AuditLogging.h"

#include <QtConcurrentRun>

namespace regiekamer::server::audit {

AuditMonitor::AuditMonitor(const QString &databasePath, const AuditKey &key, std::chrono::milliseconds interval,
                           QObject *parent)
    : QObject(parent)
    , m_verifier(databasePath, key)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &AuditMonitor::verifyPending);
    connect(&m_watcher, &QFutureWatcher<Result<VerifyReport>>::finished, this, &AuditMonitor::onFinished);
}

AuditMonitor::~AuditMonitor()
{
    m_timer.stop();
    m_watcher.waitForFinished();
}

void AuditMonitor::start(qint64 lastSequence)
{
    m_timer.start();
    m_lastAppended = lastSequence;
    verifyPending();
}

void AuditMonitor::noteAppended(qint64 sequence)
{
    m_lastAppended = std::max(m_lastAppended, sequence);
}

void AuditMonitor::verifyPending()
{
    const bool firstRun = !m_verifiedAt.isValid();
    if (!m_intact || m_watcher.isRunning() || (!firstRun && m_lastAppended <= m_verifiedUpTo.afterSequence))
        return;
    const VerifyStart from = m_verifiedUpTo;
    const AuditVerifier *verifier = &m_verifier;
    m_watcher.setFuture(QtConcurrent::run([verifier, from] { return verifier->verify(from); }));
}

void AuditMonitor::onFinished()
{
    const Result<VerifyReport> report = m_watcher.result();
    if (!report) {
        qCWarning(lcAudit, "The access log could not be verified: %s", qUtf8Printable(report.error().message));
        return;
    }
    m_verifiedAt = QDateTime::currentDateTimeUtc();
    if (report->intact) {
        m_verifiedUpTo = {report->lastSequence, report->lastHash};
    } else {
        m_intact = false;
        m_problem = report->problem;
        m_firstBadSequence = report->firstBadSequence;
        m_verifiedUpTo.afterSequence = report->lastSequence;
        qCritical("The access log is BROKEN at entry %lld: %s", static_cast<long long>(report->firstBadSequence),
                  qUtf8Printable(report->problem));
    }
    Q_EMIT verified(status());
}

api::AuditStatus AuditMonitor::status() const
{
    return api::AuditStatus {std::max(m_lastAppended, m_verifiedUpTo.afterSequence),
                             m_verifiedUpTo.afterSequence,
                             m_verifiedAt,
                             m_intact,
                             m_problem,
                             m_firstBadSequence};
}

} // namespace regiekamer::server::audit
