#include "models/RegistrationFilterModel.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <memory>

namespace regiekamer::client {
namespace {

// Up to this many new rows are inserted one by one in sorted place; more are merged in one layout change.
constexpr int insertOneByOneLimit = 64;
// Rows that arrived or changed while a job ran are placed on the UI thread when its result lands, up to this many;
// more, and the job runs again over a fresh snapshot.
constexpr size_t lateLimit = 4096;

} // namespace

RegistrationFilterModel::RegistrationFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_collator(m_shown.collator())
{
}

RegistrationFilterModel::~RegistrationFilterModel()
{
    cancelJob();
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
    cancelJob();
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
        connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, &RegistrationFilterModel::beginResetModel);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &RegistrationFilterModel::resetFromSource);
    }
    resetFromSource();
}

// The source's modelAboutToBeReset (or layoutAboutToBeChanged) already began the reset, or setSourceModel did. A
// large set is shown filtered in source order at once and sorted off the UI thread.
void RegistrationFilterModel::resetFromSource()
{
    const bool pending = m_busy;
    cancelJob();
    forgetOrder();
    m_proxyToSource = m_model ? acceptedRows(0, m_model->rowCount() - 1) : std::vector<int> {};
    m_shown = RegistrationSortSpec {std::nullopt, m_sortOrder, m_shown.locale};
    const bool sortNow = m_model && wantedSort().field && m_model->rowCount() < m_asyncThreshold;
    if (sortNow) {
        m_shown = wantedSort();
        m_collator = m_shown.collator();
        RegistrationFilterResult result = runRegistrationFilterJob(makeJob());
        m_proxyToSource = std::move(result.proxyToSource);
        m_order = std::move(result.order);
        m_orderSort = m_shown;
    }
    rebuildSourceToProxy();
    m_resetting = false;
    endResetModel();
    if (m_model && !sortNow && wantedSort().field)
        startJob(makeJob());
    else if (pending)
        setBusy(false);
}

void RegistrationFilterModel::setSearchText(const QString &text)
{
    const QString search = text.trimmed().toLower();
    if (search == m_filter.search)
        return;
    m_filter.search = search;
    refilter();
}

void RegistrationFilterModel::setApprovalFilter(std::optional<api::ApprovalState> state)
{
    if (state == m_filter.approval)
        return;
    m_filter.approval = state;
    refilter();
}

void RegistrationFilterModel::setPresentFilter(std::optional<bool> present)
{
    if (present == m_filter.present)
        return;
    m_filter.present = present;
    refilter();
}

void RegistrationFilterModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    if (!loading && m_model && m_model->rowCount() > 0)
        refilter(); // sort the whole set once
}

bool RegistrationFilterModel::isLoading() const
{
    return m_loading;
}

QString RegistrationFilterModel::searchText() const
{
    return m_filter.search;
}

int RegistrationFilterModel::sortColumn() const
{
    return m_sortColumn;
}

Qt::SortOrder RegistrationFilterModel::sortOrder() const
{
    return m_sortOrder;
}

bool RegistrationFilterModel::isBusy() const
{
    return m_busy;
}

int RegistrationFilterModel::asyncThreshold() const
{
    return m_asyncThreshold;
}

void RegistrationFilterModel::setAsyncThreshold(int rows)
{
    m_asyncThreshold = std::max(0, rows);
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
    refilter();
}

bool RegistrationFilterModel::accepts(int sourceRow) const
{
    return m_filter.accepts(m_model->rowAt(sourceRow));
}

// The order shown: by m_shown's field, equal values (and every row without a field) in source order.
bool RegistrationFilterModel::before(int leftSource, int rightSource) const
{
    if (!m_shown.field)
        return leftSource < rightSource;
    int order = RegistrationSortSpec::compare(m_model->rowAt(leftSource), m_model->rowAt(rightSource), *m_shown.field,
                                              m_collator);
    if (m_shown.order == Qt::DescendingOrder)
        order = -order;
    return order != 0 ? order < 0 : leftSource < rightSource;
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

// A new filter or order: computed at once on a small set, off the UI thread on a large one.
void RegistrationFilterModel::refilter()
{
    if (!m_model || m_resetting)
        return;
    startJob(makeJob());
}

RegistrationSortSpec RegistrationFilterModel::wantedSort() const
{
    RegistrationSortSpec sort {std::nullopt, m_sortOrder, m_shown.locale};
    if (!m_loading && m_model && m_sortColumn >= 0 && m_sortColumn < m_model->columnCount())
        sort.field = m_model->fieldAt(m_sortColumn);
    return sort;
}

// The snapshot of the keys is a copy of a few hundred chunk pointers; the model keeps the keys up to date.
RegistrationFilterJob RegistrationFilterModel::makeJob()
{
    RegistrationFilterJob job;
    job.filter = m_filter;
    job.sort = wantedSort();
    job.keys = m_model->keys();
    if (m_order && m_orderSort == job.sort) {
        sortUniqueRows(m_changed);
        job.order = m_order;
        job.changed = m_changed;
    }
    return job;
}

void RegistrationFilterModel::startJob(RegistrationFilterJob job)
{
    cancelJob();
    m_changedSinceJob.clear();
    const RegistrationSortSpec sort = job.sort;
    if (m_model->rowCount() < m_asyncThreshold) {
        applyResult(runRegistrationFilterJob(job), sort);
        return;
    }
    setBusy(true);
    m_job = startRegistrationFilterJob(std::move(job));
    // Through the event loop also when the job finished before this line: never inside the setter that started it.
    m_job.then(this, [this, generation = m_generation, sort](const RegistrationFilterResult &result) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, sort, result] {
                if (generation == m_generation)
                    applyResult(result, sort);
            },
            Qt::QueuedConnection);
    });
}

