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

} // namespace regiekamer::server::web::path
