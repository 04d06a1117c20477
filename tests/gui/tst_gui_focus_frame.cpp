// The current cell of a focused table has a frame that can be seen (issue 16, EN 301 549 11.2.4.7): two pixels in
// the row's text colour, on a selected row as on a plain one, after a mouse click as after a key press.
#include "widgets/FocusFrameStyle.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using regiekamer::ui::FocusFrameStyle;

class TstGuiFocusFrame : public QObject
{
    Q_OBJECT

    // The colour just inside the left edge of a cell, halfway down.
    static QColor leftEdge(QTableView &table, const QImage &image, int row, int column)
    {
        const QRect cell = table.visualRect(table.model()->index(row, column));
        return image.pixelColor(cell.left() + 1, cell.center().y());
    }

private Q_SLOTS:
    void currentCellIsFramed_data()
    {
        QTest::addColumn<bool>("selected");
        QTest::newRow("selected row") << true;
        QTest::newRow("plain row") << false;
    }

    void currentCellIsFramed()
    {
        QFETCH(bool, selected);
        FocusFrameStyle::install();
        QStandardItemModel model(4, 3);
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < 3; ++column)
                model.setItem(row, column, new QStandardItem(u"cell %1.%2"_s.arg(row).arg(column)));
        }
        QTableView table;
        table.setModel(&model);
        table.setSelectionBehavior(QAbstractItemView::SelectRows);
        table.setShowGrid(false);
        table.resize(400, 200);
        table.show();
        table.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&table));
        table.setFocus();
        QTRY_VERIFY(table.hasFocus());
        const QModelIndex current = model.index(1, 1);
        table.selectionModel()->setCurrentIndex(
            current,
            selected ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows : QItemSelectionModel::Clear);
        const QImage image = table.viewport()->grab().toImage();
        const QPalette palette = table.palette();
        const QColor frame = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor background = selected ? palette.color(QPalette::Highlight) : leftEdge(table, image, 1, 2);
        QCOMPARE(leftEdge(table, image, 1, 1), frame);
        QVERIFY(leftEdge(table, image, 1, 2) != frame); // the next cell of the row has none
        QCOMPARE(leftEdge(table, image, 1, 2), background);
        // Without the focus, no frame.
        table.clearFocus();
        QTRY_VERIFY(!table.hasFocus());
        const QImage unfocused = table.viewport()->grab().toImage();
        QVERIFY(leftEdge(table, unfocused, 1, 1) != frame);
    }
};

QTEST_MAIN(TstGuiFocusFrame)
#include "tst_gui_focus_frame.moc"
