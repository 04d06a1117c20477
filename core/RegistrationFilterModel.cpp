#include "RegistrationFilterModel.h"

#include <algorithm>
#include <functional>

namespace regiekamer::client {
namespace {

using Field = RegistrationModel::Field;

template<typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareTimes(const QDateTime &a, const QDateTime &b)
{
    return compare(a.isValid() ? a.toMSecsSinceEpoch() : 0, b.isValid() ? b.toMSecsSinceEpoch() : 0);
}

const QDateTime &noTime()
{
    static const QDateTime none;
    return none;
}

// Ordering of one field, without copying the rows; rows without the field's class sort first.
int compareField(const RegistrationRow &left, const RegistrationRow &right, Field field)
{
    const api::Registration &a = left.data;
    const api::Registration &b = right.data;
    static const QString none;
    const auto text = [](const auto &part, auto member) -> const QString & { return part ? (*part).*member : none; };
    const auto when = [](const auto &part, auto member) -> const QDateTime & {
        return part ? (*part).*member : noTime();
    };
    switch (field) {
    case Field::FullName:
        return left.nameKey.compare(right.nameKey);
    case Field::Email:
        return text(a.contact, &api::ContactFields::email).compare(text(b.contact, &api::ContactFields::email));
    case Field::Phone:
        return text(a.contact, &api::ContactFields::phone).compare(text(b.contact, &api::ContactFields::phone));
    case Field::Company:
        return text(a.profile, &api::ProfileFields::company).compare(text(b.profile, &api::ProfileFields::company));
    case Field::JobTitle:
        return text(a.profile, &api::ProfileFields::jobTitle).compare(text(b.profile, &api::ProfileFields::jobTitle));
    case Field::RegisteredAt:
        return compareTimes(when(a.registration, &api::RegistrationFields::registeredAt),
                            when(b.registration, &api::RegistrationFields::registeredAt));
    case Field::Approval:
        return compare(a.registration ? static_cast<int>(a.registration->approvalState) : -1,
                       b.registration ? static_cast<int>(b.registration->approvalState) : -1);
    case Field::JoinedAt:
        return compareTimes(when(a.attendance, &api::AttendanceFields::joinedAt),
                            when(b.attendance, &api::AttendanceFields::joinedAt));
    case Field::LeftAt:
        return compareTimes(when(a.attendance, &api::AttendanceFields::leftAt),
                            when(b.attendance, &api::AttendanceFields::leftAt));
    case Field::MinutesWatched:
        return compare(a.attendance ? a.attendance->minutesWatched : -1,
                       b.attendance ? b.attendance->minutesWatched : -1);
    case Field::Present:
        return compare(a.attendance ? static_cast<int>(a.attendance->present) : -1,
                       b.attendance ? static_cast<int>(b.attendance->present) : -1);
    case Field::ConsentRecording:
        return compare(a.consent ? static_cast<int>(a.consent->recording) : -1,
                       b.consent ? static_cast<int>(b.consent->recording) : -1);
    case Field::ConsentMarketing:
        return compare(a.consent ? static_cast<int>(a.consent->marketing) : -1,
                       b.consent ? static_cast<int>(b.consent->marketing) : -1);
    case Field::ConsentGivenAt:
        break;
    }
    return compareTimes(when(a.consent, &api::Consent::givenAt), when(b.consent, &api::Consent::givenAt));
}

// Up to this many new rows are inserted one by one in sorted place; more are merged in one layout change.
constexpr int insertOneByOneLimit = 64;

} // namespace

RegistrationFilterModel::RegistrationFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void RegistrationFilterModel::setRegistrations(RegistrationModel *model)
{
    setSourceModel(model);
}

RegistrationModel *RegistrationFilterModel::registrations() const
{
    return m_model;
}

void RegistrationFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    m_resetting = true;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<RegistrationModel *>(sourceModel);
    QAbstractProxyModel::setSourceModel(m_model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &RegistrationFilterModel::beginResetModel);
        connect(m_model, &QAbstractItemModel::modelReset, this, &RegistrationFilterModel::resetFromSource);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegistrationFilterModel::onRowsInserted);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &RegistrationFilterModel::onRowsAboutToBeRemoved);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RegistrationFilterModel::onRowsRemoved);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &RegistrationFilterModel::onDataChanged);
        connect(m_model, &QAbstractItemModel::headerDataChanged, this, &RegistrationFilterModel::onHeaderDataChanged);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &RegistrationFilterModel::refilter);
    }
    resetFromSource();
}

