#include "accounts/WaitingList.h"

#include "accounts/JoinLinks.h"
#include "audit/AuditLog.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "protocol/AuditChange.h"
#include "protocol/AuditEntry.h"
#include "storage/ApprovalRuleRepository.h"
#include "storage/RegistrationRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

WaitingList::WaitingList(RegistrationRepository &registrations, ApprovalRuleRepository &rules,
                         audit::AuditLog &auditLog, JoinLinks *joinLinks)
    : m_registrations(registrations)
    , m_rules(rules)
    , m_auditLog(auditLog)
    , m_joinLinks(joinLinks)
{
}

Result<QList<qint64>> WaitingList::moveUp(qint64 webinarId, const QString &requestId)
{
    Transaction transaction(m_registrations.database());
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto ids = m_rules.movingUp(webinarId);
    if (!ids)
        return ids;
    for (qint64 id : *ids) {
        if (auto moved = moveUpOne(id, requestId); !moved)
            return std::unexpected(moved.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return ids;
}

Status WaitingList::moveUpOne(qint64 registrationId, const QString &requestId)
{
    auto stored = m_registrations.find(registrationId);
    if (!stored || !*stored)
        return std::unexpected(stored ? notFound() : stored.error());
    auto approved =
        m_registrations.setApproval(registrationId, (*stored)->registration.version, api::ApprovalState::Approved);
    if (!approved)
        return std::unexpected(approved.error());
    if (m_joinLinks) {
        if (auto mailed = m_joinLinks->send(registrationId); !mailed)
            return std::unexpected(mailed.error());
    }
    api::AuditEntry entry;
    entry.actorRole = u"system"_s;
    entry.requestId = requestId;
    entry.action = QString::fromLatin1(api::auditAction::update);
    entry.objectType = u"registration"_s;
    entry.objectId = registrationId;
    entry.webinarId = (*stored)->scope.webinarId;
    entry.organisationId = (*stored)->scope.organisationId;
    entry.subjectUserId = (*stored)->scope.ownerUserId;
    entry.fields = {rights::fieldClassToWire(rights::FieldClass::Registration)};
    entry.outcome = QString::fromLatin1(api::auditOutcome::allowed);
    entry.reason = u"moved up from the waiting list"_s;
    entry.change = api::auditChangesToWire({api::AuditChange {QString::fromLatin1(api::auditChangeField::approvalState),
                                                              api::approvalStateToWire(api::ApprovalState::Waitlisted),
                                                              api::approvalStateToWire(api::ApprovalState::Approved)}});
    auto appended = m_auditLog.append(entry);
    return appended ? Status {} : Status(std::unexpected(appended.error()));
}

} // namespace regiekamer::server
