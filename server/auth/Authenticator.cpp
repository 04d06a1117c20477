#include "auth/Authenticator.h"

#include "auth/SecondFactors.h"
#include "auth/SessionStore.h"
#include "base/ApiError.h"
#include "storage/UserRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

Authenticator::Authenticator(SessionStore &sessions, UserRepository &users, SecondFactors *factors)
    : m_sessions(sessions)
    , m_users(users)
    , m_factors(factors)
{
}

Result<Caller> Authenticator::authenticate(const QString &token, bool touch)
{
    auto session = m_sessions.validate(token, touch);
    if (!session)
        return std::unexpected(session.error());
    return callerFor(*session);
}

Result<Caller> Authenticator::authenticateHash(const QString &tokenHash)
{
    auto session = m_sessions.validateHash(tokenHash, false);
    if (!session)
        return std::unexpected(session.error());
    return callerFor(*session);
}

Result<Caller> Authenticator::callerFor(const ActiveSession &session)
{
    auto user = m_users.findById(session.userId);
    if (!user)
        return std::unexpected(user.error());
    if (!*user || (*user)->disabled)
        return fail(QString::fromLatin1(api::errc::unauthenticated), u"Missing or unknown session token."_s);
    Caller caller;
    caller.user = (*user)->info;
    caller.tokenHash = session.tokenHash;
    if (m_factors) { // read with the session (SessionStore::validateHash)
        caller.hasSecondFactor = session.secondFactorActive;
        caller.enrolmentOnly = !session.secondFactorActive && m_factors->policy().covers((*user)->info.role);
        caller.stepUpUntil = session.stepUpUntil;
    }
    return caller;
}

} // namespace regiekamer::server
