#include "audit/AuditVerifier.h"

#include "audit/AuditAnchor.h"
#include "audit/AuditChain.h"
#include "audit/AuditLog.h"
#include "audit/AuditSeal.h"

#include <QElapsedTimer>
#include <QMap>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace regiekamer::server::audit {

using namespace Qt::StringLiterals;

// What the walk checks besides the links: the sealed checkpoints, the checkpoints required by the policy, and the
// anchor's entry.
struct WalkChecks
{
    QMap<qint64, Seal> checkpoints;
    qint64 checkpointInterval = 0;
    std::optional<Seal> anchor;
};

namespace {

using Connection = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;
using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

std::unexpected<Error> readError(sqlite3 *database, const QString &what)
{
    return fail(u"audit_unreadable"_s,
                u"Cannot read the access log (%1): %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(database))));
}

Result<Statement> prepare(sqlite3 *database, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(database, text.constData(), static_cast<int>(text.size()), &statement, nullptr) != SQLITE_OK)
        return readError(database, sql.section(u' ', 0, 3));
    return Statement(statement, &sqlite3_finalize);
}

QByteArray blob(sqlite3_stmt *statement, int column)
{
    const void *data = sqlite3_column_blob(statement, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(statement, column));
}

Result<Connection> openReadOnly(const QString &path)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    Connection database(raw, &sqlite3_close);
    if (opened != SQLITE_OK)
        return readError(raw, path);
    // Several walkers open the file at once; the server may be writing.
    sqlite3_busy_timeout(database.get(), 10'000);
    // Reads the file through a memory map: a walk touches every page once.
    sqlite3_exec(database.get(), "PRAGMA mmap_size = 17179869184", nullptr, nullptr, nullptr);
    return database;
}

Seal sealFrom(sqlite3_stmt *statement)
{
    return Seal {sqlite3_column_int64(statement, 0), blob(statement, 1), sqlite3_column_int64(statement, 2),
                 blob(statement, 3)};
}

Result<QMap<qint64, Seal>> loadCheckpoints(sqlite3 *database, qint64 afterSequence)
{
    auto statement = prepare(database, u"SELECT seq, hash, at_ms, mac FROM audit_checkpoints WHERE seq > ?"_s);
    if (!statement)
        return std::unexpected(statement.error());
    sqlite3_bind_int64(statement->get(), 1, afterSequence);
    QMap<qint64, Seal> checkpoints;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement->get())) == SQLITE_ROW)
        checkpoints.insert(sqlite3_column_int64(statement->get(), 0), sealFrom(statement->get()));
    if (step != SQLITE_DONE)
        return readError(database, u"checkpoints"_s);
    return checkpoints;
}

Result<std::optional<Seal>> loadHead(sqlite3 *database)
{
    auto statement = prepare(database, u"SELECT seq, hash, at_ms, mac FROM audit_head WHERE id = 1"_s);
    if (!statement)
        return std::unexpected(statement.error());
    const int step = sqlite3_step(statement->get());
    if (step == SQLITE_ROW)
        return std::optional<Seal>(sealFrom(statement->get()));
    if (step != SQLITE_DONE)
        return readError(database, u"head"_s);
    return std::optional<Seal>();
}

// Walks the entries in sequence order, recomputing every link; stops at the first break.
class ChainWalk
{
public:
    ChainWalk(const AuditKey &key, const WalkChecks &checks, const VerifyStart &start, VerifyReport &report)
        : m_key(key)
        , m_checks(checks)
        , m_report(report)
    {
        m_report.lastSequence = start.afterSequence;
        m_report.lastHash = start.afterSequence == 0 && start.hash.isEmpty() ? genesisHash() : start.hash;
    }

