#include "http/controllers/ApprovalRulesController.h"
#include "http/ChangeEvents.h"

#include "accounts/WaitingList.h"
#include "db/Database.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"
#include "protocol/ApprovalRules.h"
#include "protocol/AuditChange.h"
#include "protocol/EventTypes.h"
#include "storage/ApprovalRuleRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;

namespace {

QString capacityText(const std::optional<qint64> &capacity)
{
    return capacity ? QString::number(*capacity) : u"none"_s;
}

} // namespace

ApprovalRulesController::ApprovalRulesController(ApprovalRuleRepository &rules, ScopedAccess access,
                                                 WaitingList *waitingList)
    : m_rules(rules)
    , m_access(access)
    , m_waitingList(waitingList)
{
}

void ApprovalRulesController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    const ResourceAudit rules {Resource::ApprovalRules};
    router.add(api::path::webinarApprovalRules, Method::Get, rules(act::read), this, &ApprovalRulesController::get);
    router.add(api::path::webinarApprovalRules, Method::Put, rules(act::update), this, &ApprovalRulesController::put);
}

QHttpServerResponse ApprovalRulesController::get(RequestContext &context)
{
    auto scope = m_access.webinarScope(context.id());
    if (!scope)
        return http::fromError(scope.error());
    if (auto allowed = m_access.require(context, Resource::ApprovalRules, Action::Read, *scope); !allowed)
        return http::fromError(allowed.error());
    auto rules = m_rules.find(context.id());
    if (!rules)
        return http::fromError(rules.error());
    return http::json(rules->toJson());
}

QHttpServerResponse ApprovalRulesController::put(RequestContext &context)
{
    auto scope = m_access.webinarScope(context.id());
    if (!scope)
        return http::fromError(scope.error());
    if (auto allowed = m_access.require(context, Resource::ApprovalRules, Action::Update, *scope); !allowed)
        return http::fromError(allowed.error());
    auto change = http::body<api::ApprovalRulesUpdate>(context.request());
    if (!change)
        return http::fromError(change.error());
    Transaction transaction(m_rules.database());
    auto before = m_rules.find(context.id());
    auto stored = before ? m_rules.store(context.id(), *change) : Result<api::ApprovalRules>(before);
    if (!stored)
        return http::fromError(stored.error());
    auto moved = m_waitingList ? m_waitingList->moveUp(context.id(), context.entry().requestId)
                               : Result<QList<qint64>>(QList<qint64> {});
    if (!moved)
        return http::fromError(moved.error());
    auto after = m_rules.find(context.id());
    if (!after)
        return http::fromError(after.error());
    if (auto committed = transaction.commit(); !committed)
        return http::fromError(committed.error());
    context.recordChange(api::auditChangeField::capacity, capacityText(before->capacity),
                         capacityText(after->capacity));
    qCInfo(lcHttp, "Approval rules of webinar %lld changed by user %lld (%lld moved up)",
           static_cast<long long>(context.id()), static_cast<long long>(context.caller().id),
           static_cast<long long>(moved->size()));
    publishWebinar(context, context.id());
    if (!moved->isEmpty())
        publishRows(context, api::event::registrationsChanged, context.id(), api::ChangeKind::Updated, *moved);
    return http::json(after->toJson());
}

} // namespace regiekamer::server
