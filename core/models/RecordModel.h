#pragma once

#include "settings/LanguageChangeWatcher.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace regiekamer::client {

// The rows of a table model kept by id (every record type of the API has a unique id; IdOf names the member,
// `id` unless given): appended page by page while a list loads, prepended when a newer record arrives, updated in
// place after a change, and merged with a fresh copy of the list after a live event, so selections and scroll
// positions survive refreshes. Models derive from it and add columns and data().
template<typename Row, auto IdOf = &Row::id> class RecordModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const
    {
        const auto found = m_positionOfId.constFind(id);
        return found == m_positionOfId.cend() ? -1 : static_cast<int>(*found - m_firstPosition);
    }

    void appendRows(QList<Row> rows)
    {
        if (rows.isEmpty())
            return;
        const auto first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        for (Row &row : rows) {
            m_positionOfId.insert(idOf(row), m_firstPosition + m_rows.size());
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }

    void prependRow(Row row)
    {
        beginInsertRows({}, 0, 0);
        m_positionOfId.insert(idOf(row), --m_firstPosition);
        m_rows.prepend(std::move(row));
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
        const int at = rowOfId(idOf(row));
        if (at < 0)
            return false;
        m_rows[at] = std::move(row);
        Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
        return true;
    }

    // Replaces the row with the same id, or adds it (first with atFront, else last): a row a change event named.
    // Returns where it is now.
    int upsertRow(Row row, bool atFront = false)
    {
        const int at = rowOfId(idOf(row));
        if (at >= 0) {
            if (!sameRow(m_rows.at(at), row))
                updateRow(std::move(row));
            return at;
        }
        if (atFront) {
            prependRow(std::move(row));
            return 0;
        }
        appendRows({std::move(row)});
        return static_cast<int>(m_rows.size()) - 1;
    }

    // Removes the row with this id (the rows after it move up one); returns where it was, -1 when there was none.
    int removeRowOfId(qint64 id)
    {
        const int at = rowOfId(id);
        if (at < 0)
            return -1;
        beginRemoveRows({}, at, at);
        m_rows.remove(at);
        rebuildIndex();
        endRemoveRows();
        return at;
    }

    // Makes the rows equal to fresh: rows missing from fresh are removed, changed ones replaced, new ones appended.
    void mergeRows(QList<Row> fresh)
    {
        QHash<qint64, qsizetype> freshById;
        freshById.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i)
            freshById.insert(idOf(fresh.at(i)), i);
        removeRowsNotIn(freshById);
        QList<Row> added;
        for (Row &row : fresh) {
            const int at = rowOfId(idOf(row));
            if (at < 0)
                added.append(std::move(row));
            else if (!sameRow(m_rows.at(at), row))
                updateRow(std::move(row));
        }
        appendRows(std::move(added));
    }

protected:
    static qint64 idOf(const Row &row) { return row.*IdOf; }

    // Records without a version never change once received.
    virtual bool sameRow(const Row &current, const Row &fresh) const
    {
        if constexpr (requires { current.version; })
            return current.version == fresh.version;
        else
            return true;
    }

    // Follows the interface language: when it switches, the headers and these roles of every row are announced
    // as changed, so views ask again for their translated texts.
    void retranslateOnLanguageChange(const QList<int> &roles)
    {
        connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
                [this, roles] { announceRetranslation(roles); });
    }

private:
    void announceRetranslation(const QList<int> &roles)
    {
        const int columns = columnCount();
        if (columns == 0)
            return;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (!roles.isEmpty() && !m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns - 1), roles);
    }

    void removeRowsNotIn(const QHash<qint64, qsizetype> &keep)
    {
        int last = static_cast<int>(m_rows.size()) - 1;
        bool removed = false;
        while (last >= 0) {
            if (keep.contains(idOf(m_rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !keep.contains(idOf(m_rows.at(first - 1))))
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
        m_firstPosition = 0;
        m_positionOfId.clear();
        m_positionOfId.reserve(m_rows.size());
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_positionOfId.insert(idOf(m_rows.at(i)), i);
    }

    QList<Row> m_rows;
    // Row r has position m_firstPosition + r: prepending a row moves the first position instead of every other.
    QHash<qint64, qint64> m_positionOfId;
    qint64 m_firstPosition = 0;
};

} // namespace regiekamer::client
