#include "http/RequestContext.h"
#include "web/WebPage.h"
#include "web/WebPaths.h"
#include "web/WebResponses.h"

#include <QUrlQuery>

namespace regiekamer::server::web {

using namespace Qt::StringLiterals;

namespace {

// The same page in the other language. A link's page keeps its token, so that switching does not lose the form.
void languageSwitch(Html &html, const QUrl &url, i18n::Language current)
{
    const QString token = QUrlQuery(url).queryItemValue(u"token"_s);
    const QString path = url.path();
    html.markup("<nav class=\"languages\" aria-label=\"Taal / Language\"><ul>");
    const std::pair<i18n::Language, const char *> choices[] {{i18n::Language::Dutch, "Nederlands"},
                                                             {i18n::Language::English, "English"}};
    for (const auto &[language, name] : choices) {
        const QString code = i18n::languageCode(language);
        const QString query = u"?lang="_s + code + (token.isEmpty() ? QString() : u"&token="_s + token);
        html.markup("<li><a href=\"").text(path + query).markup("\" hreflang=\"").text(code);
        html.markup("\" lang=\"").text(code).markup("\"");
        if (language == current)
            html.markup(" aria-current=\"true\"");
        html.markup(">").text(QString::fromLatin1(name)).markup("</a></li>");
    }
    html.markup("</ul></nav>");
}

void navigation(Html &html, const QList<NavLink> &links, const QString &path, const QString &label)
{
    if (links.isEmpty())
        return;
    html.markup("<nav aria-label=\"").text(label).markup("\"><ul>");
    for (const NavLink &link : links) {
        html.markup("<li><a href=\"").text(link.path).markup("\"");
        if (link.path == path)
            html.markup(" aria-current=\"page\"");
        html.markup(">").text(link.label).markup("</a></li>");
    }
    html.markup("</ul></nav>");
}

void errorSummary(Html &html, const QStringList &errors, const QString &heading)
{
    if (errors.isEmpty())
        return;
    html.markup("<div class=\"errors\" role=\"alert\"><h2>").text(heading).markup("</h2><ul>");
    for (const QString &error : errors)
        html.element("li", error);
    html.markup("</ul></div>");
}

} // namespace

QString WebRequest::render(const PageFrame &frame, const Html &content)
{
    const i18n::Catalogue &t = texts();
    const QString path = m_context.request().url().path();
    Html html;
    html.markup("<!DOCTYPE html><html lang=\"").text(i18n::languageCode(language())).markup("\"><head>");
    html.markup("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    html.markup("<title>").text(frame.title + u" – Regiekamer"_s).markup("</title>");
    html.markup("<link rel=\"stylesheet\" href=\"").text(QString::fromLatin1(path::stylesheet)).markup("\"></head>");
    html.markup("<body><a class=\"skip\" href=\"#main\">")
        .text(t.translate("regiekamer::server::web::Layout", "Skip to content"))
        .markup("</a><header><span class=\"brand\">Regiekamer</span>");
    navigation(html, frame.nav, path, t.translate("regiekamer::server::web::Layout", "Portal"));
    html.markup("<div class=\"tools\">");
    languageSwitch(html, m_context.request().url(), language());
    if (!frame.signOutAction.isEmpty()) {
        formStart(html, frame.signOutAction, csrfToken());
        html.markup("<button type=\"submit\">")
            .text(t.translate("regiekamer::server::web::Layout", "Sign out"))
            .markup("</button></form>");
    }
    html.markup("</div></header><main id=\"main\" tabindex=\"-1\">").element("h1", frame.title);
    errorSummary(html, frame.errors, t.translate("regiekamer::server::web::Layout", "There is a problem"));
    if (!frame.notice.isEmpty())
        html.markup("<p class=\"notice\" role=\"status\">").text(frame.notice).markup("</p>");
    html.append(content).markup("</main></body></html>");
    return html.toString();
}

} // namespace regiekamer::server::web
