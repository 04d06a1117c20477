#include "models/AccessLogModel.h"

#include "models/AccessLogLabels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

AccessLogModel::AccessLogModel(QObject *parent)
    : RecordModel(parent)
{
    retranslateOnLanguageChange({Qt::DisplayRole, Qt::ToolTipRole});
}

void AccessLogModel::appendOlder(QList<api::AuditEntry> entries)
{
    const qint64 oldest = rows().isEmpty() ? std::numeric_limits<qint64>::max() : rows().last().sequence;
    entries.removeIf([oldest](const api::AuditEntry &entry) { return entry.sequence >= oldest; });
    appendRows(std::move(entries));
}

bool AccessLogModel::insertNewest(const api::AuditEntry &entry)
{
    if (!rows().isEmpty() && entry.sequence <= rows().first().sequence)
        return false;
    prependRow(entry);
    return true;
}

void AccessLogModel::clear()
{
    m_moreAvailable = false;
    setEntries({});
}

void AccessLogModel::setMoreAvailable(bool more)
{
    m_moreAvailable = more;
}

bool AccessLogModel::moreAvailable() const
{
    return m_moreAvailable;
}

void AccessLogModel::setWebinarTitles(QHash<qint64, QString> titles)
{
    m_webinarTitles = std::move(titles);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Object), index(rowCount() - 1, Object));
}

QString AccessLogModel::objectText(const api::AuditEntry &entry) const
{
    return AccessLogLabels::objectText(entry, m_webinarTitles);
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::AuditEntry &entry = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return AccessLogLabels::detailText(entry);
    case SequenceRole:
        return entry.sequence;
    case WireRole:
        return wire(entry, index.column());
    case SubjectRole:
        return entry.subjectUserId;
    default:
        return {};
    }
}

QVariant AccessLogModel::display(const api::AuditEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return QLocale().toString(entry.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    case Who:
        return entry.actorName.isEmpty() ? tr("(unknown)") : entry.actorName;
    case Role:
        return AccessLogLabels::roleName(entry.actorRole);
    case Action:
        return AccessLogLabels::actionText(entry);
    case Object:
        return objectText(entry);
    case Outcome:
        return AccessLogLabels::outcomeName(entry.outcome);
    default:
        return {};
    }
}

QVariant AccessLogModel::wire(const api::AuditEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return entry.at;
    case Who:
        return entry.actorId;
    case Role:
        return entry.actorRole;
    case Action:
        return entry.action;
    case Object:
        return entry.objectType;
    case Outcome:
        return entry.outcome;
    default:
        return {};
    }
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Who:
        return tr("Who");
    case Role:
        return tr("Role");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

bool AccessLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable;
}

void AccessLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        Q_EMIT olderWanted();
}

} // namespace regiekamer::client
