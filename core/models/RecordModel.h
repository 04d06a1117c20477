#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace regiekamer::client {

// The rows of a table model kept by id (every record type of the API has a unique `id`): appended page by page
// while a list loads, updated in place after a change, and merged with a fresh copy of the list after a live
// event, so selections and scroll positions survive refreshes. Models derive from it and add columns and data().
template<typename Row> class RecordModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const { return m_rowOfId.value(id, -1); }

    void appendRows(QList<Row> rows)
    {
        if (rows.isEmpty())
            return;
        const auto first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        for (Row &row : rows) {
            m_rowOfId.insert(row.id, static_cast<int>(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        rebuildIndex();
        endResetModel();
    }

    void clear() { setRows({}); }

    // Replaces the row with the same id; false when there is none.
    bool updateRow(Row row)
    {
        const int at = rowOfId(row.id);
        if (at < 0)
            return false;
        m_rows[at] = std::move(row);
        Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
        return true;
    }

    // Makes the rows equal to fresh: rows missing from fresh are removed, changed ones replaced, new ones appended.
    void mergeRows(QList<Row> fresh)
    {
        QHash<qint64, qsizetype> freshById;
        freshById.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i)
            freshById.insert(fresh.at(i).id, i);
        removeRowsNotIn(freshById);
        QList<Row> added;
        for (Row &row : fresh) {
            const int at = rowOfId(row.id);
            if (at < 0)
                added.append(std::move(row));
            else if (!sameRow(m_rows.at(at), row))
                updateRow(std::move(row));
        }
        appendRows(std::move(added));
    }

protected:
    virtual bool sameRow(const Row &current, const Row &fresh) const { return current.version == fresh.version; }

private:
    void removeRowsNotIn(const QHash<qint64, qsizetype> &keep)
    {
        int last = static_cast<int>(m_rows.size()) - 1;
        bool removed = false;
        while (last >= 0) {
            if (keep.contains(m_rows.at(last).id)) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !keep.contains(m_rows.at(first - 1).id))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            removed = true;
            last = first - 1;
        }
        if (removed)
            rebuildIndex();
    }

    void rebuildIndex()
    {
        m_rowOfId.clear();
        m_rowOfId.reserve(m_rows.size());
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows.at(i).id, static_cast<int>(i));
    }

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
};

} // namespace regiekamer::client
