#pragma once

#include <QString>
#include <QUrl>

// Error codes the client produces itself (next to the server's api::errc codes), with their translated texts.
namespace regiekamer::client::errc {

inline constexpr auto certificateUntrusted = "certificate_untrusted";
inline constexpr auto certificateChanged = "certificate_changed";
inline constexpr auto certificateInvalid = "certificate_invalid";
inline constexpr auto unreachable = "server_unreachable";
inline constexpr auto timeout = "timeout";
inline constexpr auto badResponse = "bad_response";
inline constexpr auto badAddress = "bad_address";
inline constexpr auto notForDesktop = "not_for_desktop";

QString unreachableMessage(const QUrl &server);
QString timeoutMessage(const QUrl &server);
QString badResponseMessage(const QUrl &server);
QString notForDesktopMessage();

} // namespace regiekamer::client::errc
