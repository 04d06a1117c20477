#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace regiekamer::ui {

// A heading with a sortable read-only table under it; the heading text is re-read on language change and is the
// table's accessible name. Tab leaves the table (no keyboard trap); the arrow keys move inside it.
class TableSection : public QWidget
{
    Q_OBJECT
public:
    TableSection(std::function<QString()> heading, QAbstractItemModel *model, int sortRole, QWidget *parent = nullptr);

    QTableView *table() const;
    void showOnlyColumns(const QList<int> &columns);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showHeading();

    std::function<QString()> m_heading;
    QLabel *m_title;
    QTableView *m_table;
};

} // namespace regiekamer::ui
