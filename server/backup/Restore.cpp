#include "backup/Restore.h"

#include "backup/ChangesetApply.h"
#include "base/PrivateFile.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {

constexpr auto restoreCode = "backup_restore_refused";

std::unexpected<Error> refuse(const QString &message)
{
    return fail(QString::fromLatin1(restoreCode), message);
}

// The master key file of a restore holds every version any object used ("<version> <base64>" lines): a version
// the database still needs is never lost because a later file had dropped it.
class MasterKeyLines
{
public:
    Status add(const QCA::SecureArray &file, const QString &object)
    {
        for (int start = 0; start < file.size();) {
            int end = start;
            while (end < file.size() && file[end] != '\n')
                ++end;
            QCA::SecureArray line(end - start);
            std::copy(file.constData() + start, file.constData() + end, line.data());
            start = end + 1;
            if (line.isEmpty() || line[0] == '#')
                continue;
            int space = 0;
            while (space < line.size() && line[space] != ' ')
                ++space;
            bool numeric = false;
            const int version = QByteArray(line.constData(), space).toInt(&numeric);
            if (!numeric || version < 1)
                return refuse(
                    u"The master key file in %1 is malformed: a line does not start with a version."_s.arg(object));
            const auto known = m_lines.find(version);
            if (known != m_lines.end() && known->second != line)
                return refuse(u"Master key version %1 in %2 differs from the same version in an earlier object; the "
                              u"backup is inconsistent."_s.arg(version)
                                  .arg(object));
            m_lines.insert_or_assign(version, line);
        }
        return {};
    }

    bool isEmpty() const { return m_lines.empty(); }

    QList<int> versions() const
    {
        QList<int> result;
        for (const auto &line : m_lines)
            result.append(line.first);
        return result;
    }

    QCA::SecureArray contents() const
    {
        QCA::SecureArray all;
        for (const auto &line : m_lines) {
            all.append(line.second);
            all.append(QCA::SecureArray(QByteArray("\n")));
        }
        return all;
    }

private:
    std::map<int, QCA::SecureArray> m_lines;
};

enum class Applied { Fully, Partly, AtMarker };

// A snapshot's database with the changes that followed it, and the files that go with the database as of the last
// object applied in full.
class Replay
{
public:
    static Result<std::unique_ptr<Replay>> start(const ObjectName &name, const ReadObject &snapshot)
    {
        if (snapshot.databasePath.isEmpty() || !QFileInfo(snapshot.databasePath).isFile())
            return refuse(u"%1: the snapshot's database was not kept."_s.arg(name.name));
        auto applier = ChangesetApplier::open(snapshot.databasePath);
        if (!applier)
            return std::unexpected(applier.error());
        std::unique_ptr<Replay> replay(new Replay(std::move(*applier)));
        replay->m_lastSequence = snapshot.header.lastSequence;
        replay->m_lastCommit = snapshot.header.lastCommit;
        if (auto taken = replay->takeFiles(name, snapshot, true); !taken)
            return std::unexpected(taken.error());
        return replay;
    }

    // Applies the object's changes committed up to `until` (all of them when it is invalid), in order, stopping
    // before a schema marker.
    Result<Applied> apply(const ObjectName &name, const ReadObject &object, const QDateTime &until)
    {
        Applied outcome = Applied::Fully;
        qint64 appliedHere = 0;
        for (const ChangeRecord &record : object.changes) {
            if (until.isValid() && record.committedAt > until) {
                outcome = Applied::Partly;
                break;
            }
            if (record.type == ChangeRecord::Type::SchemaMarker) {
                m_marker = record;
                outcome = Applied::AtMarker;
                break;
            }
            if (auto applied = m_applier->apply(record); !applied)
                return std::unexpected(applied.error());
            m_lastSequence = record.sequence;
            m_lastCommit = record.committedAt;
            ++appliedHere;
        }
        if (object.changes.isEmpty() && until.isValid() && object.header.createdAt > until)
            outcome = Applied::Partly;
        if (appliedHere == 0 && outcome != Applied::Fully)
            return outcome;
        ++m_objects;
        if (auto taken = takeFiles(name, object, outcome == Applied::Fully); !taken)
            return std::unexpected(taken.error());
        return outcome;
    }

