#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace regiekamer::ui {

// A heading with a sortable read-only table under it; the heading text is re-read on language change.
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
    std::function<QString()> m_heading;
    QLabel *m_title;
    QTableView *m_table;
};

} // namespace regiekamer::ui
