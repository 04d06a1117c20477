#include "audit/AuditMonitor.h"

#include "audit/AuditAnchor.h"
#include "audit/AuditLogging.h"

#include <QtConcurrentRun>

namespace regiekamer::server::audit {

AuditMonitor::AuditMonitor(const QString &databasePath, const AuditKey &key, std::chrono::milliseconds interval,
                           QObject *parent)
    : QObject(parent)
    , m_key(key)
    , m_verifier(databasePath, key)
{
    const VerifyPolicy policy = VerifyPolicy::forDatabase(databasePath);
    m_anchorPath = policy.anchorPath;
    m_verifier.setPolicy(policy);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &AuditMonitor::verifyPending);
    connect(&m_watcher, &QFutureWatcher<Result<VerifyReport>>::finished, this, &AuditMonitor::onFinished);
}

AuditMonitor::~AuditMonitor()
{
    m_timer.stop();
    m_watcher.waitForFinished();
}

Status AuditMonitor::start(qint64 lastSequence)
{
    m_lastAppended = lastSequence;
    const Result<VerifyReport> report = m_verifier.verify();
    if (!report)
        return std::unexpected(report.error());
    apply(*report);
    m_timer.start();
    return {};
}

void AuditMonitor::finish()
{
    m_timer.stop();
    m_watcher.waitForFinished();
    if (!m_intact || !m_verifiedAt.isValid())
        return;
    const Result<VerifyReport> report = m_verifier.verify(m_verifiedUpTo);
    if (!report) {
        qCWarning(lcAudit, "The access log could not be verified: %s", qUtf8Printable(report.error().message));
        return;
    }
    apply(*report);
}

void AuditMonitor::noteAppended(qint64 sequence)
{
    m_lastAppended = std::max(m_lastAppended, sequence);
}

void AuditMonitor::verifyPending()
{
    if (!m_intact || m_watcher.isRunning())
        return;
    // Every check re-reads the head and the anchor and walks what was appended (a few small reads when nothing
    // was); once an hour the whole chain is walked again, for a rewrite of old entries while the server runs.
    const bool wholeChain = ++m_checks % wholeChainEvery == 0;
    const VerifyStart from = wholeChain ? VerifyStart {} : m_verifiedUpTo;
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
    apply(*report);
}

void AuditMonitor::apply(const VerifyReport &report)
{
    m_verifiedAt = QDateTime::currentDateTimeUtc();
    if (report.intact) {
        m_verifiedUpTo = {report.lastSequence, report.lastHash};
        anchor();
    } else {
        m_intact = false;
        m_problem = report.problem;
        m_firstBadSequence = report.firstBadSequence;
        m_verifiedUpTo.afterSequence = report.lastSequence;
        qCCritical(lcAudit, "The access log is BROKEN at entry %lld: %s; no data is served",
                   static_cast<long long>(report.firstBadSequence), qUtf8Printable(report.problem));
    }
    Q_EMIT verified(status());
}

// Only a verified end is anchored: the anchor never vouches for an entry that was not committed and checked.
void AuditMonitor::anchor()
{
    if (m_verifiedUpTo.afterSequence <= m_anchoredSequence || m_verifiedUpTo.afterSequence == 0)
        return;
    if (auto written = anchor::write(m_anchorPath, m_key, m_verifiedUpTo.afterSequence, m_verifiedUpTo.hash);
        !written) {
        qCWarning(lcAudit, "%s", qUtf8Printable(written.error().message));
        return;
    }
    m_anchoredSequence = m_verifiedUpTo.afterSequence;
}

bool AuditMonitor::isIntact() const
{
    return m_intact;
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
