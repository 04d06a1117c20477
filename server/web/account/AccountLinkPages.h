#pragma once

#include "http/controllers/Controller.h"
#include "web/Csrf.h"

#include <QFuture>
#include <QHttpServerResponse>

#include <any>

namespace regiekamer::server {

class Invitations;
class PasswordCheckPool;
class PasswordResets;
class RequestContext;

namespace web {

class WebRequest;

// The token in the query of a link's page (?token=…), empty when there is none.
QString linkTokenOf(const RequestContext &context);
// Route::Prepare of a link page's form that chooses a password (fields token, password, repeat): the password hashed
// off the event loop (newPassword), unless the two fields differ. The form's CSRF token is checked by the handler; the
// pool's limit bounds what forged posts can cost.
QFuture<std::any> hashFormPassword(PasswordCheckPool &pool, const QHttpServerRequest &request);
// 400: a link that is unknown, used, expired or replaced, with the way to a new one (`retryPath`, `retryText`).
QHttpServerResponse linkNotValid(WebRequest &web, const char *retryPath, const QString &retryText);

// The pages behind the links in mail (docs/accounts.md): choosing the password of an invitation or a reset, and
// asking for a reset. Opening a link (GET) only shows the form, with the token in a hidden field; the form's POST uses
// the token up, so a mail scanner that opens every link changes nothing. No session is needed: the token is the proof.
class AccountLinkPages final : public Controller
{
public:
    AccountLinkPages(Invitations &invitations, PasswordResets &resets, PasswordCheckPool &passwords);
    void addRoutes(Router &router) override;

private:
    enum class Link { Invitation, Reset };

    QHttpServerResponse showInvitation(RequestContext &context) { return showLink(context, Link::Invitation); }
    QHttpServerResponse showReset(RequestContext &context) { return showLink(context, Link::Reset); }
    QHttpServerResponse acceptInvitation(RequestContext &context) { return completeLink(context, Link::Invitation); }
    QHttpServerResponse completeReset(RequestContext &context) { return completeLink(context, Link::Reset); }
    QHttpServerResponse showLink(RequestContext &context, Link link);
    QHttpServerResponse completeLink(RequestContext &context, Link link);
    QHttpServerResponse passwordForm(WebRequest &web, Link link, const QString &token, const QStringList &errors);
    static QHttpServerResponse invalidLink(WebRequest &web);
    QHttpServerResponse forgotPage(RequestContext &context);
    QHttpServerResponse forgot(RequestContext &context);
    QHttpServerResponse forgotForm(WebRequest &web, const QStringList &errors, const QString &notice);

    Invitations &m_invitations;
    PasswordResets &m_resets;
    PasswordCheckPool &m_passwords;
    CsrfGuard m_csrf;
};

} // namespace web
} // namespace regiekamer::server
