#include "shell/PlainTextLabels.h"

#include <QEvent>
#include <QLabel>

namespace regiekamer::ui {

PlainTextLabels::PlainTextLabels(QObject *parent)
    : QObject(parent)
{
}

bool PlainTextLabels::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        if (auto *label = qobject_cast<QLabel *>(watched))
            label->setTextFormat(Qt::PlainText);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace regiekamer::ui