    // false once the chain is broken.
    bool visit(sqlite3_stmt *row)
    {
        const qint64 sequence = sqlite3_column_int64(row, 0);
        const qint64 expected = m_report.lastSequence + 1;
        if (sequence != expected)
            return broken(expected,
                          u"entry %1 is missing: the next entry in the log is %2"_s.arg(expected).arg(sequence));
        m_writer.clear();
        const auto columns = chainedColumns();
        for (int i = 0; i < static_cast<int>(columns.size()); ++i) {
            const ColumnKind kind = columns[static_cast<size_t>(i)].kind;
            if (kind == ColumnKind::Integer) {
                m_writer.integer(sqlite3_column_int64(row, i));
            } else {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, i));
                m_writer.column(kind, 0, QByteArrayView(text, sqlite3_column_bytes(row, i)));
            }
        }
        const int hashColumn = static_cast<int>(columns.size());
        const QByteArrayView stored(static_cast<const char *>(sqlite3_column_blob(row, hashColumn)),
                                    sqlite3_column_bytes(row, hashColumn));
        // A stretch whose previous entry is gone starts unlinked; the stretch before it reports the gap.
        if (m_report.lastHash.isEmpty())
            m_computed = stored.toByteArray();
        else
            chainHash(m_report.lastHash, m_writer.bytes(), m_computed);
        if (stored != QByteArrayView(m_computed))
            return broken(sequence,
                          u"entry %1 was changed, or entries were swapped or removed before it: its "
                          u"contents do not match its hash"_s.arg(sequence));
        if (!checkCheckpoint(sequence) || !checkAnchor(sequence))
            return false;
        m_report.lastSequence = sequence;
        m_report.lastHash.swap(m_computed); // no copy and no allocation per entry
        ++m_report.entriesChecked;
        return true;
    }

private:
    bool checkCheckpoint(qint64 sequence)
    {
        const auto found = m_checks.checkpoints.constFind(sequence);
        if (found == m_checks.checkpoints.cend()) {
            if (m_checks.checkpointInterval > 0 && sequence % m_checks.checkpointInterval == 0)
                return broken(sequence, u"the sealed checkpoint at entry %1 is missing"_s.arg(sequence));
            return true;
        }
        if (!sealIsAuthentic(m_key, SealKind::Checkpoint, *found))
            return broken(sequence, u"the checkpoint at entry %1 is forged: its seal does not match"_s.arg(sequence));
        if (found->hash != m_computed)
            return broken(sequence,
                          u"the chain was rewritten: it does not match the checkpoint at entry %1"_s.arg(sequence));
        ++m_report.checkpointsChecked;
        return true;
    }

    bool checkAnchor(qint64 sequence)
    {
        if (!m_checks.anchor || m_checks.anchor->sequence != sequence || m_checks.anchor->hash == m_computed)
            return true;
        return broken(sequence,
                      u"the chain was rewritten: entry %1 does not match the anchor kept outside the "
                      u"database"_s.arg(sequence));
    }

    bool broken(qint64 sequence, const QString &problem)
    {
        m_report.firstBadSequence = sequence;
        m_report.problem = problem;
        return false;
    }

    const AuditKey &m_key;
    const WalkChecks &m_checks;
    VerifyReport &m_report;
    CanonicalWriter m_writer;
    QByteArray m_computed;
};

// After a complete walk: nothing may be vouched for beyond the last entry, and the sealed head must be the last.
void checkEnd(const AuditKey &key, const QMap<qint64, Seal> &checkpoints, const std::optional<Seal> &head,
              VerifyReport &report)
{
    const qint64 next = report.lastSequence + 1;
    if (!checkpoints.isEmpty() && checkpoints.lastKey() > report.lastSequence) {
        report.firstBadSequence = next;
        report.problem = u"the log ends at entry %1, but a checkpoint vouches for entry %2: entries were cut off "
                         u"the end"_s.arg(report.lastSequence)
                             .arg(checkpoints.lastKey());
        return;
    }
    if (!head) {
        if (report.lastSequence > 0) {
            report.firstBadSequence = next;
            report.problem = u"the sealed head of the log is missing: entries may have been cut off the end"_s;
        }
        return;
    }
    if (!sealIsAuthentic(key, SealKind::Head, *head)) {
        report.firstBadSequence = head->sequence;
        report.problem = u"the head of the log is forged: its seal does not match"_s;
    } else if (head->sequence > report.lastSequence) {
        report.firstBadSequence = next;
        report.problem = u"the log ends at entry %1, but its sealed head is entry %2: entries were cut off the end"_s
                             .arg(report.lastSequence)
                             .arg(head->sequence);
    } else if (head->sequence < report.lastSequence) {
        report.firstBadSequence = head->sequence + 1;
        report.problem = u"entries after the sealed head (entry %1) were added without the key"_s.arg(head->sequence);
    } else if (head->hash != report.lastHash) {
        report.firstBadSequence = head->sequence;
        report.problem = u"the last entry does not match the sealed head"_s;
    }
}

