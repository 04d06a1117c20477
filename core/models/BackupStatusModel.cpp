#include "models/BackupStatusModel.h"

#include "settings/LanguageChangeWatcher.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

constexpr qint64 secondsPerMinute = 60;
constexpr qint64 secondsPerHour = 60 * secondsPerMinute;
constexpr qint64 secondsPerDay = 24 * secondsPerHour;

bool sameTarget(const api::BackupTargetStatus &a, const api::BackupTargetStatus &b)
{
    return a.description == b.description && a.reachable == b.reachable && a.newestObjectAt == b.newestObjectAt &&
        a.newestObjectAgeSeconds == b.newestObjectAgeSeconds && a.queuedObjects == b.queuedObjects &&
        a.lastError == b.lastError;
}

bool hasUniqueDescriptions(const QList<api::BackupTargetStatus> &targets)
{
    QSet<QString> seen;
    for (const api::BackupTargetStatus &target : targets) {
        if (seen.contains(target.description))
            return false;
        seen.insert(target.description);
    }
    return true;
}

} // namespace

BackupStatusModel::BackupStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &BackupStatusModel::announceRetranslation);
}

int BackupStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_status.targets.size());
}

int BackupStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::BackupTargetStatus &target = targetAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(target, index.column());
    case Qt::ToolTipRole:
        return toolTipData(target, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Queued)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case HealthRole:
        return static_cast<int>(healthOf(target));
    case SortRole:
        return sortData(target, index.column());
    default:
        return {};
    }
}

QVariant BackupStatusModel::displayData(const api::BackupTargetStatus &target, int column) const
{
    switch (column) {
    case Location:
        return target.description;
    case State:
        return stateText(target.reachable);
    case NewestBackup:
        return ageText(target.newestObjectAgeSeconds);
    case Queued:
        return QLocale().toString(target.queuedObjects);
    case LastError:
        return target.lastError;
    default:
        return {};
    }
}

QVariant BackupStatusModel::toolTipData(const api::BackupTargetStatus &target, int column) const
{
    switch (column) {
    case NewestBackup:
        if (!target.newestObjectAt.isValid())
            return tr("This location holds no backup yet.");
        return tr("The newest backup on this location was committed at %1.").arg(localTimeText(target.newestObjectAt));
    case Queued:
        return tr("Backup objects written on the server but not yet stored on this location.");
    case Location:
    case LastError:
        return displayData(target, column);
    default:
        return {};
    }
}

QVariant BackupStatusModel::sortData(const api::BackupTargetStatus &target, int column) const
{
    switch (column) {
    case State:
        return static_cast<int>(healthOf(target));
    case NewestBackup:
        // None yet sorts as the oldest.
        return target.newestObjectAgeSeconds < 0 ? std::numeric_limits<qint64>::max() : target.newestObjectAgeSeconds;
    case Queued:
        return target.queuedObjects;
    default:
        return displayData(target, column);
    }
}

QVariant BackupStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Location:
        return tr("Location");
    case State:
        return tr("State");
    case NewestBackup:
        return tr("Newest backup");
    case Queued:
        return tr("Waiting objects");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

void BackupStatusModel::setStatus(api::BackupStatus status)
{
    QList<api::BackupTargetStatus> fresh = std::move(status.targets);
    if (hasUniqueDescriptions(fresh)) {
        mergeTargets(std::move(fresh));
        status.targets = std::move(m_status.targets);
        m_status = std::move(status);
    } else {
        // Rows are matched by description; without a unique one only a reset is correct.
        beginResetModel();
        status.targets = std::move(fresh);
        m_status = std::move(status);
        endResetModel();
    }
    m_hasStatus = true;
    Q_EMIT statusChanged();
}

void BackupStatusModel::clear()
{
    beginResetModel();
    m_status = {};
    m_hasStatus = false;
    endResetModel();
    Q_EMIT statusChanged();
}