    Status finish() { return m_applier->finish(); }

    const ChangeRecord &marker() const { return m_marker; }
    qint64 lastSequence() const { return m_lastSequence; }
    QDateTime lastCommit() const { return m_lastCommit; }
    qint64 changesApplied() const { return m_applier->appliedCount(); }
    qint64 objectsUsed() const { return m_objects; }
    const MasterKeyLines &masterKeys() const { return m_masterKeys; }
    const std::map<QString, QCA::SecureArray> &files() const { return m_files; }

private:
    explicit Replay(std::unique_ptr<ChangesetApplier> applier)
        : m_applier(std::move(applier))
    {
    }

    // Key versions count from every object touched; the access log's key and anchor only from one applied in
    // full, so that the anchor never names an entry the restored log does not reach.
    Status takeFiles(const ObjectName &name, const ReadObject &object, bool whole)
    {
        if (const auto key = object.files.find(QString::fromLatin1(sections::masterKey)); key != object.files.end()) {
            if (auto added = m_masterKeys.add(key->second, name.name); !added)
                return added;
        }
        for (const QString &file :
             {QString::fromLatin1(sections::auditKey), QString::fromLatin1(sections::auditAnchor)}) {
            if (const auto found = object.files.find(file); whole && found != object.files.end())
                m_files.insert_or_assign(file, found->second);
        }
        // The sealed keyring and its share set change together (a deal, a reshare, a rotation): the newest pair
        // touched, as the master key versions are.
        for (const QString &file :
             {QString::fromLatin1(sections::sealedKeyring), QString::fromLatin1(sections::sealConfig)}) {
            if (const auto found = object.files.find(file); found != object.files.end())
                m_files.insert_or_assign(file, found->second);
        }
        return {};
    }

    std::unique_ptr<ChangesetApplier> m_applier;
    MasterKeyLines m_masterKeys;
    std::map<QString, QCA::SecureArray> m_files;
    ChangeRecord m_marker;
    qint64 m_lastSequence = 0;
    QDateTime m_lastCommit;
    qint64 m_objects = 1;
};

QString markerVersion(const ChangeRecord &marker)
{
    return QString::fromUtf8(marker.payload);
}

QString markerProblem(const ChangeRecord &marker, const QString &remedy)
{
    return u"Change %1, committed %2, migrated the database to schema version %3: the changes after it only apply "
           u"to the snapshot taken after the migration. %4"_s.arg(marker.sequence)
               .arg(displayTime(marker.committedAt), markerVersion(marker), remedy);
}

// Where a restore builds the directory: beside the destination, on the same file system, owner-only.
Result<QString> stagingDirectory(const QString &destination)
{
    const QFileInfo info(QDir::cleanPath(QDir::current().absoluteFilePath(destination)));
    if (destination.isEmpty() || info.fileName().isEmpty())
        return refuse(u"--to needs the directory to restore into."_s);
    if (info.exists() || info.isSymLink()) {
        if (info.isSymLink() || !info.isDir())
            return refuse(u"%1 exists and is not a directory. Restore into a new directory."_s.arg(info.filePath()));
        if (!QDir(info.filePath()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
            return refuse(u"%1 is not empty; a restore never overwrites anything. Restore into a new or empty "
                          u"directory."_s.arg(info.filePath()));
    }
    if (!QFileInfo(info.absolutePath()).isDir())
        return refuse(u"The directory %1 (where %2 would go) does not exist. Create it first."_s.arg(
            info.absolutePath(), info.fileName()));
    QByteArray pattern = QFile::encodeName(info.absolutePath() + u"/."_s + info.fileName() + u".restore-XXXXXX"_s);
    if (::mkdtemp(pattern.data()) == nullptr)
        return refuse(u"Cannot create a directory in %1: %2. Check its permissions and free space."_s.arg(
            info.absolutePath(), QString::fromLocal8Bit(std::strerror(errno))));
    return QFile::decodeName(pattern);
}

Status moveIntoPlace(const QString &staging, const QString &destination)
{
    const QString target = QDir::cleanPath(QDir::current().absoluteFilePath(destination));
    // rename(2) replaces an empty directory and refuses a non-empty one, so nothing that appeared meanwhile is lost.
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(target).constData()) != 0)
        return refuse(u"Cannot move the restored directory into place as %1: %2. Nothing was changed there."_s.arg(
            target, QString::fromLocal8Bit(std::strerror(errno))));
    privateFile::syncDirectoryOf(target);
    return {};
}

