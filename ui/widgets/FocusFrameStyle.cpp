#include "widgets/FocusFrameStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace regiekamer::ui {

void FocusFrameStyle::install()
{
    if (!qobject_cast<FocusFrameStyle *>(QApplication::style()))
        QApplication::setStyle(new FocusFrameStyle);
}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    // The item view's delegate asks for the focus frame of its current cell with the cell's state (selected or not).
    if (element != PE_FrameFocusRect || !qobject_cast<const QAbstractItemView *>(widget))
        return QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool selected = option->state.testFlag(State_Selected);
    const QColor colour = option->palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setPen(QPen(colour, frameWidth));
    painter->setBrush(Qt::NoBrush);
    const int inset = frameWidth / 2;
    painter->drawRect(option->rect.adjusted(inset, inset, -inset - 1, -inset - 1));
    painter->restore();
}

} // namespace regiekamer::ui
