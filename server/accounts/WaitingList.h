#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

namespace regiekamer::server {

class ApprovalRuleRepository;
class JoinLinks;
class RegistrationRepository;
namespace audit {
class AuditLog;
}

// The waiting list moving up (docs/api.md "Approval rules"): when a place frees (an approved registration rejected,
// cancelled or deleted, or the capacity raised), the registrations waiting longest are approved, inside the caller's
// transaction, each with the mail of its join link and an access log entry of its own with the actor "system" (the
// request that freed the place is named by its request id).
class WaitingList
{
public:
    WaitingList(RegistrationRepository &registrations, ApprovalRuleRepository &rules, audit::AuditLog &auditLog,
                JoinLinks *joinLinks);

    // The registrations approved now; an empty list when nobody waits or nothing is free.
    Result<QList<qint64>> moveUp(qint64 webinarId, const QString &requestId);

private:
    Status moveUpOne(qint64 registrationId, const QString &requestId);

    RegistrationRepository &m_registrations;
    ApprovalRuleRepository &m_rules;
    audit::AuditLog &m_auditLog;
    JoinLinks *m_joinLinks;
};

} // namespace regiekamer::server
