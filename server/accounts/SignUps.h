#pragma once

#include "accounts/AccountServices.h"
#include "accounts/AfterAnswerQueue.h"
#include "base/Result.h"
#include "protocol/SelfService.h"
#include "protocol/Webinar.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <chrono>
#include <optional>

namespace regiekamer::server {

class AddressThrottle;
class JoinLinks;
class ProfileRepository;
class RegistrationRepository;
class WebinarRepository;

// Self-registration for a webinar open for registration (docs/accounts.md "Self-registration"). The form is answered
// at once and the same way whether or not the address has an account; the lookup, the link and the mail happen
// after the answer (AfterAnswerQueue), as for password resets. Nothing about the person is stored but the link's sealed
// record until the link mailed to the address confirms it: then the viewer account (new, with the password chosen
// on that page, or the address's existing viewer account) and the registration are made, pending where the
// webinar requires approval. An approved registration gets its personal join link by mail (JoinLinks).
class SignUps : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::hours linkValidity {24};
    static constexpr int perAddressPerHour = 3; // links per address and webinar

    struct Targets
    {
        RegistrationRepository &registrations;
        WebinarRepository &webinars;
        ProfileRepository &profiles;
        JoinLinks &joinLinks;
    };

    SignUps(AccountServices services, AddressThrottle &requestsPerNetwork, Targets targets, QObject *parent = nullptr);

    enum class Answer { Queued, NotOpen, BadAddress, TooMany };
    // Queues the request (only the webinar is looked at, which is public; the rest runs once the answer has left,
    // AfterAnswerQueue). TooMany: the client's network asked too often; NotOpen: no webinar with that id is open for
    // registration.
    Answer request(const api::SignUpRequest &request, const QHostAddress &client);

    // What the link's page shows: nothing for an unknown, used, expired or replaced link.
    struct Preview
    {
        api::WebinarSummary webinar;
        QString fullName;
        bool needsPassword = false; // the address has no account yet
    };
    Result<std::optional<Preview>> preview(const QString &token);
    // Inside the caller's transaction: uses the link up, makes the account (with the password's hash, made off the
    // event loop by the caller; not used when the address has an account) where the address has none, and the
    // registration. "invalid_token"; the hash's own error for a new account (such as "bad_request" for a password
    // outside the rule); "conflict" when the webinar closed, the address belongs to staff, or the account is
    // registered already.
    Result<api::SignUpResult> confirm(const QString &token, const Result<QString> &hash);

private:
    struct Pending
    {
        api::SignUpRequest request;
        QString client;
    };
    struct Details;

    Status processOne(const Pending &pending);
    Result<std::optional<Details>> detailsOf(const QString &token);
    Result<qint64> accountFor(const Details &details, const Result<QString> &hash, bool &created);

    AccountServices m_services;
    AddressThrottle &m_requestsPerNetwork;
    Targets m_targets;
    AfterAnswerQueue<Pending> m_pending;
};

} // namespace regiekamer::server
