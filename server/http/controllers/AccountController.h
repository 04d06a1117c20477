#pragma once

#include "base/Result.h"
#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/Rights.h"
#include "protocol/StaffAccount.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class PasswordHasher;
class ProfileRepository;
class RequestContext;
class UserRepository;

// Accounts (/api/v1/users: staff accounts, the administrator's) and a viewer's own profile (/api/v1/me/profile).
class AccountController final : public Controller
{
public:
    AccountController(UserRepository &users, ProfileRepository &profiles, const PasswordHasher &hasher,
                      ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse create(RequestContext &context);
    QHttpServerResponse get(RequestContext &context);
    QHttpServerResponse patch(RequestContext &context);
    QHttpServerResponse getProfile(RequestContext &context);
    QHttpServerResponse patchProfile(RequestContext &context);
    // The account of the path, when the caller may do `action` to it.
    Result<api::StaffAccount> accountFor(RequestContext &context, rights::Action action);

    UserRepository &m_users;
    ProfileRepository &m_profiles;
    const PasswordHasher &m_hasher;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
