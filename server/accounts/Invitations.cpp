#include "accounts/Invitations.h"

#include "accounts/AccountMail.h"
#include "auth/AccountTokens.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "mail/Outbox.h"
#include "storage/UserRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

api::Invitation invitationOf(const UserRecord &user, const std::optional<QDateTime> &expiresAt)
{
    return api::Invitation {user.info.id,
                            user.info.email,
                            user.info.displayName,
                            user.info.role,
                            user.info.organisationId,
                            user.info.organisationName,
                            user.language,
                            expiresAt.value_or(QDateTime())};
}

// The result, with the savepoint released when it is one; rolled back (by the transaction's end) when not.
Result<api::Invitation> committed(Transaction &transaction, Result<api::Invitation> result)
{
    if (!result)
        return result;
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return result;
}

// The same answer for an id without an invitation as for an unknown id (tst_attack_idor).
Status noInvitation()
{
    return std::unexpected(notFound());
}

} // namespace

Invitations::Invitations(AccountServices services)
    : m_services(std::move(services))
{
}

Result<api::Invitation> Invitations::invite(const api::InvitationRequest &request)
{
    if (auto rule = UserRepository::checkOrganisationRule(request.role, request.organisationId); !rule)
        return std::unexpected(rule.error());
    Transaction transaction(m_services.database); // a savepoint inside the request's transaction
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    NewUser user {request.email, request.displayName,    request.role,     QString(),
                  QString(),     request.organisationId, request.language, true};
    auto id = m_services.users.create(user);
    if (!id)
        return std::unexpected(id.error());
    auto created = find(*id);
    if (!created)
        return std::unexpected(created.error());
    if (!*created)
        return std::unexpected(noInvitation().error());
    return committed(transaction, mailLink(**created));
}

Result<QList<api::Invitation>> Invitations::pending()
{
    auto invited = m_services.users.invited();
    if (!invited)
        return std::unexpected(invited.error());
    QList<api::Invitation> invitations;
    for (const UserRecord &user : *invited) {
        auto expiry = m_services.tokens.pendingExpiry(TokenPurpose::Invitation, user.info.id);
        if (!expiry)
            return std::unexpected(expiry.error());
        const bool live = *expiry && **expiry > m_services.clock();
        invitations.append(invitationOf(user, live ? *expiry : std::nullopt));
    }
    return invitations;
}

Result<api::Invitation> Invitations::resend(qint64 id)
{
    auto invitation = find(id);
    if (!invitation)
        return std::unexpected(invitation.error());
    if (!*invitation)
        return std::unexpected(noInvitation().error());
    Transaction transaction(m_services.database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    return committed(transaction, mailLink(**invitation));
}

Status Invitations::revoke(qint64 id)
{
    return m_services.users.deleteInvited(id);
}

bool Invitations::linkIsValid(const QString &token)
{
    auto record = m_services.tokens.peek(TokenPurpose::Invitation, token);
    return record && record->has_value();
}

Result<qint64> Invitations::accept(const QString &token, const Result<QString> &hash)
{
    auto record = m_services.tokens.peek(TokenPurpose::Invitation, token);
    if (!record || !*record)
        return std::unexpected(record ? AccountTokens::invalidToken().error() : record.error());
    if (!hash)
        return std::unexpected(hash.error());
    Transaction transaction(m_services.database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto consumed = m_services.tokens.consume(TokenPurpose::Invitation, token);
    if (!consumed)
        return std::unexpected(consumed.error());
    auto invitation = find(consumed->userId);
    if (!invitation)
        return std::unexpected(invitation.error());
    if (!*invitation)
        return std::unexpected(AccountTokens::invalidToken().error());
    if (auto set = m_services.users.setPasswordFromLink(consumed->userId, *hash); !set)
        return std::unexpected(set.error());
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return consumed->userId;
}

Result<api::Invitation> Invitations::mailLink(const api::Invitation &invitation)
{
    auto issued = m_services.tokens.issue(TokenPurpose::Invitation, invitation.id, {}, linkValidity);
    if (!issued)
        return std::unexpected(issued.error());
    const accountMail::Recipient to {invitation.id, invitation.email, invitation.displayName,
                                     i18n::languageFromCode(invitation.language).value_or(i18n::Language::Dutch)};
    const QUrl link = accountMail::linkTo(m_services.publicUrl, u"invitation"_s, issued->token);
    auto queued = m_services.outbox.enqueue(accountMail::invitation(to, invitation.role, link, issued->expiresAt));
    if (!queued)
        return std::unexpected(queued.error());
    api::Invitation sent = invitation;
    sent.expiresAt = issued->expiresAt;
    return sent;
}

// The invited account with this id, with its link's expiry; nothing when there is none or it is active.
Result<std::optional<api::Invitation>> Invitations::find(qint64 id)
{
    auto user = m_services.users.findById(id);
    if (!user)
        return std::unexpected(user.error());
    if (!*user || !(*user)->invited)
        return std::optional<api::Invitation> {};
    auto expiry = m_services.tokens.pendingExpiry(TokenPurpose::Invitation, id);
    if (!expiry)
        return std::unexpected(expiry.error());
    return std::optional<api::Invitation> {invitationOf(**user, *expiry)};
}

} // namespace regiekamer::server
