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

} // namespace regiekamer::server::web::path
