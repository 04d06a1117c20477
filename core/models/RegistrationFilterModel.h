#pragma once

#include "models/RegistrationFilterJob.h"
#include "models/RegistrationModel.h"
#include "protocol/Registration.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QFuture>

#include <optional>
#include <vector>

namespace regiekamer::client {

// Search, filters and sorting over the full loaded set of a RegistrationModel, on the client. The proxy is a
// vector of source rows (filtered, then sorted). Search is a case-insensitive substring of name, e-mail and company
// (those the role may read), as the server's `search`. Text columns sort by the locale's collation, case-insensitive
// (precomputed collation keys when the whole set is sorted); equal values keep the source order.
//
// A new filter or order over asyncThreshold() rows or more is computed on a worker thread (RegistrationFilterJob)
// from a snapshot of the model's keys() (the strings are shared, a snapshot costs a few pointers): the UI thread
// only swaps the result in with layoutAboutToBeChanged/layoutChanged, so persistent indexes (selection, current
// row) follow their rows. Meanwhile the proxy shows the previous result and isBusy() is true; a newer filter or
// order cancels the pending one, and rows that arrive or change meanwhile are placed into the result when it lands.
// filterApplied() follows every applied result: inside the setter on a smaller set, from the event loop (never
// inside the setter) on a large one. The order of every row is kept, so a new filter over an unchanged order is one
// pass, without sorting.
//
// Rows appended while loading (setLoading(true)) are filtered and appended unsorted, an O(page) step, and sorted
// once when loading ends; after that a few new rows are inserted in place and a large batch is merged. A single
// changed row moves or appears/disappears on its own, so selections survive approvals and live refreshes.
class RegistrationFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    static constexpr int defaultAsyncThreshold = 20000;

    explicit RegistrationFilterModel(QObject *parent = nullptr);
    ~RegistrationFilterModel() override;

    void setRegistrations(RegistrationModel *model);
    RegistrationModel *registrations() const;

    void setSearchText(const QString &text);
    void setApprovalFilter(std::optional<api::ApprovalState> state);
    void setPresentFilter(std::optional<bool> present);
    void setLoading(bool loading);
    bool isLoading() const;
    QString searchText() const;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    bool isBusy() const; // a filter or sort is being computed off the UI thread
    int asyncThreshold() const;
    void setAsyncThreshold(int rows); // 0: always off the UI thread; INT_MAX: never

    qint64 idAt(int proxyRow) const;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void busyChanged(bool busy);
    void filterApplied();

private:
    bool accepts(int sourceRow) const;
    bool before(int leftSource, int rightSource) const;
    std::vector<int> acceptedRows(int first, int last) const;
    int insertPosition(int sourceRow) const;
    void rebuildSourceToProxy();
    void refilter();
    RegistrationSortSpec wantedSort() const;
    RegistrationFilterJob makeJob();
    void startJob(RegistrationFilterJob job);
    void applyResult(RegistrationFilterResult result, const RegistrationSortSpec &sort);
    void setProxyRows(std::vector<int> rows);
    void cancelJob();
    void setBusy(bool busy);
    void forgetOrder();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void appendUnsorted(const std::vector<int> &rows);
    void insertOneByOne(const std::vector<int> &rows);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void recheckRow(int sourceRow);
    void moveIntoPlace(int proxyRow);
    void onHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void resetFromSource();

    RegistrationModel *m_model = nullptr;
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1: filtered out
    RegistrationFilterSpec m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    RegistrationSortSpec m_shown; // the order m_proxyToSource is in (no field while loading)
    QCollator m_collator; // m_shown's, for the rows placed on the UI thread
    bool m_loading = false;
    bool m_resetting = false;
    bool m_busy = false;
    int m_asyncThreshold = defaultAsyncThreshold;
    // The order of every row a job last computed (for m_orderSort) and the rows changed since: kept between jobs,
    // so a new filter over the same order does not sort again.
    RowOrder m_order;
    RegistrationSortSpec m_orderSort;
    std::vector<int> m_changed; // rows of m_order whose sort value changed
    std::vector<int> m_changedSinceJob; // rows changed while the job runs: placed again when its result lands
    quint64 m_generation = 0;
    QFuture<RegistrationFilterResult> m_job;
};

} // namespace regiekamer::client
