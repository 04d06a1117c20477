#include "web/WebPage.h"

#include "base/ApiError.h"
#include "http/Cookies.h"
#include "http/RequestContext.h"
#include "web/Csrf.h"
#include "web/WebResponses.h"

#include <QHttpHeaders>
#include <QUrlQuery>

namespace regiekamer::server::web {

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;

PageLanguage languageOf(const QHttpServerRequest &request)
{
    if (const auto chosen = i18n::languageFromCode(QUrlQuery(request.url()).queryItemValue(u"lang"_s));
        chosen && QUrlQuery(request.url()).queryItemValue(u"lang"_s).size() == 2)
        return {*chosen, true};
    if (const auto remembered = i18n::languageFromCode(QString::fromLatin1(http::cookie(request, "regiekamer_lang"))))
        return {*remembered, false};
    return {i18n::fromAcceptLanguage(request.headers().value(QHttpHeaders::WellKnownHeader::AcceptLanguage)), false};
}

WebRequest::WebRequest(RequestContext &context, const CsrfGuard &csrf)
    : m_context(context)
    , m_csrf(csrf)
    , m_language(languageOf(context.request()))
    , m_preSession(http::cookie(context.request(), CsrfGuard::preSessionCookieName))
{
}

bool WebRequest::signedIn() const
{
    return m_context.hasCaller();
}

QString WebRequest::csrfToken()
{
    if (signedIn())
        return m_csrf.tokenForSession(m_context.sessionTokenHash());
    if (m_preSession.size() < 32) {
        m_preSession = CsrfGuard::newPreSessionValue();
        m_preSessionIsNew = true;
    }
    return m_csrf.tokenForPreSession(m_preSession);
}

Result<FormBody> WebRequest::postedForm(FormBody::Limits limits)
{
    auto form = FormBody::parse(m_context.request(), limits);
    const QString given = form ? form->value(QString::fromLatin1(CsrfGuard::fieldName)) : QString();
    const QString expected =
        signedIn() ? m_csrf.tokenForSession(m_context.sessionTokenHash()) : m_csrf.tokenForPreSession(m_preSession);
    if (!CsrfGuard::matches(expected, given))
        return fail(QString::fromLatin1(api::errc::forbidden), u"The form's CSRF token is missing or wrong."_s);
    return form;
}

QHttpServerResponse WebRequest::finish(QHttpServerResponse response) const
{
    if (m_language.chosenNow)
        addCookie(response, languageCookie(m_language.language));
    if (m_preSessionIsNew)
        addCookie(response, preSessionCookie(m_preSession));
    return response;
}

QHttpServerResponse WebRequest::page(const PageFrame &frame, const Html &content, StatusCode status)
{
    return finish(htmlDocument(render(frame, content), status));
}

QHttpServerResponse WebRequest::forbidden()
{
    const i18n::Catalogue &t = texts();
    Html content;
    content
        .element("p",
                 t.translate("regiekamer::server::web::Layout",
                             "This form has expired or did not come from this site, so nothing was changed."))
        .markup("<p><a href=\"")
        .text(m_context.request().url().path())
        .markup("\">")
        .text(t.translate("regiekamer::server::web::Layout", "Open the page again and try once more."))
        .markup("</a></p>");
    return page({t.translate("regiekamer::server::web::Layout", "Not allowed"), {}, {}, {}, {}}, content,
                StatusCode::Forbidden);
}

QHttpServerResponse WebRequest::redirectDenied(const QString &path)
{
    m_context.countRefusalAsDenied();
    return finish(redirect(path));
}

void inputField(Html &html, const InputSpec &spec)
{
    const QString name = QString::fromLatin1(spec.name);
    html.markup("<div class=\"field\"><label for=\"").text(name).markup("\">").text(spec.label).markup("</label>");
    html.markup("<input id=\"").text(name).markup("\" name=\"").text(name).markup("\" type=\"");
    html.text(QString::fromLatin1(spec.type)).markup("\" autocomplete=\"").text(QString::fromLatin1(spec.autocomplete));
    html.markup("\" value=\"").text(spec.value).markup("\"");
    if (!spec.hint.isEmpty())
        html.markup(" aria-describedby=\"").text(name).markup("-hint\"");
    if (!spec.error.isEmpty())
        html.markup(" aria-invalid=\"true\" aria-errormessage=\"").text(name).markup("-error\"");
    html.markup(">");
    if (!spec.hint.isEmpty())
        html.markup("<p class=\"hint\" id=\"").text(name).markup("-hint\">").text(spec.hint).markup("</p>");
    if (!spec.error.isEmpty())
        html.markup("<p class=\"field-error\" id=\"").text(name).markup("-error\">").text(spec.error).markup("</p>");
    html.markup("</div>");
}

void checkbox(Html &html, const char *name, const QString &label, bool checked)
{
    const QString id = QString::fromLatin1(name);
    html.markup("<div class=\"field check\"><input type=\"checkbox\" id=\"").text(id).markup("\" name=\"").text(id);
    if (checked)
        html.markup("\" value=\"1\" checked>");
    else
        html.markup("\" value=\"1\">");
    html.markup("<label for=\"").text(id).markup("\">").text(label).markup("</label></div>");
}

void tableStart(Html &html, const QStringList &columnHeadings)
{
    html.markup("<table><thead><tr>");
    for (const QString &heading : columnHeadings)
        html.markup("<th scope=\"col\">").text(heading).markup("</th>");
    html.markup("</tr></thead><tbody>");
}

void formStart(Html &html, const QString &action, const QString &csrfToken)
{
    html.markup("<form method=\"post\" action=\"").text(action).markup("\">");
    html.markup("<input type=\"hidden\" name=\"").text(QString::fromLatin1(CsrfGuard::fieldName));
    html.markup("\" value=\"").text(csrfToken).markup("\">");
}

void formEnd(Html &html, const QString &label)
{
    html.markup("<div class=\"actions\"><button type=\"submit\">").text(label).markup("</button></div></form>");
}

void linkParagraph(Html &html, const char *path, const QString &text)
{
    html.markup("<p><a href=\"").text(QString::fromLatin1(path)).markup("\">").text(text).markup("</a></p>");
}

} // namespace regiekamer::server::web
