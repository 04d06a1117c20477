#include "panels/InvitationsPanel.h"

#include "dialogs/InviteDialog.h"
#include "session/InvitationActions.h"
#include "session/SessionController.h"
#include "widgets/Messages.h"
#include "widgets/ReadOnlyGate.h"
#include "widgets/StatusLine.h"
#include "widgets/TableSection.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using Invitations = client::InvitationModel;

InvitationsPanel::InvitationsPanel(client::SessionController *session, StatusLine *status, QWidget *parent)
    : AdminPanel(session, status, parent)
    , m_actions(new client::InvitationActions(session->api(), this))
    , m_table(new TableSection([] { return InvitationsPanel::tr("Pending invitations"); }, m_actions->model(),
                               Qt::DisplayRole, this))
    , m_invite(new QPushButton(this))
    , m_resend(new QPushButton(this))
    , m_revoke(new QPushButton(this))
{
    setObjectName(u"invitationsPanel"_s);
    m_table->table()->setObjectName(u"invitationTable"_s);
    m_table->table()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_invite->setObjectName(u"inviteButton"_s);
    m_resend->setObjectName(u"resendInvitationButton"_s);
    m_revoke->setObjectName(u"revokeInvitationButton"_s);
    for (QPushButton *button : {m_invite, m_resend, m_revoke})
        markNeedsServer(button);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_invite);
    actions->addStretch();
    actions->addWidget(m_resend);
    actions->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(actions);
    connect(m_invite, &QPushButton::clicked, this, &InvitationsPanel::openInviteDialog);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            m_actions->resend(id);
    });
    connect(m_revoke, &QPushButton::clicked, this, &InvitationsPanel::confirmRevoke);
    connect(m_actions, &client::InvitationActions::succeeded, m_status, [this](const QString &message) {
        m_status->expect(message);
        m_status->succeeded();
    });
    connect(m_actions, &client::InvitationActions::failed, m_status, &StatusLine::failed);
    connect(m_table->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvitationsPanel::updateButtons);
    connect(m_actions->model(), &QAbstractItemModel::modelReset, this, &InvitationsPanel::updateButtons);
    connect(session, &client::SessionController::signedOut, m_actions, &client::InvitationActions::clear);
    retranslate();
}

void InvitationsPanel::showEvent(QShowEvent *event)
{
    m_actions->reload();
    AdminPanel::showEvent(event);
}

qint64 InvitationsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->table()->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(Invitations::IdRole).toLongLong();
}

QString InvitationsPanel::selectedEmail() const
{
    const QModelIndexList rows = m_table->table()->selectionModel()->selectedRows(Invitations::Email);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void InvitationsPanel::openInviteDialog()
{
    auto *dialog = new InviteDialog(m_session->admin()->organisations(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InviteDialog::invitationRequested, m_actions, &client::InvitationActions::invite);
    dialog->open();
}

void InvitationsPanel::confirmRevoke()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    askToConfirm(this,
                 {u"revokeInvitationBox"_s, tr("Revoke the invitation?"),
                  tr("The invitation to %1 will be revoked: its link stops working and the invited account is deleted. "
                     "This cannot be undone; you can invite the address again.")
                      .arg(selectedEmail()),
                  tr("Revoke invitation"), u"revokeConfirmButton"_s, tr("Keep it")},
                 [this, id] { m_actions->revoke(id); });
}

void InvitationsPanel::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_resend->setEnabled(selected);
    m_revoke->setEnabled(selected);
}

void InvitationsPanel::retranslate()
{
    m_invite->setText(tr("Invite …"));
    m_resend->setText(tr("Send again"));
    m_revoke->setText(tr("Revoke …"));
    updateButtons();
}

} // namespace regiekamer::ui
