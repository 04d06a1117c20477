#include "http/controllers/OutboxController.h"

#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/ScopedAccess.h"
#include "mail/Outbox.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;

namespace {

constexpr int listedRows = 200;

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject toJson(const mail::OutboxEntry &entry)
{
    return {{"id"_L1, entry.id},
            {"userId"_L1, entry.userId > 0 ? QJsonValue(entry.userId) : QJsonValue()},
            {"purpose"_L1, entry.purpose},
            {"recipient"_L1, entry.recipient},
            {"state"_L1, mail::stateName(entry.state)},
            {"attempts"_L1, entry.attempts},
            {"nextAttemptAt"_L1, timeOrNull(entry.nextAttemptAt)},
            {"lastError"_L1, entry.lastError},
            {"createdAt"_L1, timeOrNull(entry.createdAt)},
            {"sentAt"_L1, timeOrNull(entry.sentAt)}};
}

} // namespace

OutboxController::OutboxController(mail::Outbox &outbox, QString delivery)
    : m_outbox(outbox)
    , m_delivery(std::move(delivery))
{
}

void OutboxController::addRoutes(Router &router)
{
    router.add(api::path::outbox, Method::Get, RouteAudit::of(api::auditAction::read, Resource::Outbox), this,
               &OutboxController::list);
}

QHttpServerResponse OutboxController::list(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::Outbox, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto entries = m_outbox.list(listedRows);
    auto counts = m_outbox.counts();
    if (!entries || !counts)
        return http::fromError(entries ? counts.error() : entries.error());
    QJsonArray items;
    for (const mail::OutboxEntry &entry : *entries)
        items.append(toJson(entry));
    QJsonObject perState;
    for (const auto &[state, count] : *counts)
        perState.insert(mail::stateName(state), count);
    return http::json({{"delivery"_L1, m_delivery.isEmpty() ? QJsonValue() : QJsonValue(m_delivery)},
                       {"note"_L1, m_delivery.isEmpty() ? u"no SMTP server configured"_s : QString()},
                       {"counts"_L1, perState},
                       {"items"_L1, items}});
}

} // namespace regiekamer::server
