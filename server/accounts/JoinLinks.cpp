#include "accounts/JoinLinks.h"

#include "accounts/AccountMail.h"
#include "auth/AccountTokens.h"
#include "base/ApiError.h"
#include "mail/Outbox.h"
#include "storage/RegistrationRepository.h"
#include "storage/UserRepository.h"
#include "storage/WebinarRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

JoinLinks::JoinLinks(AccountServices services, RegistrationRepository &registrations, WebinarRepository &webinars)
    : m_services(std::move(services))
    , m_registrations(registrations)
    , m_webinars(webinars)
{
}

Result<std::optional<JoinLinks::Addressee>> JoinLinks::addresseeOf(qint64 registrationId, bool approvedOnly)
{
    auto stored = m_registrations.find(registrationId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored || !(*stored)->registration.registration || (*stored)->scope.ownerUserId <= 0 ||
        (approvedOnly && (*stored)->registration.registration->approvalState != api::ApprovalState::Approved))
        return std::optional<Addressee> {};
    auto user = m_services.users.findById((*stored)->scope.ownerUserId);
    auto webinar = m_webinars.find((*stored)->scope.webinarId);
    if (const auto error = firstError(user, webinar))
        return std::unexpected(*error);
    if (!*user || !*webinar || (*user)->disabled)
        return std::optional<Addressee> {};
    return std::optional<Addressee> {Addressee {accountMail::recipientOf(**user), (*webinar)->summary}};
}

Result<bool> JoinLinks::sendRejection(qint64 registrationId, const QString &reason)
{
    auto to = addresseeOf(registrationId, false);
    if (!to || !*to)
        return to ? Result<bool>(false) : Result<bool>(std::unexpected(to.error()));
    auto queued =
        m_services.outbox.enqueue(accountMail::registrationRejected((*to)->recipient, (*to)->webinar.title, reason));
    if (!queued)
        return std::unexpected(queued.error());
    return true;
}

Result<bool> JoinLinks::send(qint64 registrationId, const QString &reason)
{
    auto to = addresseeOf(registrationId, true);
    if (!to || !*to)
        return to ? Result<bool>(false) : Result<bool>(std::unexpected(to.error()));
    const QString token = AccountTokens::newToken();
    if (auto set = m_registrations.setJoinTokenHash(registrationId, AccountTokens::hashOf(token)); !set)
        return std::unexpected(set.error());
    const api::WebinarSummary &summary = (*to)->webinar;
    auto queued = m_services.outbox.enqueue(
        accountMail::joinLink((*to)->recipient, summary.title, summary.startsAt,
                              accountMail::linkTo(m_services.publicUrl, u"join"_s, token), reason));
    if (!queued)
        return std::unexpected(queued.error());
    return true;
}

Result<std::optional<JoinLinks::Entrance>> JoinLinks::open(const QString &token)
{
    if (!AccountTokens::wellFormed(token))
        return std::optional<Entrance> {};
    auto target = m_registrations.findByJoinTokenHash(AccountTokens::hashOf(token));
    if (!target)
        return std::unexpected(target.error());
    if (!*target)
        return std::optional<Entrance> {};
    auto webinar = m_webinars.find((*target)->webinarId);
    if (!webinar)
        return std::unexpected(webinar.error());
    if (!*webinar)
        return std::optional<Entrance> {};
    return std::optional<Entrance> {
        Entrance {(*target)->registrationId, (*target)->userId, (*target)->approval, (*webinar)->summary}};
}

} // namespace regiekamer::server
