#pragma once

#include <QList>

class QAbstractButton;
class QAbstractItemView;

namespace regiekamer::ui {

// A right click on the view (or the keyboard's Menu key, or Shift+F10) offers the actions of the buttons beside it,
// as they stand at that moment: same words, icons and access keys, disabled where the button is, and choosing one
// clicks the button, so the menu can never do what the buttons would not. Hidden buttons are left out. The menu is
// named "viewContextMenu" and deletes itself when closed.
void offerButtonsInContextMenu(QAbstractItemView *view, const QList<QAbstractButton *> &buttons);

} // namespace regiekamer::ui
