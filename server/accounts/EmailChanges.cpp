#include "accounts/EmailChanges.h"

#include "accounts/AccountMail.h"
#include "accounts/TokenPayload.h"
#include "auth/AccountTokens.h"
#include "auth/PasswordHasher.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "mail/Outbox.h"
#include "storage/UserRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr char confirmPurpose[] = "email_change";
constexpr char reportPurpose[] = "email_change_report";

// The details sealed in a link's record: the address it concerns.
Result<QString> addressIn(FieldCipher &cipher, const TokenRecord &record, const char *purpose)
{
    auto payload = tokenPayload::open(cipher, record.payload, purpose);
    if (!payload)
        return std::unexpected(payload.error());
    return payload->value("address"_L1).toString();
}

} // namespace

EmailChanges::EmailChanges(AccountServices services)
    : m_services(std::move(services))
{
}

Status EmailChanges::request(qint64 userId, const QString &newEmail)
{
    const QString email = UserRepository::normaliseEmail(newEmail);
    if (auto valid = UserRepository::validateEmail(email); !valid)
        return valid;
    Transaction transaction(m_services.database);
    if (!transaction.started())
        return transaction.started();
    auto user = m_services.users.findById(userId);
    auto taken = m_services.users.findByEmail(email);
    auto recent =
        m_services.tokens.issuedSince(TokenPurpose::EmailChange, userId, {}, m_services.clock().addSecs(-3600));
    if (const auto error = firstError(user, taken, recent))
        return std::unexpected(*error);
    if (!*user)
        return std::unexpected(notFound());
    const UserRecord &account = **user;
    if (email == account.info.email)
        return badRequest(u"This is already the account's address."_s);
    if (*recent >= perAccountPerHour)
        return fail(QString::fromLatin1(api::errc::tooManyAttempts),
                    u"Too many changes of address were asked for; try again in an hour."_s);
    auto confirmPayload = tokenPayload::seal(m_services.cipher, {{"address"_L1, email}}, confirmPurpose);
    auto reportPayload = tokenPayload::seal(m_services.cipher, {{"address"_L1, account.info.email}}, reportPurpose);
    if (const auto error = firstError(confirmPayload, reportPayload))
        return std::unexpected(*error);
    auto confirm = m_services.tokens.issue(TokenPurpose::EmailChange, userId, {}, confirmValidity, *confirmPayload);
    auto report = m_services.tokens.issue(TokenPurpose::EmailChangeReport, userId, {}, reportValidity, *reportPayload);
    if (const auto error = firstError(confirm, report))
        return std::unexpected(*error);
    if (!*taken) {
        auto confirmation = m_services.outbox.enqueue(accountMail::emailChangeConfirmation(
            accountMail::recipientOf(account, email),
            accountMail::linkTo(m_services.publicUrl, u"email"_s, confirm->token), confirm->expiresAt));
        if (!confirmation)
            return std::unexpected(confirmation.error());
    }
    auto notice = m_services.outbox.enqueue(accountMail::emailChangeNotice(
        accountMail::recipientOf(account), accountMail::maskedAddress(email),
        accountMail::linkTo(m_services.publicUrl, u"email-report"_s, report->token), report->expiresAt));
    if (!notice)
        return std::unexpected(notice.error());
    return transaction.commit();
}

Result<std::optional<QString>> EmailChanges::pendingAddress(const QString &token)
{
    auto record = m_services.tokens.peek(TokenPurpose::EmailChange, token);
    if (!record || !*record)
        return record ? Result<std::optional<QString>>(std::optional<QString> {})
                      : Result<std::optional<QString>>(std::unexpected(record.error()));
    auto address = addressIn(m_services.cipher, **record, confirmPurpose);
    if (!address)
        return std::unexpected(address.error());
    return std::optional<QString> {*address};
}

bool EmailChanges::reportLinkIsValid(const QString &token)
{
    auto record = m_services.tokens.peek(TokenPurpose::EmailChangeReport, token);
    return record && record->has_value();
}

Result<qint64> EmailChanges::confirm(const QString &token)
{
    Transaction transaction(m_services.database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto consumed = m_services.tokens.consume(TokenPurpose::EmailChange, token);
    if (!consumed)
        return std::unexpected(consumed.error());
    auto address = addressIn(m_services.cipher, *consumed, confirmPurpose);
    if (!address)
        return std::unexpected(address.error());
    if (auto changed = m_services.users.changeEmail(consumed->userId, *address); !changed)
        return std::unexpected(changed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return consumed->userId;
}

Result<EmailChanges::Reported> EmailChanges::report(const QString &token)
{
    Transaction transaction(m_services.database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto consumed = m_services.tokens.consume(TokenPurpose::EmailChangeReport, token);
    if (!consumed)
        return std::unexpected(consumed.error());
    auto oldAddress = addressIn(m_services.cipher, *consumed, reportPurpose);
    auto user = m_services.users.findById(consumed->userId);
    if (const auto error = firstError(oldAddress, user))
        return std::unexpected(*error);
    if (!*user)
        return std::unexpected(AccountTokens::invalidToken().error());
    if ((*user)->info.email != *oldAddress) {
        if (auto restored = m_services.users.changeEmail(consumed->userId, *oldAddress); !restored)
            return std::unexpected(restored.error());
    }
    if (auto voided = m_services.tokens.voidPending(TokenPurpose::EmailChange, consumed->userId); !voided)
        return std::unexpected(voided.error());
    // A password nobody knows (whoever asked for the change knew the old one): the hasher's hash of a random password
    // whose input was never kept. A valid hash at today's parameters, so a sign-in against it takes as long as any,
    // and no Argon2id run on the event loop here.
    auto ended = m_services.users.setPasswordFromLink(consumed->userId, m_services.hasher.dummyHash());
    if (!ended)
        return std::unexpected(ended.error());
    auto reset = m_services.tokens.issue(TokenPurpose::PasswordReset, consumed->userId, {}, std::chrono::minutes(30));
    if (!reset)
        return std::unexpected(reset.error());
    auto mailed = m_services.outbox.enqueue(accountMail::accountSecured(
        accountMail::recipientOf(**user, *oldAddress),
        accountMail::linkTo(m_services.publicUrl, u"reset"_s, reset->token), reset->expiresAt));
    if (!mailed)
        return std::unexpected(mailed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return Reported {consumed->userId, *ended};
}

} // namespace regiekamer::server
