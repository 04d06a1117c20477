#pragma once

#include "models/InvitationModel.h"
#include "net/ApiClient.h"
#include "net/DomainClient.h"

#include <QObject>

namespace regiekamer::client {

// Staff invitations for the administrator (docs/accounts.md): the pending ones in a model, and inviting, sending
// again and revoking; after each the list is loaded again. Failures arrive translated.
class InvitationActions : public QObject
{
    Q_OBJECT
public:
    explicit InvitationActions(ApiClient *api, QObject *parent = nullptr);

    InvitationModel *model() { return m_model; }
    void reload();
    void clear();
    void invite(const api::InvitationRequest &request);
    void resend(qint64 userId);
    void revoke(qint64 userId);

Q_SIGNALS:
    void succeeded(const QString &message);
    void failed(const QString &message);

private:
    void done(const Status &status, const QString &message);

    DomainClient m_domain;
    InvitationModel *m_model;
};

} // namespace regiekamer::client
