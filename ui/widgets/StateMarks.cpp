#include "widgets/StateMarks.h"

#include "models/RegistrationModel.h"
#include "models/WebinarListModel.h"
#include "protocol/Registration.h"
#include "protocol/WebinarState.h"
#include "resources/ActionIcons.h"

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

StateMarkDelegate::StateMarkDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{
}

StateMarkDelegate::Mark StateMarkDelegate::markFor(Kind kind, int rawState)
{
    if (kind == Kind::WebinarState)
        return rawState == int(WebinarState::Live) ? Mark {u"●"_s, QColor(0xc6, 0x28, 0x28), true} : Mark {};
    switch (static_cast<api::ApprovalState>(rawState)) {
    case api::ApprovalState::Pending:
        return {u"◔"_s, QColor(0x9a, 0x58, 0x00), false};
    case api::ApprovalState::Approved:
        return {u"✓"_s, QColor(0x2e, 0x7d, 0x32), false};
    case api::ApprovalState::Waitlisted:
        return {u"⧗"_s, QColor(0x15, 0x65, 0xc0), false};
    case api::ApprovalState::Rejected:
        break;
    }
    return {u"✕"_s, QColor(0xb0, 0x00, 0x20), false};
}

void StateMarkDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant raw = index.data(m_kind == Kind::WebinarState ? client::WebinarListModel::SortRole
                                                                 : client::RegistrationModel::SortRole);
    if (!raw.isValid())
        return;
    const Mark mark = markFor(m_kind, raw.toInt());
    if (mark.symbol.isEmpty())
        return;
    option->text = mark.symbol + u' ' + option->text;
    option->palette.setColor(QPalette::Text, mark.colour);
    option->font.setBold(mark.bold);
}

QIcon webinarStateIcon(WebinarState state)
{
    using resources::ActionIcon;
    switch (state) {
    case WebinarState::Draft:
        return resources::actionIcon(ActionIcon::StateDraft);
    case WebinarState::Scheduled:
        return resources::actionIcon(ActionIcon::StateScheduled);
    case WebinarState::Rehearsal:
        return resources::actionIcon(ActionIcon::StateRehearsal);
    case WebinarState::Live:
        return resources::actionIcon(ActionIcon::StateLive);
    case WebinarState::Ended:
        return resources::actionIcon(ActionIcon::StateEnded);
    case WebinarState::Archived:
        return resources::actionIcon(ActionIcon::StateArchived);
    }
    return {};
}

} // namespace regiekamer::ui
