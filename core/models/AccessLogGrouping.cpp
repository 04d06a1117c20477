#include "models/AccessLogGrouping.h"

#include "models/AccessLogLabels.h"
#include "models/AccessLogModel.h"

#include <QLocale>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

namespace {

bool allowedRead(const api::AuditEntry &entry)
{
    return entry.action == QLatin1StringView(api::auditAction::read) &&
        entry.outcome == QLatin1StringView(api::auditOutcome::allowed);
}

} // namespace

AccessLogGrouping::AccessLogGrouping(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void AccessLogGrouping::setLog(AccessLogModel *log)
{
    m_log = log;
    setSourceModel(log);
    // After the proxy's own handling of the change (which groups the new rows through filterAcceptsRow): a new
    // entry can also end the row of the burst it joins, so every row is filtered again.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(log, signal, this, [this] { regroup(); });
    connect(log, &QAbstractItemModel::modelReset, this, [this] { regroup(); });
    regroup();
}

void AccessLogGrouping::setGrouped(bool grouped)
{
    if (grouped == m_grouped)
        return;
    m_grouped = grouped;
    invalidateRowsFilter();
}

bool AccessLogGrouping::joinsBurst(int headRow, int row) const
{
    const api::AuditEntry &head = m_log->entryAt(headRow);
    const api::AuditEntry &entry = m_log->entryAt(row);
    return allowedRead(head) && allowedRead(entry) && entry.actorId == head.actorId &&
        entry.actorRole == head.actorRole && entry.webinarId == head.webinarId &&
        std::abs(head.at.msecsTo(entry.at)) <= burstWindowMs;
}

void AccessLogGrouping::group() const
{
    const int rows = m_log ? m_log->rowCount() : 0;
    m_headOf.assign(static_cast<size_t>(rows), 0);
    m_sizeOf.assign(static_cast<size_t>(rows), 0);
    int head = -1;
    for (int row = 0; row < rows; ++row) {
        if (head < 0 || !joinsBurst(head, row))
            head = row;
        m_headOf[static_cast<size_t>(row)] = head;
        ++m_sizeOf[static_cast<size_t>(head)];
    }
}

void AccessLogGrouping::regroup()
{
    group();
    invalidateRowsFilter();
}

bool AccessLogGrouping::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_grouped)
        return true;
    if (static_cast<int>(m_headOf.size()) != m_log->rowCount())
        group(); // rows came or went and regroup() has not run yet
    return m_headOf[static_cast<size_t>(sourceRow)] == sourceRow;
}

int AccessLogGrouping::groupSize(int proxyRow) const
{
    const int source = mapToSource(index(proxyRow, 0)).row();
    if (!m_grouped || source < 0 || source >= static_cast<int>(m_sizeOf.size()))
        return 1;
    return m_sizeOf[static_cast<size_t>(source)];
}

QString AccessLogGrouping::burstObjects(int headRow) const
{
    QStringList objects;
    for (int row = headRow; row < headRow + m_sizeOf[static_cast<size_t>(headRow)]; ++row) {
        const QString type = AccessLogLabels::objectTypeName(m_log->entryAt(row).objectType);
        if (!objects.contains(type))
            objects.append(type);
    }
    // The webinar as the log names it for a list under it: " (webinar …)" after no type of its own.
    api::AuditEntry webinarList = m_log->entryAt(headRow);
    webinarList.objectType.clear();
    webinarList.objectId = webinarList.webinarId;
    return objects.join(u", "_s) + (webinarList.webinarId > 0 ? m_log->objectText(webinarList) : QString());
}

QString AccessLogGrouping::burstTooltip(int headRow) const
{
    const int size = m_sizeOf[static_cast<size_t>(headRow)];
    QStringList lines {
        tr("%n read(s) in a row by the same person, most likely by their app opening a view:", nullptr, size)};
    for (int row = headRow; row < headRow + size; ++row) {
        const api::AuditEntry &entry = m_log->entryAt(row);
        lines.append(tr("%1 — entry %2: %3")
                         .arg(QLocale().toString(entry.at.toLocalTime(), u"HH:mm:ss"_s))
                         .arg(entry.sequence)
                         .arg(m_log->objectText(entry)));
    }
    lines.append(tr("Untick \"Group repeated reads\" to see each entry on its own row."));
    return lines.join(u'\n');
}

QVariant AccessLogGrouping::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    const bool known = source.isValid() && source.row() < static_cast<int>(m_sizeOf.size());
    const int size = known && m_grouped ? m_sizeOf[static_cast<size_t>(source.row())] : 1;
    if (size <= 1)
        return QSortFilterProxyModel::data(index, role);
    if (role == GroupSizeRole)
        return size;
    if (role == Qt::ToolTipRole)
        return burstTooltip(source.row());
    if (role == Qt::DisplayRole && index.column() == AccessLogModel::Action)
        return tr("Read (%n time(s))", nullptr, size);
    if (role == Qt::DisplayRole && index.column() == AccessLogModel::Object)
        return burstObjects(source.row());
    return QSortFilterProxyModel::data(index, role);
}

} // namespace regiekamer::client
