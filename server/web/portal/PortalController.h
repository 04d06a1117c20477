#pragma once

#include "http/controllers/Controller.h"
#include "i18n/Catalogue.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "web/Csrf.h"
#include "web/Html.h"

#include <QFuture>
#include <QHttpServerResponse>

#include <any>

namespace regiekamer::server {

class Authenticator;
class AuditQuery;
class Database;
class KeyStore;
class ProfileRepository;
class QuestionRepository;
class RegistrationRepository;
class RequestContext;
class SignInController;
class UserRepository;
class WebinarRepository;

namespace web {

class WebRequest;

// The viewer portal (docs/portal.md): a signed-in account's own data and nothing else, as server-rendered pages on
// the API's TLS port. Every page goes through the RequestPipeline (Access::WebPage), so the access log records it.
// Pages: sign-in, overview (own registrations and questions), profile (view and edit), who accessed my data, the
// JSON download of everything held about the account (GDPR articles 15 and 20), and deleting the account (article
// 17; storage/AccountErasure.h).
class PortalController final : public Controller
{
public:
    struct Services
    {
        Database &database;
        KeyStore &keys;
        UserRepository &users;
        ProfileRepository &profiles;
        WebinarRepository &webinars;
        RegistrationRepository &registrations;
        QuestionRepository &questions;
        AuditQuery &auditQuery;
        SignInController &signIn;
        Authenticator &authenticator;
    };

    explicit PortalController(Services services);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse signInPage(RequestContext &context);
    QHttpServerResponse signIn(RequestContext &context);
    QHttpServerResponse signOut(RequestContext &context);
    QHttpServerResponse overview(RequestContext &context);
    QHttpServerResponse profilePage(RequestContext &context);
    QHttpServerResponse saveProfile(RequestContext &context);
    QHttpServerResponse accessPage(RequestContext &context);
    QHttpServerResponse exportData(RequestContext &context);
    QHttpServerResponse deletePage(RequestContext &context);
    QHttpServerResponse deleteAccount(RequestContext &context);

    // Route::Prepare of the sign-in and of the deletion: the password check off the event loop.
    QFuture<std::any> checkSignInPassword(const QHttpServerRequest &request);
    QFuture<std::any> checkOwnPassword(const QHttpServerRequest &request);

    QHttpServerResponse signInForm(WebRequest &web, const QString &email, const QStringList &errors,
                                   QHttpServerResponse::StatusCode status);
    QHttpServerResponse profileForm(WebRequest &web, const QStringList &errors, const QString &notice,
                                    QHttpServerResponse::StatusCode status);
    QHttpServerResponse deleteForm(WebRequest &web, const QStringList &errors, QHttpServerResponse::StatusCode status);
    void registrationsTable(Html &content, const i18n::Catalogue &texts, const QList<api::Registration> &registrations);
    void questionsTable(Html &content, const i18n::Catalogue &texts, const QList<api::Question> &questions);
    QString webinarTitle(qint64 webinarId);
    static QString answerText(const i18n::Catalogue &texts, const api::QuestionFields &fields);

    Services m_services;
    CsrfGuard m_csrf;
};

} // namespace web
} // namespace regiekamer::server