void RegistrationFilterModel::resetFromSource()
{
    // The source's modelAboutToBeReset already began the reset (or setSourceModel did).
    m_proxyToSource = m_model ? acceptedRows(0, m_model->rowCount() - 1) : std::vector<int> {};
    if (!m_loading)
        sortRows(m_proxyToSource);
    rebuildSourceToProxy();
    m_resetting = false;
    endResetModel();
}

void RegistrationFilterModel::setSearchText(const QString &text)
{
    const QString search = text.trimmed().toLower();
    if (search == m_search)
        return;
    m_search = search;
    refilter();
}

void RegistrationFilterModel::setApprovalFilter(std::optional<api::ApprovalState> state)
{
    if (state == m_approval)
        return;
    m_approval = state;
    refilter();
}

void RegistrationFilterModel::setPresentFilter(std::optional<bool> present)
{
    if (present == m_present)
        return;
    m_present = present;
    refilter();
}

void RegistrationFilterModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    if (!loading && m_sortColumn >= 0)
        relayout(); // sort the whole set once
}

bool RegistrationFilterModel::isLoading() const
{
    return m_loading;
}

QString RegistrationFilterModel::searchText() const
{
    return m_search;
}

int RegistrationFilterModel::sortColumn() const
{
    return m_sortColumn;
}

Qt::SortOrder RegistrationFilterModel::sortOrder() const
{
    return m_sortOrder;
}

qint64 RegistrationFilterModel::idAt(int proxyRow) const
{
    if (!m_model || proxyRow < 0 || proxyRow >= rowCount())
        return 0;
    return m_model->rowAt(m_proxyToSource[static_cast<size_t>(proxyRow)]).id;
}

QModelIndex RegistrationFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_model->index(m_proxyToSource[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex RegistrationFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const auto row = static_cast<size_t>(sourceIndex.row());
    if (row >= m_sourceToProxy.size() || m_sourceToProxy[row] < 0)
        return {};
    return createIndex(m_sourceToProxy[row], sourceIndex.column());
}

QModelIndex RegistrationFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RegistrationFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex RegistrationFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

bool RegistrationFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

int RegistrationFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proxyToSource.size());
}

int RegistrationFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

QVariant RegistrationFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_model ? m_model->headerData(section, orientation, role) : QVariant();
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

void RegistrationFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

bool RegistrationFilterModel::accepts(int sourceRow) const
{
    const RegistrationRow &row = m_model->rowAt(sourceRow);
    if (!m_search.isEmpty() && !row.searchKey.contains(m_search))
        return false;
    if (m_approval && (!row.data.registration || row.data.registration->approvalState != *m_approval))
        return false;
    if (m_present && (!row.data.attendance || row.data.attendance->present != *m_present))
        return false;
    return true;
}

// Rows without a sort column keep the source order; equal keys are ordered by id, so the order is stable.
bool RegistrationFilterModel::before(int leftSource, int rightSource) const
{
    if (m_sortColumn < 0 || m_sortColumn >= m_model->columnCount())
        return leftSource < rightSource;
    const RegistrationRow &a = m_model->rowAt(leftSource);
    const RegistrationRow &b = m_model->rowAt(rightSource);
    int order = compareField(a, b, m_model->fieldAt(m_sortColumn));
    if (order == 0)
        order = a.id < b.id ? -1 : (b.id < a.id ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

std::vector<int> RegistrationFilterModel::acceptedRows(int first, int last) const
{
    std::vector<int> rows;
    rows.reserve(static_cast<size_t>(std::max(0, last - first + 1)));
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            rows.push_back(row);
    }
    return rows;
}

void RegistrationFilterModel::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn >= 0)
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return before(a, b); });
}

