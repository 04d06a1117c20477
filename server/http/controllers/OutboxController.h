#pragma once

#include "http/controllers/Controller.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

namespace mail {
class Outbox;
} // namespace mail

class RequestContext;

// The outbox for admins (GET /api/v1/outbox, docs/mail.md): the newest rows with purpose, recipient, state, attempts,
// next attempt and the reason of the last failure, never a message; and how mail leaves the server ("delivery", null
// with a note when no SMTP server is configured).
class OutboxController final : public Controller
{
public:
    OutboxController(mail::Outbox &outbox, QString delivery);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);

    mail::Outbox &m_outbox;
    QString m_delivery;
};

} // namespace regiekamer::server
