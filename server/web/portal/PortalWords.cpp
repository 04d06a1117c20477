#include "web/portal/PortalFrame.h"

namespace regiekamer::server::web::portal {

using namespace Qt::StringLiterals;

namespace {

struct Word
{
    const char *wire;
    const char *text;
};

// The words of the access log's actions, objects and outcomes on the page; unknown ones are shown as logged.
constexpr Word actions[] {
    {"read", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Viewed")},
    {"update", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Changed")},
    {"create", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Created")},
    {"delete", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Deleted")},
    {"export", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Downloaded")},
    {"moderate", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Moderated")},
    {"login", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Signed in")},
    {"login_failed", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Sign-in failed")},
    {"logout", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Signed out")},
    {"password_reset", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Password reset")},
    {"sign_up", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Registered")},
    {"email_change", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "E-mail address change")},
    {"join", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Join link")},
    {"presence", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Present in the room")},
    {"leave", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Left the room")},
    {"remove_from_room", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Sent out of the room")},
    {"ban", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Banned")},
    {"unban", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "Ban lifted")},
};
constexpr Word objects[] {
    {"registration", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "registration")},
    {"question", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "question")},
    {"own_profile", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "profile")},
    {"own_data", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "your data")},
    {"access_log", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "access log")},
    {"session", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "session")},
    {"account", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "account")},
    {"webinar", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "webinar")},
};
constexpr Word fieldClasses[] {
    {"identity", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "name")},
    {"contact", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "contact details")},
    {"profile", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "profile")},
    {"registration", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "registration")},
    {"attendance", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "attendance")},
    {"questions", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "questions")},
    {"consent", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "consent")},
};
constexpr Word approvalStates[] {
    {"pending", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "awaiting approval")},
    {"approved", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "approved")},
    {"rejected", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "rejected")},
    {"waitlisted", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "on the waiting list")},
};
constexpr Word outcomes[] {
    {"denied", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "refused")},
    {"rejected", QT_TRANSLATE_NOOP("regiekamer::server::web::Portal", "not carried out")},
};

template<std::size_t N> QString wordFor(const i18n::Catalogue &t, const Word (&words)[N], const QString &wire)
{
    for (const Word &word : words)
        if (wire == QLatin1StringView(word.wire))
            return t.translate("regiekamer::server::web::Portal", word.text);
    return wire;
}

} // namespace

QString describe(const i18n::Catalogue &t, const api::AuditEntry &entry)
{
    QString text = wordFor(t, actions, entry.action) + u": "_s + wordFor(t, objects, entry.objectType);
    if (entry.outcome != QLatin1StringView(api::auditOutcome::allowed))
        text += u" ("_s + wordFor(t, outcomes, entry.outcome) + u')';
    return text;
}

QString fieldsText(const i18n::Catalogue &t, const QStringList &fields)
{
    QStringList texts;
    for (const QString &field : fields)
        texts.append(wordFor(t, fieldClasses, field));
    return texts.join(u", "_s);
}

QString approvalText(const i18n::Catalogue &t, const QString &wire)
{
    return wordFor(t, approvalStates, wire);
}

} // namespace regiekamer::server::web::portal
