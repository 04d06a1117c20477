#include "models/WebinarListModel.h"

#include "settings/LanguageChangeWatcher.h"

#include <QLocale>

namespace regiekamer::client {

WebinarListModel::WebinarListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &WebinarListModel::retranslate);
}

void WebinarListModel::setWebinars(QList<api::WebinarSummary> webinars)
{
    beginResetModel();
    m_webinars = std::move(webinars);
    endResetModel();
}

void WebinarListModel::clear()
{
    setWebinars({});
}

const QList<api::WebinarSummary> &WebinarListModel::webinars() const
{
    return m_webinars;
}

int WebinarListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_webinars.size());
}

int WebinarListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebinarListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::WebinarSummary &webinar = m_webinars.at(index.row());
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
        return QAbstractTableModel::headerData(section, orientation, role);
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

void WebinarListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_webinars.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace regiekamer::client
