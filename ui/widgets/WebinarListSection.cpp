#include "widgets/WebinarListSection.h"

#include "models/WebinarListModel.h"
#include "widgets/StateMarks.h"
#include "widgets/TableSection.h"

#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using Columns = client::WebinarListModel;

WebinarListSection::WebinarListSection(std::function<QString()> heading, client::WebinarListModel *webinars,
                                       const QList<int> &columns, QWidget *parent)
    : QWidget(parent)
    , m_webinars(webinars)
    , m_section(new TableSection(std::move(heading), webinars, Columns::SortRole, this))
{
    setObjectName(u"webinarSection"_s);
    m_section->table()->setObjectName(u"webinarTable"_s);
    m_section->table()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_section->table()->setItemDelegateForColumn(
        Columns::State, new StateMarkDelegate(StateMarkDelegate::Kind::WebinarState, m_section->table()));
    m_section->showOnlyColumns(columns);
    m_section->table()->sortByColumn(Columns::StartsAt, Qt::AscendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_section);
    connect(m_section->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebinarListSection::onCurrentChanged);
    connect(webinars, &QAbstractItemModel::modelReset, this, &WebinarListSection::restoreSelection);
}

QTableView *WebinarListSection::table() const
{
    return m_section->table();
}

qint64 WebinarListSection::selectedWebinarId() const
{
    return m_selected;
}

void WebinarListSection::selectWebinar(qint64 webinarId)
{
    QTableView *view = table();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (idAtProxyRow(row) == webinarId) {
            view->selectRow(row);
            view->setCurrentIndex(view->model()->index(row, Columns::Title));
            return;
        }
    }
}

qint64 WebinarListSection::idAtProxyRow(int row) const
{
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table()->model());
    if (!proxy)
        return 0;
    const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
    if (!source.isValid() || source.row() >= m_webinars->webinars().size())
        return 0;
    return m_webinars->webinars().at(source.row()).id;
}

void WebinarListSection::onCurrentChanged()
{
    if (m_restoring)
        return;
    const QModelIndex current = table()->currentIndex();
    const qint64 id = current.isValid() ? idAtProxyRow(current.row()) : 0;
    if (id == m_selected)
        return;
    m_selected = id;
    Q_EMIT webinarSelected(id);
}

// A refetched list resets the model: select the same webinar again, or report that it is gone (e.g. unassigned).
// With nothing selected yet, the live webinar is selected: that is where the work is during a broadcast.
void WebinarListSection::restoreSelection()
{
    if (m_selected == 0) {
        for (const api::WebinarSummary &webinar : m_webinars->webinars()) {
            if (webinar.state == WebinarState::Live) {
                selectWebinar(webinar.id);
                break;
            }
        }
        return;
    }
    m_restoring = true;
    selectWebinar(m_selected);
    m_restoring = false;
    const QModelIndex current = table()->currentIndex();
    if (current.isValid() && idAtProxyRow(current.row()) == m_selected)
        return;
    m_selected = 0;
    Q_EMIT webinarSelected(0);
}

} // namespace regiekamer::ui