int RegistrationFilterModel::insertPosition(int sourceRow) const
{
    if (m_loading)
        return rowCount();
    const auto at = std::upper_bound(m_proxyToSource.begin(), m_proxyToSource.end(), sourceRow,
                                     [this](int a, int b) { return before(a, b); });
    return static_cast<int>(at - m_proxyToSource.begin());
}

void RegistrationFilterModel::rebuildSourceToProxy()
{
    m_sourceToProxy.assign(m_model ? static_cast<size_t>(m_model->rowCount()) : 0, -1);
    for (size_t proxyRow = 0; proxyRow < m_proxyToSource.size(); ++proxyRow)
        m_sourceToProxy[static_cast<size_t>(m_proxyToSource[proxyRow])] = static_cast<int>(proxyRow);
}

// A new filter changes which rows are shown: a reset is O(rows) and cheaper for the view than thousands of
// removals and insertions.
void RegistrationFilterModel::refilter()
{
    beginResetModel();
    m_proxyToSource = m_model ? acceptedRows(0, m_model->rowCount() - 1) : std::vector<int> {};
    if (!m_loading)
        sortRows(m_proxyToSource);
    rebuildSourceToProxy();
    endResetModel();
}

// Same rows, new order: persistent indexes (selection, current row) follow their rows.
void RegistrationFilterModel::relayout()
{
    if (!m_model || m_resetting)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList oldIndexes = persistentIndexList();
    QList<std::pair<int, int>> sources;
    sources.reserve(oldIndexes.size());
    for (const QModelIndex &proxy : oldIndexes)
        sources.append({m_proxyToSource[static_cast<size_t>(proxy.row())], proxy.column()});
    if (m_sortColumn >= 0)
        sortRows(m_proxyToSource);
    else
        std::sort(m_proxyToSource.begin(), m_proxyToSource.end());
    rebuildSourceToProxy();
    QModelIndexList newIndexes;
    newIndexes.reserve(oldIndexes.size());
    for (const auto &[sourceRow, column] : sources) {
        const int proxyRow = sourceRow < static_cast<int>(m_sourceToProxy.size()) ? m_sourceToProxy[sourceRow] : -1;
        newIndexes.append(proxyRow < 0 ? QModelIndex() : index(proxyRow, column));
    }
    changePersistentIndexList(oldIndexes, newIndexes);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RegistrationFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &sourceRow : m_proxyToSource) {
        if (sourceRow >= first)
            sourceRow += count;
    }
    m_sourceToProxy.insert(m_sourceToProxy.begin() + first, static_cast<size_t>(count), -1);
    std::vector<int> added = acceptedRows(first, last);
    if (added.empty()) {
        rebuildSourceToProxy();
        return;
    }
    if (m_loading) {
        appendUnsorted(added);
    } else if (rowCount() == 0) {
        sortRows(added);
        appendUnsorted(added);
    } else if (added.size() <= static_cast<size_t>(insertOneByOneLimit)) {
        insertOneByOne(added);
    } else {
        appendUnsorted(added); // a large batch: append, then sort everything once
        relayout();
    }
}

void RegistrationFilterModel::appendUnsorted(const std::vector<int> &rows)
{
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_proxyToSource.insert(m_proxyToSource.end(), rows.begin(), rows.end());
    for (size_t i = 0; i < rows.size(); ++i)
        m_sourceToProxy[static_cast<size_t>(rows[i])] = first + static_cast<int>(i);
    endInsertRows();
}