void BackupStatusModel::mergeTargets(QList<api::BackupTargetStatus> fresh)
{
    removeTargetsNotIn(fresh);
    QList<api::BackupTargetStatus> added;
    for (api::BackupTargetStatus &target : fresh) {
        const int row = rowOf(target.description);
        if (row < 0) {
            added.append(std::move(target));
        } else if (!sameTarget(m_status.targets.at(row), target)) {
            m_status.targets[row] = std::move(target);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (added.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_status.targets.append(std::move(added));
    endInsertRows();
}

void BackupStatusModel::removeTargetsNotIn(const QList<api::BackupTargetStatus> &fresh)
{
    QSet<QString> keep;
    for (const api::BackupTargetStatus &target : fresh)
        keep.insert(target.description);
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (keep.contains(m_status.targets.at(row).description))
            continue;
        beginRemoveRows({}, row, row);
        m_status.targets.removeAt(row);
        endRemoveRows();
    }
}

int BackupStatusModel::rowOf(const QString &description) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_status.targets.at(row).description == description)
            return row;
    }
    return -1;
}

bool BackupStatusModel::hasStatus() const
{
    return m_hasStatus;
}

const api::BackupStatus &BackupStatusModel::status() const
{
    return m_status;
}

const api::BackupTargetStatus &BackupStatusModel::targetAt(int row) const
{
    return m_status.targets.at(row);
}

QString BackupStatusModel::degradedReason(const QDateTime &now) const
{
    QStringList unreachable;
    QStringList reasons;
    for (const api::BackupTargetStatus &target : m_status.targets) {
        switch (healthOf(target)) {
        case Health::Unreachable:
            unreachable.append(target.description);
            break;
        case Health::NoBackupYet:
            reasons.append(tr("%1 holds no backup yet").arg(target.description));
            break;
        case Health::Behind:
            reasons.append(tr("the newest backup on %1 is %2 old")
                               .arg(target.description, durationText(target.newestObjectAgeSeconds)));
            break;
        case Health::UpToDate:
            break;
        }
    }
    if (!unreachable.isEmpty())
        reasons.prepend(tr("cannot reach %1").arg(QLocale().createSeparatedList(unreachable)));
    if (!m_status.lastError.isEmpty())
        reasons.prepend(tr("the server cannot write backups (%1)").arg(m_status.lastError));
    if (reasons.isEmpty() && m_status.updatedAt.isValid() && m_status.updatedAt.secsTo(now) > behindAfterSeconds)
        reasons.append(tr("the backups have not reported their state since %1").arg(localTimeText(m_status.updatedAt)));
    if (reasons.isEmpty() && m_status.pendingChanges > 0)
        reasons.append(tr("changes not yet backed up: %1").arg(QLocale().toString(m_status.pendingChanges)));
    if (reasons.isEmpty())
        reasons.append(tr("the server reports a problem with the backups"));
    return reasons.join(u"; "_s);
}

BackupStatusModel::Health BackupStatusModel::healthOf(const api::BackupTargetStatus &target)
{
    if (!target.reachable)
        return Health::Unreachable;
    if (target.newestObjectAgeSeconds < 0)
        return Health::NoBackupYet;
    if (target.newestObjectAgeSeconds > behindAfterSeconds)
        return Health::Behind;
    return Health::UpToDate;
}

QString BackupStatusModel::stateText(bool reachable)
{
    return reachable ? tr("Reachable") : tr("Unreachable");
}

QString BackupStatusModel::ageText(qint64 seconds)
{
    if (seconds < 0)
        return tr("no backup yet");
    if (seconds < secondsPerMinute)
        return tr("%n s ago", nullptr, static_cast<int>(seconds));
    if (seconds < secondsPerHour)
        return tr("%n min ago", nullptr, static_cast<int>(seconds / secondsPerMinute));
    if (seconds < secondsPerDay)
        return tr("%n h ago", nullptr, static_cast<int>(seconds / secondsPerHour));
    return tr("%n d ago", nullptr, static_cast<int>(seconds / secondsPerDay));
}

QString BackupStatusModel::durationText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < secondsPerMinute)
        return tr("%n s", nullptr, static_cast<int>(seconds));
    if (seconds < secondsPerHour)
        return tr("%n min", nullptr, static_cast<int>(seconds / secondsPerMinute));
    if (seconds < secondsPerDay)
        return tr("%n h", nullptr, static_cast<int>(seconds / secondsPerHour));
    return tr("%n d", nullptr, static_cast<int>(seconds / secondsPerDay));
}

QString BackupStatusModel::localTimeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + locale.toString(local.time(), u"HH:mm:ss");
}

void BackupStatusModel::announceRetranslation()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace regiekamer::client
