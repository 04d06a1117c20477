#pragma once

#include "http/controllers/Controller.h"

#include <QFuture>
#include <QHttpServerResponse>

#include <any>

namespace regiekamer::server {

class Authenticator;
class EmailChanges;
class PasswordCheckPool;
class RequestContext;
class SignInController;
class SignUps;

// What a person does for themselves through links in mail (docs/accounts.md): registering for a webinar open for
// registration and confirming it with the mailed link; changing the own account's address (with its password),
// confirming it from the new address, and reporting it from the old one.
class SelfServiceController final : public Controller
{
public:
    struct Services
    {
        SignUps &signUps;
        EmailChanges &emailChanges;
        SignInController &signIn;
        Authenticator &authenticator;
        PasswordCheckPool &passwords;
    };

    explicit SelfServiceController(Services services);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse signUp(RequestContext &context);
    QHttpServerResponse confirmSignUp(RequestContext &context);
    QHttpServerResponse requestEmailChange(RequestContext &context);
    QHttpServerResponse confirmEmailChange(RequestContext &context);
    QHttpServerResponse reportEmailChange(RequestContext &context);
    QFuture<std::any> checkCallerPassword(const QHttpServerRequest &request);
    QFuture<std::any> hashPassword(const QHttpServerRequest &request);

    Services m_services;
};

} // namespace regiekamer::server
