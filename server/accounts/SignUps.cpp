#include "accounts/SignUps.h"

#include "accounts/AccountMail.h"
#include "accounts/JoinLinks.h"
#include "accounts/TokenPayload.h"
#include "audit/AuditLog.h"
#include "auth/AccountTokens.h"
#include "auth/AddressThrottle.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "mail/Outbox.h"
#include "protocol/AuditEntry.h"
#include "storage/ProfileRepository.h"
#include "storage/RegistrationRepository.h"
#include "storage/UserRepository.h"
#include "storage/WebinarRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr char payloadPurpose[] = "registration";

QJsonObject payloadOf(const api::SignUpRequest &request, const QString &email)
{
    return {{"webinarId"_L1, request.webinarId},      {"fullName"_L1, request.fullName}, {"email"_L1, email},
            {"company"_L1, request.company},          {"jobTitle"_L1, request.jobTitle}, {"phone"_L1, request.phone},
            {"consent"_L1, request.consent.toJson()}, {"language"_L1, request.language}};
}

api::AuditEntry signUpEntry(const api::SignUpRequest &request, qint64 userId, const QString &client,
                            const QString &reason)
{
    api::AuditEntry entry;
    entry.actorRole = u"system"_s;
    entry.clientAddress = client;
    entry.action = QString::fromLatin1(api::auditAction::signUp);
    entry.objectType = u"webinar"_s;
    entry.objectId = request.webinarId;
    entry.webinarId = request.webinarId;
    entry.subjectUserId = userId;
    entry.outcome = QString::fromLatin1(api::auditOutcome::allowed);
    entry.reason = reason;
    return entry;
}

bool isOpen(const std::optional<api::WebinarDetail> &webinar)
{
    return webinar && isOpenForRegistration(webinar->summary.state);
}

// An existing account the address's owner may register with: an active viewer account.
bool isViewerAccount(const UserRecord &user)
{
    return user.info.role == Role::Viewer && !user.disabled && !user.invited;
}

} // namespace

struct SignUps::Details
{
    api::SignUpRequest request; // webinarId, the person's details, consent and language as the form gave them
    api::WebinarSummary webinar;
};

