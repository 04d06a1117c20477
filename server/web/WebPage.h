#pragma once

#include "base/Result.h"
#include "i18n/Catalogue.h"
#include "web/FormBody.h"
#include "web/Html.h"

#include <QHttpServerResponse>
#include <QList>
#include <QStringList>

namespace regiekamer::server {
class RequestContext;
}

// A web page's request and its answer in the common layout (docs/portal.md): the reader's language, the CSRF
// token of its forms, the checked form body, and the document with the layout's accessibility parts (lang, title,
// skip link, language switch, error summary with role="alert", visible focus from the stylesheet).
namespace regiekamer::server::web {

class CsrfGuard;

struct NavLink
{
    QString path;
    QString label;
};

// What a page shows around its content.
struct PageFrame
{
    QString title; // the h1 and the document title
    QList<NavLink> nav; // the site's navigation; the link to the current path is marked aria-current="page"
    QString signOutAction; // a sign-out button posting here (with the CSRF token), none when empty
    QString notice; // a confirmation above the content (role="status")
    QStringList errors; // the error summary above the content (role="alert"), none when empty
};

// The language of a request: ?lang=nl|en (then remembered in the regiekamer_lang cookie), else that cookie, else
// Accept-Language, else Dutch.
struct PageLanguage
{
    i18n::Language language = i18n::Language::Dutch;
    bool chosenNow = false; // from ?lang: the answer sets the cookie
};
PageLanguage languageOf(const QHttpServerRequest &request);

// One page request, made by its handler from the pipeline's RequestContext.
class WebRequest
{
public:
    WebRequest(RequestContext &context, const CsrfGuard &csrf);

    RequestContext &context() { return m_context; }
    i18n::Language language() const { return m_language.language; }
    const i18n::Catalogue &texts() const { return i18n::Catalogue::of(m_language.language); }
    bool signedIn() const;

    // The CSRF token for this page's forms: bound to the session, or to the pre-session cookie (made when missing,
    // and set by the answer).
    QString csrfToken();
    // The posted form when its CSRF token is right: "forbidden" for a missing or wrong token (answer forbidden()),
    // "bad_request" for a body FormBody refuses.
    Result<FormBody> postedForm(FormBody::Limits limits = {});

    // The page in the layout, with the cookies this request sets.
    QHttpServerResponse page(const PageFrame &frame, const Html &content,
                             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
    // 403: the form's token was missing or wrong; nothing was changed.
    QHttpServerResponse forbidden();
    // 303 to `path`, counted as denied in the access log (a page that needs a session, without one).
    QHttpServerResponse redirectDenied(const QString &path);
    // Adds the cookies this request sets (language, pre-session) to any answer.
    QHttpServerResponse finish(QHttpServerResponse response) const;

private:
    QString render(const PageFrame &frame, const Html &content);

    RequestContext &m_context;
    const CsrfGuard &m_csrf;
    PageLanguage m_language;
    QByteArray m_preSession; // the pre-session cookie's value
    bool m_preSessionIsNew = false;
};

// Form controls with their labels tied to them. `error`, when not empty, is shown under the control, which is then
// aria-invalid and described by it.
struct InputSpec
{
    const char *name; // also the id
    QString label;
    QString value;
    const char *type = "text";
    const char *autocomplete = "off";
    QString error;
    QString hint;
};
void inputField(Html &html, const InputSpec &spec);
void checkbox(Html &html, const char *name, const QString &label, bool checked);
// <table><thead> with one column heading (scope="col") per entry, then <tbody>; close with markup("</tbody></table>").
void tableStart(Html &html, const QStringList &columnHeadings);
// <form method="post" action="…"> and the hidden CSRF field; close with markup("</form>").
void formStart(Html &html, const QString &action, const QString &csrfToken);
// The end of a form with one submit button labelled `label`: the actions row and </form>.
void formEnd(Html &html, const QString &label);
// <p><a href="path">text</a></p>: the way on from a page.
void linkParagraph(Html &html, const char *path, const QString &text);

} // namespace regiekamer::server::web
