#pragma once

#include "protocol/Question.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace regiekamer::client {

class QuestionModel;

// The moderator's view of a QuestionModel: which questions are shown (the open ones by default: new, approved and
// pinned; or all; or one state), pinned questions always on top whatever the column sorts by, and the questions
// that arrived while the queue was being watched marked as unseen (bold on a highlight, and counted) until the
// moderator selects them.
class QuestionQueueModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { Open, All, OneState };
    static constexpr int UnseenRole = Qt::UserRole + 10; // bool: how it looks is the view's

    explicit QuestionQueueModel(QuestionModel *questions, QObject *parent = nullptr);

    void showOpen();
    void showAll();
    void showState(api::QuestionState state);

    // From now on, questions that arrive are unseen; off again when the questions are replaced (another webinar).
    void watchArrivals();
    void markSeen(qint64 questionId);
    int unseenCount() const;
    bool isUnseen(qint64 questionId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void unseenChanged(int count);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void onRowsArrived(int first, int last);
    std::optional<api::QuestionState> stateAt(int sourceRow) const;
    qint64 idAt(int sourceRow) const;

    QuestionModel *m_questions;
    Show m_show = Show::Open;
    api::QuestionState m_state = api::QuestionState::New;
    bool m_watching = false;
    QSet<qint64> m_unseen;
};

} // namespace regiekamer::client
