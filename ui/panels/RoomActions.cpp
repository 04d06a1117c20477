#include "panels/RoomActions.h"

#include "dialogs/BanDialog.h"
#include "session/RoomPresence.h"
#include "session/WebinarWorkspace.h"
#include "widgets/Messages.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using rights::Action;
using rights::Resource;

RoomActions::RoomActions(client::WebinarWorkspace *workspace, Role role, Selection selection, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_selection(std::move(selection))
{
    setObjectName(u"roomActions"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString &name, void (RoomActions::*slot)()) {
        auto *made = new QPushButton(this);
        made->setObjectName(name);
        layout->addWidget(made);
        connect(made, &QPushButton::clicked, this, slot);
        return made;
    };
    if (rights::permits(role, Resource::Registration, Action::RemoveFromRoom))
        m_remove = button(u"removeFromRoomButton"_s, &RoomActions::confirmRemoval);
    if (rights::permits(role, Resource::Registration, Action::Ban)) {
        m_ban = button(u"banButton"_s, &RoomActions::askBanReason);
        m_unban = button(u"unbanButton"_s, &RoomActions::unban);
    }
    layout->addStretch(1);
    setVisible(m_remove || m_ban);
    connect(workspace->registrations(), &QAbstractItemModel::dataChanged, this, &RoomActions::updateButtons);
    connect(workspace->registrations(), &QAbstractItemModel::modelReset, this, &RoomActions::updateButtons);
    retranslate();
}

QString RoomActions::nameOf(qint64 registrationId) const
{
    const client::RegistrationModel *model = m_workspace->registrations();
    const int row = model->rowOfId(registrationId);
    const auto name = row >= 0 ? model->rowAt(row).data.fullName : std::nullopt;
    return name ? *name : tr("Registration %1").arg(registrationId);
}

void RoomActions::updateButtons()
{
    const qint64 id = m_selection();
    const client::RegistrationModel *model = m_workspace->registrations();
    const int row = id > 0 ? model->rowOfId(id) : -1;
    const auto attendance = row >= 0 ? model->rowAt(row).data.attendance : std::nullopt;
    if (m_remove)
        m_remove->setEnabled(attendance && attendance->present);
    if (m_ban)
        m_ban->setEnabled(attendance && !attendance->banned);
    if (m_unban)
        m_unban->setEnabled(attendance && attendance->banned);
}

void RoomActions::confirmRemoval()
{
    const qint64 id = m_selection();
    if (id == 0)
        return;
    askToConfirm(this,
                 {u"removeFromRoomBox"_s, tr("Send %1 out of the room?").arg(nameOf(id)),
                  tr("%1 leaves the live webinar now. They may join again with their link; to keep them out, ban "
                     "them instead.")
                      .arg(nameOf(id)),
                  tr("Send out"), u"removeFromRoomConfirmButton"_s, tr("Keep them")},
                 [this, id] { m_workspace->room()->removeFromRoom(id); });
}

void RoomActions::askBanReason()
{
    const qint64 id = m_selection();
    if (id == 0)
        return;
    auto *dialog = new BanDialog(nameOf(id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BanDialog::banRequested, this,
            [this, id](const QString &reason) { m_workspace->room()->ban(id, reason); });
    dialog->open();
}

void RoomActions::unban()
{
    if (const qint64 id = m_selection(); id != 0)
        m_workspace->room()->unban(id);
}

void RoomActions::retranslate()
{
    if (m_remove) {
        m_remove->setText(tr("Send &out …"));
        m_remove->setAccessibleName(tr("Send the selected attendee out of the room"));
    }
    if (m_ban) {
        m_ban->setText(tr("Ba&n …"));
        m_ban->setAccessibleName(tr("Ban the selected attendee from the webinar"));
        m_unban->setText(tr("&Lift ban"));
        m_unban->setAccessibleName(tr("Lift the ban of the selected attendee"));
    }
    updateButtons();
}

void RoomActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace regiekamer::ui
