#include "widgets/TableSection.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace regiekamer::ui {

TableSection::TableSection(std::function<QString()> heading, QAbstractItemModel *model, int sortRole, QWidget *parent)
    : QWidget(parent)
    , m_heading(std::move(heading))
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    showHeading();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
}

// Tables take no buddy label (Qt's table accessibility reports no label relation): the heading is also the name.
void TableSection::showHeading()
{
    m_title->setText(m_heading());
    m_table->setAccessibleName(m_heading());
}

QTableView *TableSection::table() const
{
    return m_table;
}

void TableSection::showOnlyColumns(const QList<int> &columns)
{
    for (int column = 0; column < m_table->model()->columnCount(); ++column)
        m_table->setColumnHidden(column, !columns.contains(column));
}

void TableSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showHeading();
    QWidget::changeEvent(event);
}

} // namespace regiekamer::ui
