#include "widgets/ButtonContextMenu.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QMenu>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

void offerButtonsInContextMenu(QAbstractItemView *view, const QList<QAbstractButton *> &buttons)
{
    QList<QPointer<QAbstractButton>> guarded;
    for (QAbstractButton *button : buttons)
        guarded.append(button);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, guarded](const QPoint &position) {
        auto *menu = new QMenu(view);
        menu->setObjectName(u"viewContextMenu"_s);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const QPointer<QAbstractButton> &button : guarded) {
            if (!button || !button->isVisibleTo(view->window()))
                continue;
            QAction *action = menu->addAction(button->icon(), button->text());
            action->setEnabled(button->isEnabled());
            QObject::connect(action, &QAction::triggered, button, &QAbstractButton::click);
        }
        if (menu->isEmpty()) {
            delete menu;
            return;
        }
        menu->popup(view->viewport()->mapToGlobal(position));
    });
}

} // namespace regiekamer::ui
