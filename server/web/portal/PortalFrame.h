#pragma once

#include "http/RequestContext.h"
#include "protocol/Rights.h"
#include "web/WebPage.h"

// What the portal's pages share (portal/*.cpp only).
namespace regiekamer::server::web::portal {

// The layout of a signed-in page: the portal's navigation and the sign-out button.
PageFrame signedInFrame(const i18n::Catalogue &texts, const QString &title);

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
