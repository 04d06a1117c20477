#include "audit/KeyOperationAudit.h"

#include "audit/AuditLog.h"
#include "keys/KeyStore.h"

namespace regiekamer::server::audit {

using namespace Qt::StringLiterals;

KeyOperationAudit::KeyOperationAudit(AuditLog &log, QString who)
    : m_log(log)
    , m_who(std::move(who))
{
}

Status KeyOperationAudit::record(const KeyOperation &operation)
{
    auto appended = m_log.append(
        operatorEntry(m_who, api::auditAction::keyOperation, u"key"_s, operation.masterVersion, operation.description));
    if (!appended)
        return std::unexpected(appended.error());
    return {};
}

Status initialiseKeys(KeyStore &keys, AuditLog &log, const QString &who)
{
    log.useKeys(keys);
    KeyOperationAudit record(log, who);
    return keys.initialise(record);
}

} // namespace regiekamer::server::audit