struct ChosenSnapshot
{
    qsizetype index = 0;
    ReadObject object;
    Succession succession;
};

// The newest snapshot taken at or before `at`, its database kept at `databasePath`. Every newer snapshot on the way
// is authenticated too (the walk stops at the first of them).
Result<ChosenSnapshot> chooseSnapshot(ObjectChain &chain, const QList<ObjectName> &objects, const QDateTime &at,
                                      const QString &databasePath)
{
    QDateTime oldest;
    for (qsizetype i = objects.size() - 1; i >= 0; --i) {
        if (objects.at(i).kind != ObjectKind::Snapshot)
            continue;
        auto read = chain.read(objects.at(i), databasePath);
        if (!read && read.error().code == QLatin1StringView(databaseMissingCode)) {
            qWarning("%s; trying the snapshot before it", qPrintable(read.error().message));
            continue; // an older snapshot and the changes since cover the time as well
        }
        if (!read)
            return std::unexpected(read.error());
        ChosenSnapshot chosen {i, std::move(*read), {}};
        if (auto accepted = chosen.succession.accept(objects.at(i), chosen.object); !accepted)
            return std::unexpected(accepted.error());
        if (chosen.object.header.lastCommit <= at)
            return chosen;
        oldest = chosen.object.header.lastCommit;
        QFile::remove(databasePath);
    }
    if (!oldest.isValid())
        return refuse(u"%1 holds no snapshot of installation %2, so nothing can be restored from it."_s.arg(
            chain.targetDescription(), objects.value(0).installation));
    return refuse(u"No snapshot was taken at or before %1; the oldest one still on %2 is from %3. Restore a later "
                  u"time (--at)."_s.arg(displayTime(at), chain.targetDescription(), displayTime(oldest)));
}

QString numberingProblem(const ObjectName &previous, const ObjectName &next)
{
    if (next.number == previous.number)
        return u"Two objects claim number %1: %2 and %3. One was copied or replayed."_s.arg(previous.number)
            .arg(previous.name, next.name);
    return u"Object %1 of installation %2 is missing (between %3 and %4): it was deleted or never arrived."_s
        .arg(previous.number + 1)
        .arg(next.installation, previous.name, next.name);
}

// From the chosen snapshot on: every object authenticated in sequence, its changes up to `at` applied.
Result<std::unique_ptr<Replay>> replayUpTo(ObjectChain &chain, const QList<ObjectName> &objects,
                                           ChosenSnapshot &snapshot, const QDateTime &at)
{
    auto replay = Replay::start(objects.at(snapshot.index), snapshot.object);
    if (!replay)
        return std::unexpected(replay.error());
    for (qsizetype i = snapshot.index + 1; i < objects.size(); ++i) {
        if (objects.at(i).number != objects.at(i - 1).number + 1)
            return refuse(numberingProblem(objects.at(i - 1), objects.at(i)));
        auto object = chain.read(objects.at(i));
        if (!object)
            return std::unexpected(object.error());
        // A later snapshot is passed through only when chooseSnapshot skipped it (its database was missing).
        if (objects.at(i).kind == ObjectKind::Snapshot && object->header.lastCommit > at)
            break;
        if (auto accepted = snapshot.succession.accept(objects.at(i), *object); !accepted)
            return std::unexpected(accepted.error());
        auto applied = (*replay)->apply(objects.at(i), *object, at);
        if (!applied)
            return std::unexpected(applied.error());
        if (*applied == Applied::AtMarker)
            return refuse(markerProblem((*replay)->marker(),
                                        u"No snapshot was taken after it up to %1: restore a time before the "
                                        u"migration, or the time of a later snapshot."_s.arg(displayTime(at))));
        if (*applied == Applied::Partly)
            break;
    }
    if (auto finished = (*replay)->finish(); !finished)
        return std::unexpected(finished.error());
    return replay;
}

