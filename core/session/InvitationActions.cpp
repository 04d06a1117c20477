#include "session/InvitationActions.h"

namespace regiekamer::client {

InvitationActions::InvitationActions(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_domain(*api)
    , m_model(new InvitationModel(this))
{
}

void InvitationActions::reload()
{
    m_domain.fetchInvitations([this](Result<QList<api::Invitation>> invitations) {
        if (!invitations) {
            Q_EMIT failed(invitations.error().message);
            return;
        }
        m_model->setRows(*invitations);
    });
}

void InvitationActions::clear()
{
    m_model->setRows({});
}

void InvitationActions::invite(const api::InvitationRequest &request)
{
    const QString message = tr("The invitation to %1 is on its way.").arg(request.email);
    m_domain.invite(request, [this, message](Result<api::Invitation> invitation) {
        done(invitation ? Status() : Status(std::unexpected(invitation.error())), message);
    });
}

void InvitationActions::resend(qint64 userId)
{
    m_domain.resendInvitation(userId, [this](Result<api::Invitation> invitation) {
        done(invitation ? Status() : Status(std::unexpected(invitation.error())),
             invitation
                 ? tr("The invitation to %1 was sent again; the earlier link no longer works.").arg(invitation->email)
                 : QString());
    });
}

void InvitationActions::revoke(qint64 userId)
{
    m_domain.revokeInvitation(
        userId, [this](Status revoked) { done(revoked, tr("The invitation was revoked; its link no longer works.")); });
}

void InvitationActions::done(const Status &status, const QString &message)
{
    if (status)
        Q_EMIT succeeded(message);
    else
        Q_EMIT failed(status.error().message);
    reload();
}

} // namespace regiekamer::client
