#include "models/QuestionModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

QuestionModel::QuestionModel(QObject *parent)
    : RecordModel<api::Question>(parent)
{
    retranslateOnLanguageChange({Qt::DisplayRole});
}

QString QuestionModel::stateDisplayName(api::QuestionState state)
{
    switch (state) {
    case api::QuestionState::New:
        return tr("New");
    case api::QuestionState::Approved:
        return tr("Approved");
    case api::QuestionState::Answered:
        return tr("Answered");
    case api::QuestionState::Dismissed:
        return tr("Dismissed");
    case api::QuestionState::Merged:
        return tr("Merged");
    case api::QuestionState::Pinned:
        break;
    }
    return tr("Pinned");
}

QString QuestionModel::moderationText(const api::QuestionFields &fields)
{
    if (!fields.moderatedBy || !fields.moderatedAt.isValid())
        return {};
    const QString state = fields.answeredLive && fields.state == api::QuestionState::Answered
        ? tr("Answered live")
        : stateDisplayName(fields.state);
    return tr("%1 by %2, %3")
        .arg(state, *fields.moderatedBy, QLocale().toString(fields.moderatedAt.toLocalTime().time(), u"HH:mm"_s));
}

QString QuestionModel::answerText(const api::QuestionFields &fields)
{
    if (fields.mergedInto)
        return tr("Merged into: %1").arg(fields.mergedInto->text);
    if (fields.answeredLive)
        return fields.answer ? tr("Answered live; %1").arg(*fields.answer) : tr("Answered live");
    return fields.answer.value_or(QString());
}

const api::Question *QuestionModel::questionById(qint64 id) const
{
    const int row = rowOfId(id);
    return row < 0 ? nullptr : &rowAt(row);
}

bool QuestionModel::sameRow(const api::Question &current, const api::Question &fresh) const
{
    if (current.version != fresh.version || current.votes != fresh.votes)
        return false;
    const auto joined = [](const api::Question &q) {
        return q.question ? q.question->mergedInto : std::optional<api::MergedInto> {};
    };
    return joined(current) == joined(fresh);
}

int QuestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Question &question = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return value(question, index.column(), true);
    case Qt::ToolTipRole:
        if (index.column() == State && question.question)
            return moderationText(*question.question);
        return index.column() == Text || index.column() == Answer || index.column() == Moderated
            ? value(question, index.column(), true)
            : QVariant();
    case SortRole:
        return value(question, index.column(), false);
    case IdRole:
        return question.id;
    default:
        return {};
    }
}

QVariant QuestionModel::value(const api::Question &question, int column, bool display) const
{
    if (column == Asker)
        return question.askerName.value_or(QString());
    if (column == Votes && !display)
        return question.votes;
    if (!question.question)
        return {};
    const api::QuestionFields &fields = *question.question;
    switch (column) {
    case AskedAt:
        return display ? QVariant(QLocale().toString(fields.askedAt.toLocalTime(), QLocale::ShortFormat))
                       : QVariant(fields.askedAt);
    case Text:
        return fields.text;
    case State:
        return display ? QVariant(stateDisplayName(fields.state)) : QVariant(static_cast<int>(fields.state));
    case Answer:
        return answerText(fields);
    case Votes:
        return display ? QVariant(QLocale().toString(question.votes)) : QVariant(question.votes);
    case Moderated:
        return display ? QVariant(moderationText(fields)) : QVariant(fields.moderatedAt);
    default:
        return {};
    }
}

QVariant QuestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordModel::headerData(section, orientation, role);
    switch (section) {
    case AskedAt:
        return tr("Asked at");
    case Asker:
        return tr("Asked by");
    case Text:
        return tr("Question");
    case State:
        return tr("State");
    case Answer:
        return tr("Answer");
    case Votes:
        return tr("Votes");
    case Moderated:
        return tr("Last action");
    default:
        return {};
    }
}

} // namespace regiekamer::client
