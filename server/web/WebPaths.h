#pragma once

// The paths of the web pages (docs/portal.md). Web pages live outside /api/v1: they answer HTML, not JSON.
namespace regiekamer::server::web::path {

inline constexpr char stylesheet[] = "/web/style.css";
inline constexpr char portal[] = "/portal";
inline constexpr char signIn[] = "/portal/sign-in";
inline constexpr char signOut[] = "/portal/sign-out";
inline constexpr char profile[] = "/portal/profile";
inline constexpr char access[] = "/portal/access";
inline constexpr char exportData[] = "/portal/export";
inline constexpr char deleteAccount[] = "/portal/delete";
// The pages the links in mail open (docs/accounts.md): GET shows the form, only its POST uses the token up (mail
// scanners open links).
inline constexpr char invitation[] = "/account/invitation";
inline constexpr char reset[] = "/account/reset";
inline constexpr char forgotPassword[] = "/account/forgot";
// Self-registration (docs/accounts.md): the form (?webinar=ID), the mailed link that confirms it, and the personal join
// link sent once the registration is approved.
inline constexpr char signUp[] = "/register";
inline constexpr char signUpLink[] = "/account/registration";
inline constexpr char join[] = "/account/join";
// E-mail change: the signed-in form, the link to the new address, the report link to the old one.
inline constexpr char changeEmail[] = "/portal/email";
inline constexpr char emailLink[] = "/account/email";
inline constexpr char emailReport[] = "/account/email-report";

} // namespace regiekamer::server::web::path