Status writeFiles(const QString &staging, const Replay &replay, RestoreReport &report)
{
    report.files = {Database::fileName};
    // A data directory sealed by then comes back sealed: a plain master.key beside seal.json would defeat the seal
    // (the server refuses to start with both), and the sealed keyring holds the same master versions.
    const bool sealed = replay.files().contains(QString::fromLatin1(sections::sealConfig));
    if (!sealed && !replay.masterKeys().isEmpty()) {
        const QCA::SecureArray contents = replay.masterKeys().contents();
        if (auto written = privateFile::create(QDir(staging).filePath(QString::fromLatin1(sections::masterKey)),
                                               QByteArrayView(contents.constData(), contents.size()));
            !written)
            return written;
        report.files.append(QString::fromLatin1(sections::masterKey));
        report.masterKeyVersions = replay.masterKeys().versions();
    }
    for (const auto &[name, contents] : replay.files()) {
        if (auto written = privateFile::create(QDir(staging).filePath(name),
                                               QByteArrayView(contents.constData(), contents.size()));
            !written)
            return written;
        report.files.append(name);
    }
    return {};
}

Result<RestoreReport> restoreInto(const RestoreOptions &options, const QString &staging, const QDateTime &at)
{
    ChainSource source = options.source;
    source.workParent = staging;
    auto chain = ObjectChain::open(source);
    if (!chain)
        return std::unexpected(chain.error());
    auto installation = (*chain)->chooseInstallation(options.installation);
    if (!installation)
        return std::unexpected(installation.error());
    const QList<ObjectName> objects = (*chain)->objectsOf(*installation);
    auto snapshot = chooseSnapshot(**chain, objects, at, QDir(staging).filePath(Database::fileName));
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto replay = replayUpTo(**chain, objects, *snapshot, at);
    if (!replay)
        return std::unexpected(replay.error());
    chain->reset(); // removes the work directory before the staging directory becomes the data directory
    RestoreReport report {*installation,
                          snapshot->object.header.number,
                          snapshot->object.header.lastCommit,
                          (*replay)->objectsUsed(),
                          (*replay)->changesApplied(),
                          (*replay)->lastSequence(),
                          (*replay)->lastCommit(),
                          {},
                          {}};
    if (auto written = writeFiles(staging, **replay, report); !written)
        return std::unexpected(written.error());
    return report;
}

} // namespace

Result<RestoreReport> restore(const RestoreOptions &options)
{
    const QDateTime at = options.at.isValid() ? options.at.toUTC() : QDateTime::currentDateTimeUtc();
    auto staging = stagingDirectory(options.destination);
    if (!staging)
        return std::unexpected(staging.error());
    auto removeStaging = qScopeGuard([&] { QDir(*staging).removeRecursively(); });
    auto report = restoreInto(options, *staging, at);
    if (!report)
        return report;
    if (auto moved = moveIntoPlace(*staging, options.destination); !moved)
        return std::unexpected(moved.error());
    removeStaging.dismiss();
    return report;
}

namespace {

// Walks one installation's objects in number order, collecting every problem. After a problem the walk resumes at
// the next snapshot: the objects in between cannot be authenticated in sequence, and are reported as unchecked.
class VerifyWalk
{
public:
    VerifyWalk(ObjectChain &chain, QList<ObjectName> objects, VerifyReport &report)
        : m_chain(chain)
        , m_objects(std::move(objects))
        , m_report(report)
    {
        for (qsizetype i = 0; i < m_objects.size(); ++i) {
            if (m_objects.at(i).kind == ObjectKind::Snapshot)
                m_newestSnapshot = i;
        }
        if (m_newestSnapshot < 0)
            problem(u"There is no snapshot of installation %1: nothing can be restored."_s.arg(m_report.installation));
    }

