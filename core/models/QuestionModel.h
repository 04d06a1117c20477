#pragma once

#include "models/RecordModel.h"
#include "protocol/Question.h"

namespace regiekamer::client {

// The question queue of one webinar, newest first as the server sends it; with its votes and who moderated it last.
class QuestionModel : public RecordModel<api::Question>
{
    Q_OBJECT
public:
    enum Column { AskedAt, Asker, Text, State, Answer, Votes, Moderated, ColumnCount };
    Q_ENUM(Column)
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit QuestionModel(QObject *parent = nullptr);

    static QString stateDisplayName(api::QuestionState state); // translated
    // "Pinned by Jan de Vries, 14:02": the last moderation action, empty before any (translated).
    static QString moderationText(const api::QuestionFields &fields);
    // The answer as the queue shows it: written, answered live, or the question it was merged into (translated).
    static QString answerText(const api::QuestionFields &fields);
    const api::Question *questionById(qint64 id) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // A question's votes and the question it joined change without its version (a vote is not an edit of it).
    bool sameRow(const api::Question &current, const api::Question &fresh) const override;

private:
    QVariant value(const api::Question &question, int column, bool display) const;
};

} // namespace regiekamer::client
