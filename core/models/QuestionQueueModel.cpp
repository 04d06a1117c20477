#include "models/QuestionQueueModel.h"

#include "models/QuestionModel.h"

namespace regiekamer::client {

using api::QuestionState;

QuestionQueueModel::QuestionQueueModel(QuestionModel *questions, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_questions(questions)
{
    setSourceModel(questions);
    setSortRole(QuestionModel::SortRole);
    setDynamicSortFilter(true);
    connect(questions, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsArrived(first, last); });
    connect(questions, &QAbstractItemModel::modelReset, this, [this] {
        m_watching = false;
        m_unseen.clear();
        Q_EMIT unseenChanged(0);
    });
}

void QuestionQueueModel::showOpen()
{
    m_show = Show::Open;
    invalidateFilter();
}

void QuestionQueueModel::showAll()
{
    m_show = Show::All;
    invalidateFilter();
}

void QuestionQueueModel::showState(QuestionState state)
{
    m_show = Show::OneState;
    m_state = state;
    invalidateFilter();
}

void QuestionQueueModel::watchArrivals()
{
    m_watching = true;
}

void QuestionQueueModel::markSeen(qint64 questionId)
{
    if (!m_unseen.remove(questionId))
        return;
    const int row = m_questions->rowOfId(questionId);
    if (row >= 0) {
        const QModelIndex shown = mapFromSource(m_questions->index(row, 0));
        if (shown.isValid())
            Q_EMIT dataChanged(shown, shown.siblingAtColumn(columnCount() - 1));
    }
    Q_EMIT unseenChanged(int(m_unseen.size()));
}

int QuestionQueueModel::unseenCount() const
{
    return int(m_unseen.size());
}

bool QuestionQueueModel::isUnseen(qint64 questionId) const
{
    return m_unseen.contains(questionId);
}

void QuestionQueueModel::onRowsArrived(int first, int last)
{
    if (!m_watching)
        return;
    for (int row = first; row <= last; ++row)
        m_unseen.insert(idAt(row));
    Q_EMIT unseenChanged(int(m_unseen.size()));
}

QVariant QuestionQueueModel::data(const QModelIndex &index, int role) const
{
    if (role != UnseenRole)
        return QSortFilterProxyModel::data(index, role);
    return index.isValid() && m_unseen.contains(idAt(mapToSource(index).row()));
}

bool QuestionQueueModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto state = stateAt(sourceRow);
    switch (m_show) {
    case Show::All:
        return true;
    case Show::OneState:
        return state == m_state;
    case Show::Open:
        break;
    }
    return state == QuestionState::New || state == QuestionState::Approved || state == QuestionState::Pinned;
}

// Pinned questions come first in either sort order; the rest by the sorted column.
bool QuestionQueueModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftPinned = stateAt(left.row()) == QuestionState::Pinned;
    const bool rightPinned = stateAt(right.row()) == QuestionState::Pinned;
    if (leftPinned != rightPinned)
        return sortOrder() == Qt::AscendingOrder ? leftPinned : rightPinned;
    return QSortFilterProxyModel::lessThan(left, right);
}

std::optional<QuestionState> QuestionQueueModel::stateAt(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_questions->rowCount())
        return std::nullopt;
    const auto &question = m_questions->rowAt(sourceRow).question;
    return question ? std::optional(question->state) : std::nullopt;
}

qint64 QuestionQueueModel::idAt(int sourceRow) const
{
    return sourceRow >= 0 && sourceRow < m_questions->rowCount() ? m_questions->rowAt(sourceRow).id : 0;
}

} // namespace regiekamer::client
