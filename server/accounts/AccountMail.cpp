#include "accounts/AccountMail.h"

#include "i18n/Catalogue.h"
#include "storage/UserRepository.h"

#include <QLocale>
#include <QUrlQuery>

namespace regiekamer::server::accountMail {

using namespace Qt::StringLiterals;
using i18n::Catalogue;

namespace {

// The parts every account mail has: a greeting, paragraphs before and after an optional link, and the closing line.
struct Body
{
    QStringList before;
    QUrl link;
    QString linkText;
    QStringList after;
};

QString timeIn(const Catalogue &catalogue, const QDateTime &time)
{
    const QLocale locale(catalogue.language() == i18n::Language::English ? QLocale::English : QLocale::Dutch);
    return locale.toString(time.toUTC(), u"d MMMM yyyy, HH:mm"_s) + u" UTC"_s;
}

QString roleName(const Catalogue &catalogue, Role role)
{
    switch (role) {
    case Role::Admin:
        return catalogue.translate("AccountMail", "administrator");
    case Role::Director:
        return catalogue.translate("AccountMail", "director");
    case Role::Moderator:
        return catalogue.translate("AccountMail", "moderator");
    case Role::ClientStaff:
        return catalogue.translate("AccountMail", "client staff");
    case Role::Viewer:
        return catalogue.translate("AccountMail", "viewer");
    }
    return {};
}

mail::OutgoingMail compose(const Recipient &to, const Catalogue &catalogue, const QString &purpose,
                           const QString &subject, const Body &body)
{
    const QString greeting = catalogue.translate("AccountMail", "Hello %1,").arg(to.displayName);
    const QString closing = catalogue.translate("AccountMail", "This message was sent automatically by Regiekamer.");
    QStringList text {greeting};
    QString html = u"<!DOCTYPE html><html lang=\"%1\"><body><p>%2</p>"_s.arg(i18n::languageCode(to.language),
                                                                             greeting.toHtmlEscaped());
    for (const QString &paragraph : body.before) {
        text << paragraph;
        html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>"_s;
    }
    if (body.link.isValid()) {
        const QString url = body.link.toString(QUrl::FullyEncoded);
        text << url;
        html += u"<p><a href=\"%1\">%2</a></p>"_s.arg(url.toHtmlEscaped(), body.linkText.toHtmlEscaped());
    }
    for (const QString &paragraph : body.after) {
        text << paragraph;
        html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>"_s;
    }
    text << closing;
    html += u"<p>"_s + closing.toHtmlEscaped() + u"</p></body></html>"_s;
    return mail::OutgoingMail {
        to.userId, purpose, to.address, i18n::languageCode(to.language), subject, text.join(u"\n\n"_s) + u'\n', html};
}

} // namespace

Recipient recipientOf(const UserRecord &user, const QString &address)
{
    return {user.info.id, address.isEmpty() ? user.info.email : address, user.info.displayName,
            i18n::languageFromCode(user.language).value_or(i18n::Language::Dutch)};
}

QUrl linkTo(const QUrl &publicUrl, const QString &page, const QString &token)
{
    QUrl link = publicUrl;
    QString path = link.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    link.setPath(path + u"/account/"_s + page);
    link.setQuery(QUrlQuery {{u"token"_s, token}});
    link.setFragment({});
    return link;
}

mail::OutgoingMail invitation(const Recipient &to, Role role, const QUrl &link, const QDateTime &expiresAt)
{
    const Catalogue &catalogue = Catalogue::of(to.language);
    Body body;
    body.before << catalogue.translate("AccountMail", "You have been invited to Regiekamer as %1.")
                       .arg(roleName(catalogue, role))
                << catalogue.translate("AccountMail", "Choose your password on this page to open your account:");
    body.link = link;
    body.linkText = catalogue.translate("AccountMail", "Choose my password");
    body.after << catalogue.translate("AccountMail", "The link works once, until %1.").arg(timeIn(catalogue, expiresAt))
               << catalogue.translate("AccountMail",
                                      "If you did not expect this invitation, ignore this mail: without a "
                                      "password the account stays closed.");
    return compose(to, catalogue, u"invitation"_s, catalogue.translate("AccountMail", "Your invitation to Regiekamer"),
                   body);
}

mail::OutgoingMail passwordReset(const Recipient &to, const QUrl &link, const QDateTime &expiresAt)
{
    const Catalogue &catalogue = Catalogue::of(to.language);
    Body body;
    body.before << catalogue.translate("AccountMail",
                                       "Someone asked for a new password for your Regiekamer account. If "
                                       "that was you, choose it on this page:");
    body.link = link;
    body.linkText = catalogue.translate("AccountMail", "Choose a new password");
    body.after << catalogue.translate("AccountMail", "The link works once, until %1.").arg(timeIn(catalogue, expiresAt))
               << catalogue.translate("AccountMail",
                                      "If you did not ask for this, ignore this mail: your password stays "
                                      "as it is.");
    return compose(to, catalogue, u"password_reset"_s, catalogue.translate("AccountMail", "A new Regiekamer password"),
                   body);
}

mail::OutgoingMail passwordChanged(const Recipient &to, const QDateTime &changedAt)
{
    const Catalogue &catalogue = Catalogue::of(to.language);
    Body body;
    body.before << catalogue
                       .translate("AccountMail",
                                  "The password of your Regiekamer account was changed on %1, and "
                                  "every session of the account was signed out.")
                       .arg(timeIn(catalogue, changedAt))
                << catalogue.translate("AccountMail",
                                       "If you did not do this, tell your Regiekamer administrator at once.");
    return compose(to, catalogue, u"notice"_s,
                   catalogue.translate("AccountMail", "Your Regiekamer password was changed"), body);
}

mail::OutgoingMail signUpVerification(const Recipient &to, const QString &webinarTitle, const QUrl &link,
                                      const QDateTime &expiresAt)
{
    const Catalogue &catalogue = Catalogue::of(to.language);
    Body body;
    body.before << catalogue.translate("AccountMail", "Someone registered this address for the webinar \"%1\".")
                       .arg(webinarTitle)
                << catalogue.translate("AccountMail", "If that was you, confirm your registration on this page:");
    body.link = link;
    body.linkText = catalogue.translate("AccountMail", "Confirm my registration");
    body.after << catalogue.translate("AccountMail", "The link works once, until %1.").arg(timeIn(catalogue, expiresAt))
               << catalogue.translate("AccountMail",
                                      "If you did not register, ignore this mail: nothing is stored without "
                                      "your confirmation.");
    return compose(to, catalogue, u"registration"_s,
                   catalogue.translate("AccountMail", "Confirm your registration for \"%1\"").arg(webinarTitle), body);
}

mail::OutgoingMail joinLink(const Recipient &to, const QString &webinarTitle, const QDateTime &startsAt,
                            const QUrl &link, const QString &reason)
{
    const Catalogue &catalogue = Catalogue::of(to.language);
    Body body;
    body.before << catalogue.translate("AccountMail", "Your registration for the webinar \"%1\" is approved.")
                       .arg(webinarTitle);
    if (!reason.isEmpty())
        body.before << catalogue.translate("AccountMail", "The director added: %1").arg(reason);
    body.before << catalogue.translate("AccountMail", "The webinar starts on %1. This is your personal entrance:")
                       .arg(timeIn(catalogue, startsAt));
    body.link = link;
    body.linkText = catalogue.translate("AccountMail", "Join the webinar");
    body.after << catalogue.translate("AccountMail",
                                      "The link is yours alone: do not pass it on. It is sent only in this "
                                      "mail; a new one makes this one stop working.");
    return compose(to, catalogue, u"join_link"_s,
                   catalogue.translate("AccountMail", "Your personal link for \"%1\"").arg(webinarTitle), body);
}

mail::OutgoingMail registrationRejected(const Recipient &to, const QString &webinarTitle, const QString &reason)
{
    const Catalogue &catalogue = Catalogue::of(to.language);
    Body body;
    body.before << catalogue.translate("AccountMail", "Your registration for the webinar \"%1\" was not approved.")
                       .arg(webinarTitle)
                << catalogue.translate("AccountMail", "The director's reason: %1").arg(reason);
    body.after << catalogue.translate("AccountMail",
                                      "If you have a question about this, reply to the organiser of "
                                      "the webinar; this mail cannot be answered.");
    return compose(to, catalogue, u"notice"_s,
                   catalogue.translate("AccountMail", "Your registration for \"%1\"").arg(webinarTitle), body);
}

mail::OutgoingMail emailChangeConfirmation(const Recipient &to, const QUrl &link, const QDateTime &expiresAt)
{
    const Catalogue &catalogue = Catalogue::of(to.language);
    Body body;
    body.before << catalogue.translate("AccountMail",
                                       "Someone asked to make this the e-mail address of a Regiekamer "
                                       "account. If that was you, confirm it on this page:");
    body.link = link;
    body.linkText = catalogue.translate("AccountMail", "Confirm my new address");
    body.after << catalogue.translate("AccountMail", "The link works once, until %1.").arg(timeIn(catalogue, expiresAt))
               << catalogue.translate("AccountMail", "If you did not ask for this, ignore this mail.");
    return compose(to, catalogue, u"email_change"_s,
                   catalogue.translate("AccountMail", "Confirm your new e-mail address"), body);
}

mail::OutgoingMail emailChangeNotice(const Recipient &to, const QString &newAddress, const QUrl &reportLink,
                                     const QDateTime &expiresAt)
{
    const Catalogue &catalogue = Catalogue::of(to.language);
    Body body;
    body.before << catalogue
                       .translate("AccountMail",
                                  "Someone asked to change the e-mail address of your Regiekamer account "
                                  "to %1. The change takes effect once it is confirmed from that address.")
                       .arg(newAddress)
                << catalogue.translate("AccountMail",
                                       "If this was not you, report it here: the change is undone, every "
                                       "session is signed out and you choose a new password.");
    body.link = reportLink;
    body.linkText = catalogue.translate("AccountMail", "This was not me");
    body.after << catalogue.translate("AccountMail", "You can report it until %1.").arg(timeIn(catalogue, expiresAt))
               << catalogue.translate("AccountMail", "If it was you, there is nothing to do.");
    return compose(to, catalogue, u"notice"_s,
                   catalogue.translate("AccountMail", "A change of your e-mail address was asked for"), body);
}

mail::OutgoingMail accountSecured(const Recipient &to, const QUrl &resetLink, const QDateTime &expiresAt)
{
    const Catalogue &catalogue = Catalogue::of(to.language);
    Body body;
    body.before << catalogue.translate("AccountMail",
                                       "You reported a change of your e-mail address that you did not ask "
                                       "for. Your account has this address again, every session was signed "
                                       "out and the old password no longer works.")
                << catalogue.translate("AccountMail", "Choose a new password on this page:");
    body.link = resetLink;
    body.linkText = catalogue.translate("AccountMail", "Choose a new password");
    body.after << catalogue.translate("AccountMail", "The link works once, until %1.").arg(timeIn(catalogue, expiresAt))
               << catalogue.translate("AccountMail", "Tell your Regiekamer administrator: someone knew your password.");
    return compose(to, catalogue, u"password_reset"_s,
                   catalogue.translate("AccountMail", "Your Regiekamer account was secured"), body);
}

QString maskedAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0)
        return u"…"_s;
    return address.left(1) + u"…"_s + address.mid(at);
}

} // namespace regiekamer::server::accountMail
