#pragma once

#include "base/Result.h"
#include "protocol/Session.h"

namespace regiekamer::server {

struct ActiveSession;
class SecondFactors;
class SessionStore;
class UserRepository;

// A session's caller: the (enabled) account behind a bearer token, and the token's hash (which event streams keep);
// what its second factor allows (docs/security.md "Second factor").
struct Caller
{
    api::UserInfo user;
    QString tokenHash;
    // The policy covers the account's role and it has no active second factor: only enrolment is served.
    bool enrolmentOnly = false;
    // The account has an active second factor: sensitive routes need a step-up in force.
    bool hasSecondFactor = false;
    QDateTime stepUpUntil; // invalid: none
};

// Who is calling: the session of a bearer token and its account, which must exist and be enabled.
class Authenticator
{
public:
    // factors: nullptr when second factors are not served (then no caller is limited by them).
    Authenticator(SessionStore &sessions, UserRepository &users, SecondFactors *factors = nullptr);

    // touch refreshes the session's idle expiry (API requests do, event streams do not).
    Result<Caller> authenticate(const QString &token, bool touch);
    // The same for a stored token hash (open event streams), without refreshing the idle expiry.
    Result<Caller> authenticateHash(const QString &tokenHash);

private:
    Result<Caller> callerFor(const ActiveSession &session);

    SessionStore &m_sessions;
    UserRepository &m_users;
    SecondFactors *m_factors;
};

} // namespace regiekamer::server
