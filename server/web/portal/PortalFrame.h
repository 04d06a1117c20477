#pragma once

#include "http/RequestContext.h"
#include "protocol/Rights.h"
#include "web/WebPage.h"

#include <QFuture>

#include <any>

namespace regiekamer::server {
class Authenticator;
class SignInController;
} // namespace regiekamer::server

// What the portal's pages share (portal/*.cpp, and the signed-in e-mail change page).
namespace regiekamer::server::web::portal {

// The layout of a signed-in page: the portal's navigation and the sign-out button.
PageFrame signedInFrame(const i18n::Catalogue &texts, const QString &title);

// Route::Prepare of a signed-in page whose form confirms an action with the account's password (field "password"):
// checked off the event loop against the session cookie's account, as a sign-in checks it (the same throttles).
QFuture<std::any> checkPagePassword(SignInController &signIn, Authenticator &authenticator,
                                    const QHttpServerRequest &request);

// The access log entry of a page about the caller's own data: the caller is its subject, `fields` what it shows.
void aboutOwnData(RequestContext &context, const QList<rights::FieldClass> &fields, qint64 rows = -1);

// Dates and times on the pages: UTC, "yyyy-MM-dd HH:mm", empty for none.
QString when(const QDateTime &at);

// The access log's and the registrations' wire words in the reader's language (unknown ones as they are):
// "Viewed: registration (refused)", "name, contact details", "awaiting approval".
QString describe(const i18n::Catalogue &texts, const api::AuditEntry &entry);
QString fieldsText(const i18n::Catalogue &texts, const QStringList &fields);
QString approvalText(const i18n::Catalogue &texts, const QString &wire);

} // namespace regiekamer::server::web::portal
