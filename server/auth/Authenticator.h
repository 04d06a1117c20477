#pragma once

#include "base/Result.h"
#include "protocol/Session.h"

namespace regiekamer::server {

struct ActiveSession;
class SessionStore;
class UserRepository;

// A session's caller: the (enabled) account behind a bearer token, and the token's hash (which event streams keep).
struct Caller
{
    api::UserInfo user;
    QString tokenHash;
};

// Who is calling: the session of a bearer token and its account, which must exist and be enabled.
class Authenticator
{
public:
    Authenticator(SessionStore &sessions, UserRepository &users);

    // touch refreshes the session's idle expiry (API requests do, event streams do not).
    Result<Caller> authenticate(const QString &token, bool touch);
    // The same for a stored token hash (open event streams), without refreshing the idle expiry.
    Result<Caller> authenticateHash(const QString &tokenHash);

private:
    Result<Caller> callerFor(const ActiveSession &session);

    SessionStore &m_sessions;
    UserRepository &m_users;
};

} // namespace regiekamer::server
