#include "session/ApprovalRulesActions.h"

#include "base/ApiError.h"

namespace regiekamer::client {

ApprovalRulesActions::ApprovalRulesActions(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_domain(*api)
{
}

void ApprovalRulesActions::load(qint64 webinarId)
{
    const quint64 request = ++m_request;
    m_domain.fetchApprovalRules(webinarId, [this, request](Result<api::ApprovalRules> rules) {
        if (request != m_request)
            return;
        if (!rules)
            return Q_EMIT failed(describe(rules.error()));
        Q_EMIT loaded(*rules);
    });
}

void ApprovalRulesActions::save(qint64 webinarId, const api::ApprovalRulesUpdate &change)
{
    const quint64 request = ++m_request;
    m_domain.updateApprovalRules(webinarId, change, [this, request, webinarId](Result<api::ApprovalRules> rules) {
        if (request != m_request)
            return;
        if (!rules) {
            Q_EMIT failed(describe(rules.error()));
            if (rules.error().code == QLatin1StringView(api::errc::conflict))
                load(webinarId);
            return;
        }
        Q_EMIT saved(*rules);
    });
}

QString ApprovalRulesActions::describe(const Error &error) const
{
    if (error.code == QLatin1StringView(api::errc::conflict))
        return tr("Someone else changed the approval rules in the meantime. The current rules have been loaded; "
                  "check them and save again.");
    if (error.code == QLatin1StringView(api::errc::forbidden))
        return tr("Your role may look at these rules but not change them.");
    return error.message;
}

} // namespace regiekamer::client