// A pending job's result is discarded: its continuation checks the generation, and the worker stops early.
void RegistrationFilterModel::cancelJob()
{
    ++m_generation;
    if (m_job.isValid())
        m_job.cancel();
    m_job = {};
}

// Lands a result. Rows that arrived after its snapshot, or changed while it ran, are placed into it here.
void RegistrationFilterModel::applyResult(RegistrationFilterResult result, const RegistrationSortSpec &sort)
{
    const int rows = m_model->rowCount();
    sortUniqueRows(m_changedSinceJob);
    const size_t late = static_cast<size_t>(rows - result.snapshotRows) + m_changedSinceJob.size();
    if (result.snapshotRows > rows || late > lateLimit) {
        if (result.order && result.snapshotRows <= rows) {
            m_order = result.order;
            m_orderSort = sort;
            m_changed = m_changedSinceJob;
        }
        return startJob(makeJob());
    }
    std::vector<int> proxyRows = std::move(result.proxyToSource);
    std::vector<int> placeAgain;
    if (!m_changedSinceJob.empty()) {
        std::erase_if(proxyRows, [this](int row) {
            return std::binary_search(m_changedSinceJob.begin(), m_changedSinceJob.end(), row);
        });
        std::copy_if(m_changedSinceJob.begin(), m_changedSinceJob.end(), std::back_inserter(placeAgain),
                     [this](int row) { return accepts(row); });
    }
    for (int row = result.snapshotRows; row < rows; ++row) {
        if (accepts(row))
            placeAgain.push_back(row);
    }
    m_shown = sort;
    m_collator = sort.collator();
    mergeOrdered(proxyRows, std::move(placeAgain), [this](int a, int b) { return before(a, b); });
    if (result.order) {
        m_order = std::move(result.order);
        m_orderSort = sort;
        m_changed = m_changedSinceJob;
    }
    m_changedSinceJob.clear();
    setProxyRows(std::move(proxyRows));
    setBusy(false);
    Q_EMIT filterApplied();
}

// New rows, new order or both: persistent indexes (selection, current row) follow their rows; those of rows no
// longer shown become invalid.
void RegistrationFilterModel::setProxyRows(std::vector<int> rows)
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList oldIndexes = persistentIndexList();
    QList<std::pair<int, int>> sources;
    sources.reserve(oldIndexes.size());
    for (const QModelIndex &proxy : oldIndexes)
        sources.append({m_proxyToSource[static_cast<size_t>(proxy.row())], proxy.column()});
    m_proxyToSource = std::move(rows);
    rebuildSourceToProxy();
    QModelIndexList newIndexes;
    newIndexes.reserve(oldIndexes.size());
    for (const auto &[sourceRow, column] : sources) {
        const int proxyRow = sourceRow < static_cast<int>(m_sourceToProxy.size()) ? m_sourceToProxy[sourceRow] : -1;
        newIndexes.append(proxyRow < 0 ? QModelIndex() : index(proxyRow, column));
    }
    changePersistentIndexList(oldIndexes, newIndexes);
    Q_EMIT layoutChanged();
}

void RegistrationFilterModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void RegistrationFilterModel::forgetOrder()
{
    m_order.reset();
    m_changed.clear();
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
    if (last + 1 < m_model->rowCount())
        forgetOrder(); // rows appended after the kept order are merged into it by the next job
    std::vector<int> added = acceptedRows(first, last);
    if (added.empty()) {
        rebuildSourceToProxy();
        return;
    }
    if (m_loading) {
        appendUnsorted(added);
    } else if (rowCount() == 0 && added.size() < static_cast<size_t>(m_asyncThreshold)) {
        std::sort(added.begin(), added.end(), [this](int a, int b) { return before(a, b); });
        appendUnsorted(added);
    } else if (added.size() <= static_cast<size_t>(insertOneByOneLimit)) {
        insertOneByOne(added);
    } else {
        appendUnsorted(added); // a large batch: append, then sort everything once
        refilter();
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
    // A pending job's snapshot has the old row numbers: compute again.
    const bool pending = m_busy;
    cancelJob();
    forgetOrder();
    if (pending)
        refilter();
}

void RegistrationFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                            const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid() || rowCount() == 0)
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const bool displayOnly = !roles.isEmpty() && !roles.contains(RegistrationModel::SortRole);
    if (displayOnly) {
        Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
        return;
    }
    if (last - first >= insertOneByOneLimit) {
        forgetOrder();
        return refilter();
    }
    for (int row = first; row <= last; ++row) {
        if (m_order)
            m_changed.push_back(row);
        if (m_busy)
            m_changedSinceJob.push_back(row);
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
    if (proxyRow > 0 && before(row, m_proxyToSource[static_cast<size_t>(proxyRow) - 1]))
        destination = static_cast<int>(std::upper_bound(begin, begin + proxyRow, row, less) - begin);
    else if (proxyRow + 1 < rowCount() && before(m_proxyToSource[static_cast<size_t>(proxyRow) + 1], row))
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