// One stretch of the chain, (from, to], on a connection of its own; the link into it starts from the stored hash
// of entry `from`. Every link is checked, so stretches can be verified side by side.
Result<VerifyReport> walkStretch(const QString &path, const AuditKey &key, const WalkChecks &checks,
                                 const VerifyStart &start, qint64 to, std::atomic<qint64> &progress)
{
    auto opened = openReadOnly(path);
    if (!opened)
        return std::unexpected(opened.error());
    Connection database = std::move(*opened);
    VerifyStart from = start;
    if (from.hash.isEmpty() && from.afterSequence > 0) {
        auto previous = prepare(database.get(), u"SELECT hash FROM audit_log WHERE seq = ?"_s);
        if (!previous)
            return std::unexpected(previous.error());
        sqlite3_bind_int64(previous->get(), 1, from.afterSequence);
        if (sqlite3_step(previous->get()) == SQLITE_ROW)
            from.hash = blob(previous->get(), 0);
    }
    auto rows =
        prepare(database.get(),
                u"SELECT %1, hash FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq"_s.arg(chainedColumnList()));
    if (!rows)
        return std::unexpected(rows.error());
    sqlite3_bind_int64(rows->get(), 1, from.afterSequence);
    sqlite3_bind_int64(rows->get(), 2, to);
    VerifyReport report;
    ChainWalk walk(key, checks, from, report);
    int step = SQLITE_ROW;
    bool intactSoFar = true;
    while (intactSoFar && (step = sqlite3_step(rows->get())) == SQLITE_ROW) {
        intactSoFar = walk.visit(rows->get());
        if (report.entriesChecked % 4096 == 0)
            progress += 4096;
    }
    if (intactSoFar && step != SQLITE_DONE)
        return readError(database.get(), u"entries"_s);
    if (intactSoFar && report.lastSequence < to) {
        report.firstBadSequence = report.lastSequence + 1;
        report.problem = u"entry %1 is missing"_s.arg(report.lastSequence + 1);
    }
    return report;
}

} // namespace

struct AuditVerifier::Snapshot
{
    qint64 lastSequence = 0;
    WalkChecks checks;
    std::optional<Seal> head;
};

namespace {

Result<AuditVerifier::Snapshot> readSnapshot(const QString &path, qint64 afterSequence)
{
    auto opened = openReadOnly(path);
    if (!opened)
        return std::unexpected(opened.error());
    Connection database = std::move(*opened);
    sqlite3_exec(database.get(), "BEGIN", nullptr, nullptr, nullptr);
    auto last = prepare(database.get(), u"SELECT COALESCE(MAX(seq), 0) FROM audit_log"_s);
    if (!last)
        return std::unexpected(last.error());
    if (sqlite3_step(last->get()) != SQLITE_ROW)
        return readError(database.get(), u"entries"_s);
    AuditVerifier::Snapshot snapshot;
    snapshot.lastSequence = sqlite3_column_int64(last->get(), 0);
    auto checkpoints = loadCheckpoints(database.get(), afterSequence);
    auto head = loadHead(database.get());
    if (const auto error = firstError(checkpoints, head))
        return std::unexpected(*error);
    snapshot.checks.checkpoints = std::move(*checkpoints);
    snapshot.head = *head;
    return snapshot;
}

struct AnchorCheck
{
    std::optional<Seal> anchor;
    QString problem;
};

AnchorCheck readAnchor(const AuditKey &key, const QString &path)
{
    if (path.isEmpty())
        return {};
    auto found = anchor::read(path);
    if (!found)
        return {std::nullopt, found.error().message};
    if (!*found)
        return {std::nullopt,
                u"the anchor of the access log (%1) is missing: nothing shows that the log is "
                u"complete"_s.arg(path)};
    if (!sealIsAuthentic(key, SealKind::Anchor, **found))
        return {std::nullopt, u"the anchor of the access log (%1) is forged: its seal does not match"_s.arg(path)};
    return {*found, {}};
}

// Verified stretches in order: the first broken one decides the report.
VerifyReport combine(const QList<VerifyReport> &stretches)
{
    VerifyReport report;
    for (const VerifyReport &stretch : stretches) {
        report.entriesChecked += stretch.entriesChecked;
        report.checkpointsChecked += stretch.checkpointsChecked;
        report.lastSequence = stretch.lastSequence;
        report.lastHash = stretch.lastHash;
        if (!stretch.problem.isEmpty()) {
            report.firstBadSequence = stretch.firstBadSequence;
            report.problem = stretch.problem;
            break;
        }
    }
    return report;
}

} // namespace

