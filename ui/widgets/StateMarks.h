#pragma once

#include "protocol/WebinarState.h"

#include <QColor>
#include <QIcon>
#include <QString>
#include <QStyledItemDelegate>

namespace regiekamer::ui {

// A state that needs attention, shown by a mark before its name and a colour, so it reads without the colour too:
// a live webinar "● Live" in red and bold; a registration "◔ Pending" in amber, "✓ Approved" in green, "✕ Rejected"
// in red. Reads the column's raw value (the models' SortRole); other states are drawn as they are.
class StateMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { WebinarState, ApprovalState };

    struct Mark
    {
        QString symbol; // empty: no mark
        QColor colour;
        bool bold = false;
    };

    StateMarkDelegate(Kind kind, QObject *parent);

    static Mark markFor(Kind kind, int rawState);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

// The icon of a webinar state (resources/icons/actions), beside its name on a state button.
QIcon webinarStateIcon(WebinarState state);

} // namespace regiekamer::ui