void RegistrationFilterModel::insertOneByOne(const std::vector<int> &rows)
{
    for (int sourceRow : rows) {
        const int at = insertPosition(sourceRow);
        beginInsertRows({}, at, at);
        m_proxyToSource.insert(m_proxyToSource.begin() + at, sourceRow);
        rebuildSourceToProxy();
        endInsertRows();
    }
}

void RegistrationFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> proxyRows;
    for (int sourceRow = first; sourceRow <= last; ++sourceRow) {
        const int proxyRow = m_sourceToProxy[static_cast<size_t>(sourceRow)];
        if (proxyRow >= 0)
            proxyRows.push_back(proxyRow);
    }
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<>());
    size_t i = 0;
    while (i < proxyRows.size()) {
        size_t j = i;
        while (j + 1 < proxyRows.size() && proxyRows[j + 1] == proxyRows[j] - 1)
            ++j;
        beginRemoveRows({}, proxyRows[j], proxyRows[i]);
        m_proxyToSource.erase(m_proxyToSource.begin() + proxyRows[j], m_proxyToSource.begin() + proxyRows[i] + 1);
        endRemoveRows();
        i = j + 1;
    }
}

void RegistrationFilterModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &sourceRow : m_proxyToSource) {
        if (sourceRow > last)
            sourceRow -= count;
    }
    rebuildSourceToProxy();
}

void RegistrationFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                            const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid() || rowCount() == 0)
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const bool displayOnly = !roles.isEmpty() && !roles.contains(RegistrationModel::SortRole);
    if (displayOnly || last - first >= insertOneByOneLimit) {
        if (!displayOnly)
            return refilter();
        Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
        return;
    }
    for (int row = first; row <= last; ++row) {
        recheckRow(row);
        const int proxyRow = m_sourceToProxy[static_cast<size_t>(row)];
        if (proxyRow >= 0)
            Q_EMIT dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()), roles);
    }
}

// One changed row: it may now pass or fail the filter, or belong elsewhere in the order (it moves, so a
// selection stays on it).
void RegistrationFilterModel::recheckRow(int sourceRow)
{
    const int proxyRow = m_sourceToProxy[static_cast<size_t>(sourceRow)];
    const bool show = accepts(sourceRow);
    if (proxyRow < 0) {
        if (show)
            insertOneByOne({sourceRow});
        return;
    }
    if (!show) {
        beginRemoveRows({}, proxyRow, proxyRow);
        m_proxyToSource.erase(m_proxyToSource.begin() + proxyRow);
        rebuildSourceToProxy();
        endRemoveRows();
        return;
    }
    moveIntoPlace(proxyRow);
}

void RegistrationFilterModel::moveIntoPlace(int proxyRow)
{
    if (m_loading)
        return;
    const auto begin = m_proxyToSource.begin();
    const int row = m_proxyToSource[static_cast<size_t>(proxyRow)];
    const auto less = [this](int a, int b) { return before(a, b); };
    int destination = proxyRow;
    if (proxyRow > 0 && before(row, m_proxyToSource[static_cast<size_t>(proxyRow - 1)]))
        destination = static_cast<int>(std::upper_bound(begin, begin + proxyRow, row, less) - begin);
    else if (proxyRow + 1 < rowCount() && before(m_proxyToSource[static_cast<size_t>(proxyRow + 1)], row))
        destination =
            static_cast<int>(std::upper_bound(begin + proxyRow + 1, m_proxyToSource.end(), row, less) - begin);
    if (destination == proxyRow)
        return;
    beginMoveRows({}, proxyRow, proxyRow, {}, destination);
    if (destination < proxyRow)
        std::rotate(begin + destination, begin + proxyRow, begin + proxyRow + 1);
    else
        std::rotate(begin + proxyRow, begin + proxyRow + 1, begin + destination);
    rebuildSourceToProxy();
    endMoveRows();
}

void RegistrationFilterModel::onHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal)
        Q_EMIT headerDataChanged(orientation, first, last);
}

} // namespace regiekamer::client