// Entries up to the snapshot's last one never change, so stretches are read side by side, one thread each.
Result<VerifyReport> AuditVerifier::walkInParallel(const VerifyStart &start, const Snapshot &snapshot,
                                                   const Progress &progress) const
{
    const qint64 total = snapshot.lastSequence - start.afterSequence;
    const qint64 stretches = std::clamp<qint64>(total / m_minimumStretch, 1, m_threads);
    std::atomic<qint64> checked = 0;
    std::atomic<qint64> finished = 0;
    QList<Result<VerifyReport>> results(stretches);
    std::vector<std::thread> workers;
    for (qint64 i = 0; i < stretches; ++i) {
        const qint64 from = start.afterSequence + total * i / stretches;
        const qint64 to = start.afterSequence + total * (i + 1) / stretches;
        const VerifyStart stretchStart {from, i == 0 ? start.hash : QByteArray()};
        workers.emplace_back([this, &snapshot, &results, &checked, &finished, i, stretchStart, to] {
            results[i] = walkStretch(m_databasePath, m_key, snapshot.checks, stretchStart, to, checked);
            ++finished;
        });
    }
    while (finished < stretches) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (progress)
            progress(checked.load());
    }
    for (std::thread &worker : workers)
        worker.join();
    QList<VerifyReport> reports;
    for (const auto &result : std::as_const(results)) {
        if (!result)
            return std::unexpected(result.error());
        reports.append(*result);
    }
    return combine(reports);
}

AuditVerifier::AuditVerifier(const QString &databasePath, const AuditKey &key, int threads, qint64 minimumStretch)
    : m_databasePath(databasePath)
    , m_key(key)
    , m_threads(std::max(1, threads))
    , m_minimumStretch(std::max<qint64>(1, minimumStretch))
{
}

Result<VerifyReport> AuditVerifier::verify(const VerifyStart &start, const Progress &progress) const
{
    QElapsedTimer timer;
    timer.start();
    // Before the database: the anchor only ever vouches for entries committed before it was written.
    const AnchorCheck anchored = readAnchor(m_key, m_policy.anchorPath);
    auto snapshot = readSnapshot(m_databasePath, start.afterSequence);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    snapshot->checks.checkpointInterval = m_policy.checkpointInterval;
    snapshot->checks.anchor = anchored.anchor;
    VerifyReport report;
    report.lastSequence = start.afterSequence;
    report.lastHash = start.afterSequence == 0 && start.hash.isEmpty() ? genesisHash() : start.hash;
    if (!anchored.problem.isEmpty()) {
        report.firstBadSequence = 1;
        report.problem = anchored.problem;
    } else if (snapshot->lastSequence < start.afterSequence) {
        report.firstBadSequence = snapshot->lastSequence + 1;
        report.problem = u"the log ends at entry %1, but entry %2 was verified before: entries were cut off the end"_s
                             .arg(snapshot->lastSequence)
                             .arg(start.afterSequence);
    } else if (snapshot->lastSequence > start.afterSequence) {
        auto walked = walkInParallel(start, *snapshot, progress);
        if (!walked)
            return std::unexpected(walked.error());
        report = *walked;
    }
    if (report.problem.isEmpty())
        checkEnd(m_key, snapshot->checks.checkpoints, snapshot->head, report);
    if (report.problem.isEmpty() && anchored.anchor && anchored.anchor->sequence > report.lastSequence) {
        report.firstBadSequence = report.lastSequence + 1;
        report.problem = u"the log ends at entry %1, but the anchor kept outside the database vouches for entry %2: "
                         u"entries were removed"_s.arg(report.lastSequence)
                             .arg(anchored.anchor->sequence);
    }
    report.intact = report.problem.isEmpty();
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return report;
}

VerifyPolicy VerifyPolicy::forDatabase(const QString &databasePath)
{
    return VerifyPolicy {anchor::pathBeside(databasePath), AuditLog::defaultCheckpointInterval};
}

} // namespace regiekamer::server::audit