    void run()
    {
        for (qsizetype i = 0; i < m_objects.size(); ++i) {
            const ObjectName &name = m_objects.at(i);
            if (i > 0 && name.number != m_objects.at(i - 1).number + 1)
                broken(numberingProblem(m_objects.at(i - 1), name));
            if (!m_succession.last() && name.kind != ObjectKind::Snapshot) {
                if (i == 0)
                    problem(u"The oldest object, %1, is not a snapshot: the snapshot it follows is missing."_s.arg(
                        name.name));
                m_skipped.append(name.name);
                continue;
            }
            reportSkipped();
            check(i);
        }
        reportSkipped();
        if (m_replay) {
            if (auto finished = m_replay->finish(); !finished)
                problem(u"Applying the newest snapshot's changes failed: "_s + finished.error().message);
        }
    }

private:
    void check(qsizetype i)
    {
        const ObjectName &name = m_objects.at(i);
        // Every snapshot's database is downloaded and checked against its hash; only the newest one is kept for the
        // trial apply.
        const QString checked = m_chain.workDirectory() + u"/checked.sqlite"_s;
        const QString database = i == m_newestSnapshot ? m_chain.workDirectory() + u"/trial.sqlite"_s
            : name.kind == ObjectKind::Snapshot        ? checked
                                                       : QString();
        auto object = m_chain.read(name, database);
        QFile::remove(checked);
        if (!object)
            return broken(object.error().message);
        if (auto accepted = m_succession.accept(name, *object); !accepted)
            return broken(accepted.error().message);
        count(*object);
        if (i == m_newestSnapshot)
            startTrial(name, *object);
        else if (m_replay)
            trial(name, *object);
    }

    void count(const ReadObject &object)
    {
        const ObjectHeader &header = object.header;
        if (m_report.objects++ == 0) {
            m_report.firstNumber = header.number;
            m_report.firstCommit = header.firstCommit;
        }
        m_report.lastNumber = header.number;
        m_report.lastCommit = header.lastCommit;
        m_report.lastSequence = header.lastSequence;
        m_report.snapshots += header.kind == ObjectKind::Snapshot ? 1 : 0;
        m_report.changes += object.changes.size();
    }

    void startTrial(const ObjectName &name, const ReadObject &snapshot)
    {
        auto replay = Replay::start(name, snapshot);
        if (!replay)
            return problem(u"The newest snapshot cannot be opened: "_s + replay.error().message);
        m_replay = std::move(*replay);
    }

    void trial(const ObjectName &name, const ReadObject &object)
    {
        auto applied = m_replay->apply(name, object, {});
        if (!applied) {
            m_replay.reset();
            return problem(u"Applying the newest snapshot's changes failed: "_s + applied.error().message);
        }
        m_report.trialChanges = m_replay->changesApplied();
        if (*applied == Applied::AtMarker && !m_markerReported) {
            m_markerReported = true;
            problem(markerProblem(m_replay->marker(),
                                  u"No snapshot follows it yet, so the changes after it cannot be restored: take "
                                  u"one with `regiekamer-admin backup snapshot`."_s));
        }
    }

    void problem(const QString &text) { m_report.problems.append(text); }

    void broken(const QString &text)
    {
        problem(text);
        m_succession = Succession();
        m_replay.reset();
    }

    void reportSkipped()
    {
        if (m_skipped.isEmpty())
            return;
        problem(u"%1 object(s), %2 to %3, could not be checked: they follow a broken or missing object, and no "
                u"snapshot comes between."_s.arg(m_skipped.size())
                    .arg(m_skipped.constFirst(), m_skipped.constLast()));
        m_skipped.clear();
    }

    ObjectChain &m_chain;
    const QList<ObjectName> m_objects;
    VerifyReport &m_report;
    qsizetype m_newestSnapshot = -1;
    Succession m_succession;
    std::unique_ptr<Replay> m_replay;
    QStringList m_skipped; // not checkable since the last problem
    bool m_markerReported = false;
};

} // namespace

VerifyReport verify(const VerifyOptions &options)
{
    VerifyReport report;
    auto chain = ObjectChain::open(options.source);
    if (!chain) {
        report.problems.append(chain.error().message);
        return report;
    }
    auto installation = (*chain)->chooseInstallation(options.installation);
    if (!installation) {
        report.problems.append(installation.error().message);
        return report;
    }
    report.installation = *installation;
    report.otherInstallations = (*chain)->installations();
    report.otherInstallations.removeAll(*installation);
    VerifyWalk walk(**chain, (*chain)->objectsOf(*installation), report);
    walk.run();
    return report;
}

} // namespace regiekamer::server::backup
