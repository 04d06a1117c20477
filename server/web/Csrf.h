#pragma once

#include <QByteArray>
#include <QString>

// Cross-site request forgery protection for every form of the web pages: a synchronizer token in a hidden field
// (CsrfGuard::fieldName) that only the server can compute, bound to the browser's session, or before a session
// exists (sign-in and the token pages) to a short-lived random pre-session cookie. Cookies are SameSite=Strict as
// well; the token is what is checked.
namespace regiekamer::server::web {

class CsrfGuard
{
public:
    static constexpr char fieldName[] = "csrf";
    // The pre-session cookie: random, HttpOnly, Secure, SameSite=Strict, one hour.
    static constexpr char preSessionCookieName[] = "__Host-regiekamer_presession";

    // The key is random, one per process and kept in memory only: every controller's CsrfGuard computes the same
    // tokens (a form rendered by one controller may post to another: the layout's sign-out button), and forms shown
    // before a restart are refused after it.
    CsrfGuard() = default;

    // HMAC-SHA-256 under the key of the session's token hash (base64url).
    QString tokenForSession(const QString &sessionTokenHash) const;
    // The same for a pre-session cookie's value.
    QString tokenForPreSession(const QByteArray &preSessionValue) const;
    // Constant-time comparison; an empty token never matches.
    static bool matches(const QString &expected, const QString &given);
    // A new pre-session cookie value: 32 random bytes, base64url.
    static QByteArray newPreSessionValue();

private:
    static QString mac(const QByteArray &purpose, const QByteArray &value);
};

} // namespace regiekamer::server::web
