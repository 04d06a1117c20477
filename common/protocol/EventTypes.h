#pragma once

// The frame types of the /api/v1/events WebSocket (docs/api.md "Events"), in one place for the server that sends them
// and the desktop that reads them. A change event carries ids only, never personal data: the three change events
// below carry api::RowsChanged ({"webinarId": n, "kind": "created" | "updated" | "removed", "ids": [...]}, or
// "many": true instead of the ids when there are more than RowsChanged::maximumIds; protocol/ChangeEvent.h).
namespace regiekamer::api::event {

// The first frame after the upgrade: {"user": UserInfo} of the session.
inline constexpr auto hello = "hello";
// A webinar's fields, state or staff changed, or it was created or deleted; ids: [the webinar's id].
inline constexpr auto webinarChanged = "webinar.changed";
// A webinar's registrations changed (created, approved, rejected, moved up from the waiting list, removed); ids: the
// registrations'.
inline constexpr auto registrationsChanged = "registrations.changed";
// A webinar's questions changed (asked, moderated, answered, merged, voted on); ids: the questions'.
inline constexpr auto questionsChanged = "questions.changed";
// Someone joined or left a webinar's room, was removed or banned, or a ban was lifted (api::AttendanceChange: the
// webinar's and the registration's id, present, banned, and the count present now; never a name). Only to the
// sessions that may read that webinar's registrations' attendance (director, moderator, its client staff, admin).
inline constexpr auto attendanceChanged = "attendance.changed";
// A new access log entry the receiver may see; its data is the entry.
inline constexpr auto auditAppended = "audit.appended";

// Sent to the sessions of a device just before the server ends them because the device was revoked: the app deletes
// its offline copy. Data: {} (the receiver knows its own device).
inline constexpr auto deviceRevoked = "device.revoked";

} // namespace regiekamer::api::event
