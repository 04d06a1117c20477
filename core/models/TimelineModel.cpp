#include "models/TimelineModel.h"

#include "protocol/Roles.h"

#include <QLocale>

namespace regiekamer::client {

using namespace Qt::StringLiterals;

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setEntries(const QList<api::TimelineEntry> &entries)
{
    if (entries == m_entries)
        return;
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QDateTime TimelineModel::wentLiveAt() const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->to == WebinarState::Live)
            return it->at;
    }
    return {};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::changeText(const api::TimelineEntry &entry)
{
    const QString change = tr("%1 → %2").arg(webinarStateDisplayName(entry.from), webinarStateDisplayName(entry.to));
    return entry.overridden ? tr("%1 (checklist overridden)").arg(change) : change;
}

QString TimelineModel::actorText(const api::TimelineEntry &entry)
{
    const auto role = roleFromWire(entry.actorRole);
    const QString roleName = role ? roleDisplayName(*role) : tr("operator");
    if (entry.actorName.isEmpty())
        return roleName;
    return tr("%1 (%2)").arg(entry.actorName, roleName);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const api::TimelineEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && entry.overridden)
        return tr("Went live although the pre-flight checklist was not complete; the reason is in the access log.");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case Change:
        return changeText(entry);
    case Who:
        return actorText(entry);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Change:
        return tr("State change");
    case Who:
        return tr("By");
    default:
        return {};
    }
}

} // namespace regiekamer::client