SignUps::SignUps(AccountServices services, AddressThrottle &requestsPerNetwork, Targets targets, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_requestsPerNetwork(requestsPerNetwork)
    , m_targets(targets)
    , m_pending(this, [this](const Pending &pending) {
        if (auto done = processOne(pending); !done)
            qWarning("Registration link not sent: %s", qUtf8Printable(done.error().message));
    })
{
}

SignUps::Answer SignUps::request(const api::SignUpRequest &request, const QHostAddress &client)
{
    if (m_requestsPerNetwork.lockedFor(client))
        return Answer::TooMany;
    if (!UserRepository::validateEmail(UserRepository::normaliseEmail(request.email)))
        return Answer::BadAddress;
    auto webinar = m_targets.webinars.find(request.webinarId);
    if (!webinar || !isOpen(*webinar))
        return Answer::NotOpen;
    if (!m_pending.push({request, client.toString()}))
        return Answer::TooMany;
    m_requestsPerNetwork.recordFailure(client);
    return Answer::Queued;
}

// Nothing is sent past the limit per address and webinar, or to an address of a staff account: the requester was
// answered already, and the access log has what happened.
Status SignUps::processOne(const Pending &pending)
{
    const api::SignUpRequest &request = pending.request;
    const QString email = UserRepository::normaliseEmail(request.email);
    Transaction transaction(m_services.database);
    if (!transaction.started())
        return transaction.started();
    auto webinar = m_targets.webinars.find(request.webinarId);
    auto user = m_services.users.findByEmail(email);
    auto index = m_services.cipher.emailIndex(email + u"\nwebinar "_s + QString::number(request.webinarId));
    if (const auto error = firstError(webinar, user, index))
        return std::unexpected(*error);
    if (!isOpen(*webinar))
        return {};
    const qint64 userId = *user ? (*user)->info.id : 0;
    const auto skip = [&](const QString &reason) -> Status {
        auto logged = m_services.auditLog.append(signUpEntry(request, userId, pending.client, reason));
        return logged ? transaction.commit() : Status(std::unexpected(logged.error()));
    };
    if (*user && !isViewerAccount(**user))
        return skip(u"address of an account that cannot register; nothing sent"_s);
    auto recent =
        m_services.tokens.issuedSince(TokenPurpose::Registration, 0, *index, m_services.clock().addSecs(-3600));
    if (!recent)
        return std::unexpected(recent.error());
    if (*recent >= perAddressPerHour)
        return skip(u"limit per address reached"_s);
    auto payload = tokenPayload::seal(m_services.cipher, payloadOf(request, email), payloadPurpose);
    if (!payload)
        return std::unexpected(payload.error());
    auto issued = m_services.tokens.issue(TokenPurpose::Registration, 0, *index, linkValidity, *payload);
    if (!issued)
        return std::unexpected(issued.error());
    const accountMail::Recipient to {userId, email, *user ? (*user)->info.displayName : request.fullName,
                                     i18n::languageFromCode(request.language).value_or(i18n::Language::Dutch)};
    auto queued = m_services.outbox.enqueue(accountMail::signUpVerification(
        to, (*webinar)->summary.title, accountMail::linkTo(m_services.publicUrl, u"registration"_s, issued->token),
        issued->expiresAt));
    if (!queued)
        return std::unexpected(queued.error());
    if (auto logged = m_services.auditLog.append(signUpEntry(request, userId, pending.client, u"link mailed"_s));
        !logged)
        return std::unexpected(logged.error());
    return transaction.commit();
}

Result<std::optional<SignUps::Details>> SignUps::detailsOf(const QString &token)
{
    auto record = m_services.tokens.peek(TokenPurpose::Registration, token);
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return std::optional<Details> {};
    auto payload = tokenPayload::open(m_services.cipher, (*record)->payload, payloadPurpose);
    if (!payload)
        return std::unexpected(payload.error());
    auto request = api::SignUpRequest::fromJson(*payload);
    if (!request)
        return std::unexpected(request.error());
    auto webinar = m_targets.webinars.find(request->webinarId);
    if (!webinar)
        return std::unexpected(webinar.error());
    if (!*webinar)
        return std::optional<Details> {};
    return std::optional<Details> {Details {*request, (*webinar)->summary}};
}

Result<std::optional<SignUps::Preview>> SignUps::preview(const QString &token)
{
    auto details = detailsOf(token);
    if (!details || !*details)
        return details ? Result<std::optional<Preview>>(std::optional<Preview> {})
                       : Result<std::optional<Preview>>(std::unexpected(details.error()));
    auto user = m_services.users.findByEmail((*details)->request.email);
    if (!user)
        return std::unexpected(user.error());
    return std::optional<Preview> {Preview {(*details)->webinar, (*details)->request.fullName, !user->has_value()}};
}

// The address's viewer account, or a new one with the chosen password and the form's details.
Result<qint64> SignUps::accountFor(const Details &details, const Result<QString> &hash, bool &created)
{
    const api::SignUpRequest &request = details.request;
    auto user = m_services.users.findByEmail(request.email);
    if (!user)
        return std::unexpected(user.error());
    if (*user) {
        if (!isViewerAccount(**user))
            return std::unexpected(conflict(u"This address belongs to an account that cannot register."_s));
        return (*user)->info.id;
    }
    if (!hash)
        return std::unexpected(hash.error());
    NewUser account {request.email, request.fullName, Role::Viewer, QString(), *hash, 0, request.language, false, true};
    auto id = m_services.users.create(account);
    if (!id)
        return id;
    if (auto stored = m_targets.profiles.store(*id, request.phone, request.company, request.jobTitle, request.consent,
                                               m_services.clock());
        !stored)
        return std::unexpected(stored.error());
    created = true;
    return id;
}

Result<api::SignUpResult> SignUps::confirm(const QString &token, const Result<QString> &hash)
{
    auto details = detailsOf(token);
    if (!details || !*details)
        return std::unexpected(details ? AccountTokens::invalidToken().error() : details.error());
    if (!isOpenForRegistration((*details)->webinar.state))
        return std::unexpected(conflict(u"Registration for this webinar has closed."_s));
    Transaction transaction(m_services.database); // a savepoint inside the request's transaction
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    bool created = false;
    auto userId = accountFor(**details, hash, created);
    if (!userId)
        return std::unexpected(userId.error());
    if (auto consumed = m_services.tokens.consume(TokenPurpose::Registration, token); !consumed)
        return std::unexpected(consumed.error());
    api::UserInfo viewer;
    viewer.id = *userId;
    auto registration =
        m_targets.registrations.create((*details)->request.webinarId, viewer, (*details)->request.consent);
    if (!registration)
        return std::unexpected(registration.error());
    auto stored = m_targets.registrations.find(*registration);
    if (!stored || !*stored || !(*stored)->registration.registration)
        return std::unexpected(stored ? notFound() : stored.error());
    if (auto mailed = m_targets.joinLinks.send(*registration); !mailed)
        return std::unexpected(mailed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return api::SignUpResult {*userId, *registration, (*details)->request.webinarId,
                              (*stored)->registration.registration->approvalState, created};
}

} // namespace regiekamer::server
