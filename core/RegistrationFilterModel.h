#pragma once

#include "Domain.h"
#include "RegistrationModel.h"

#include <QAbstractProxyModel>

#include <optional>
#include <vector>

namespace regiekamer::client {

// Search, filters and sorting over the full loaded set of a RegistrationModel, on the client. The proxy is a
// vector of source rows (filtered, then sorted); filtering and sorting read the rows directly (no QVariant per
// comparison), so a keystroke over 100,000 rows stays well under a frame budget. Search is a case-insensitive
// substring of name, e-mail and company (those the role may read), as the server's `search`.
//
// Rows appended while loading (setLoading(true)) are filtered and appended unsorted, an O(page) step, and sorted
// once when loading ends; after that a few new rows are inserted in place and a large batch is merged. A single
// changed row moves or appears/disappears on its own, so selections survive approvals and live refreshes.
class RegistrationFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit RegistrationFilterModel(QObject *parent = nullptr);

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

private:
    bool accepts(int sourceRow) const;
    bool before(int leftSource, int rightSource) const;
    std::vector<int> acceptedRows(int first, int last) const;
    void sortRows(std::vector<int> &rows) const;
    int insertPosition(int sourceRow) const;
    void rebuildSourceToProxy();
    void refilter();
    void relayout();
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
    QString m_search;
    std::optional<api::ApprovalState> m_approval;
    std::optional<bool> m_present;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loading = false;
    bool m_resetting = false;
};

} // namespace regiekamer::client
