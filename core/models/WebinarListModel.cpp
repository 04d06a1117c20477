#include "models/WebinarListModel.h"

#include <QLocale>

namespace regiekamer::client {

WebinarListModel::WebinarListModel(QObject *parent)
    : RecordModel(parent)
{
    retranslateOnLanguageChange({Qt::DisplayRole});
}

int WebinarListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebinarListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::WebinarSummary &webinar = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(webinar, index.column());
    case SortRole:
        return sortValue(webinar, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Registrations || index.column() == OpenQuestions)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant WebinarListModel::displayValue(const api::WebinarSummary &webinar, int column) const
{
    switch (column) {
    case State:
        return webinarStateDisplayName(webinar.state);
    case StartsAt:
        return QLocale().toString(webinar.startsAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return sortValue(webinar, column);
    }
}

QVariant WebinarListModel::sortValue(const api::WebinarSummary &webinar, int column) const
{
    switch (column) {
    case Title:
        return webinar.title;
    case Organisation:
        return webinar.organisationName;
    case State:
        return static_cast<int>(webinar.state);
    case StartsAt:
        return webinar.startsAt;
    case Registrations:
        return webinar.registrationCount;
    case OpenQuestions:
        return webinar.openQuestionCount;
    default:
        return {};
    }
}

QVariant WebinarListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Organisation:
        return tr("Organisation");
    case State:
        return tr("State");
    case StartsAt:
        return tr("Starts at");
    case Registrations:
        return tr("Registrations");
    case OpenQuestions:
        return tr("Open questions");
    default:
        return {};
    }
}

} // namespace regiekamer::client
