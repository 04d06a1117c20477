#pragma once

#include <QProxyStyle>

namespace regiekamer::ui {

// The application's style with a focus frame that can be seen (EN 301 549 11.2.4.7, WCAG 2.4.7): the current cell
// of a table or list that has the keyboard focus gets a solid frame two pixels wide in the text colour of its row
// (dark on a plain row, light on a selected one), whether the focus came by keyboard or by mouse; Fusion draws none
// for a mouse click and a faint one otherwise. Everything else is drawn by the platform's style.
class FocusFrameStyle : public QProxyStyle
{
    Q_OBJECT
public:
    static constexpr int frameWidth = 2;

    // Makes it the application's style, once.
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace regiekamer::ui
