#pragma once

#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class ApprovalRuleRepository;
class RequestContext;
class WaitingList;

// A webinar's approval rules and capacity (docs/api.md "Approval rules"): read by the webinar's staff and client,
// replaced by its director or an administrator. Raising the capacity moves the waiting list up in the same
// transaction. The lists are in no event: the event says only that the webinar changed.
class ApprovalRulesController final : public Controller
{
public:
    ApprovalRulesController(ApprovalRuleRepository &rules, ScopedAccess access, WaitingList *waitingList);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse get(RequestContext &context);
    QHttpServerResponse put(RequestContext &context);

    ApprovalRuleRepository &m_rules;
    ScopedAccess m_access;
    WaitingList *m_waitingList = nullptr;
};

} // namespace regiekamer::server
