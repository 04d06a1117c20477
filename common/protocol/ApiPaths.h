#pragma once

#include <QList>
#include <QString>

#include <initializer_list>

// Every path of /api/v1 (docs/openapi.json), in one place for the server's routes and the desktop's calls.
namespace regiekamer::api::path {

inline constexpr auto health = "/api/v1/health";
inline constexpr auto unseal = "/api/v1/unseal"; // sealed server (issue 18): a custodian's share
inline constexpr auto seal = "/api/v1/seal"; // seal the running server again (admin)
inline constexpr auto session = "/api/v1/session";
inline constexpr auto me = "/api/v1/me";
// The second factor (docs/api.md "Second factor").
inline constexpr auto sessionSecondFactor = "/api/v1/session/second-factor"; // the sign-in's second step
inline constexpr auto sessionStepUp = "/api/v1/session/step-up";
inline constexpr auto mySecondFactor = "/api/v1/me/second-factor";
inline constexpr auto mySecondFactorTotp = "/api/v1/me/second-factor/totp";
inline constexpr auto mySecondFactorTotpConfirm = "/api/v1/me/second-factor/totp/confirm";
inline constexpr auto mySecondFactorRecoveryCodes = "/api/v1/me/second-factor/recovery-codes";
inline constexpr auto mySecurityKeys = "/api/v1/me/second-factor/security-keys";
inline constexpr auto mySecurityKeysChallenge = "/api/v1/me/second-factor/security-keys/challenge";
inline constexpr auto mySecurityKey = "/api/v1/me/second-factor/security-keys/{id}";
inline constexpr auto sessionStepUpChallenge = "/api/v1/session/step-up/challenge"; // a security key's step-up
inline constexpr auto staffSecondFactorReset = "/api/v1/staff/{id}/second-factor/reset";
inline constexpr auto webinars = "/api/v1/webinars";
inline constexpr auto users = "/api/v1/users";
inline constexpr auto events = "/api/v1/events";

// Templates with {id}/{userId}/{deviceId} placeholders, exactly as in docs/openapi.json; expand() fills them in.
inline constexpr auto organisations = "/api/v1/organisations";
inline constexpr auto organisation = "/api/v1/organisations/{id}";
inline constexpr auto user = "/api/v1/users/{id}";
// The computers an account signed in from with the desktop app: {"items": [Device]} (GET), and one of them, revoked
// by DELETE (docs/api.md "Devices").
inline constexpr auto userDevices = "/api/v1/users/{id}/devices";
inline constexpr auto userDevice = "/api/v1/users/{id}/devices/{deviceId}";
inline constexpr auto webinar = "/api/v1/webinars/{id}";
inline constexpr auto webinarState = "/api/v1/webinars/{id}/state";
inline constexpr auto webinarStaff = "/api/v1/webinars/{id}/staff/{userId}";
// Accounts the caller may assign to the webinar: {"items": [StaffAssignment]} (GET only).
inline constexpr auto webinarStaffCandidates = "/api/v1/webinars/{id}/staff-candidates";
// The webinar's approval rules and capacity (ApprovalRules; GET and PUT).
inline constexpr auto webinarApprovalRules = "/api/v1/webinars/{id}/approval-rules";
// The stream-key vault (docs/api.md "Stream keys"): what is known of the key (GET), a new URL and key (PUT), the key
// itself (POST …/reveal, logged), a fresh key made by the server (POST …/rotation, logged).
inline constexpr auto webinarStreamKey = "/api/v1/webinars/{id}/stream-key";
inline constexpr auto webinarStreamKeyReveal = "/api/v1/webinars/{id}/stream-key/reveal";
inline constexpr auto webinarStreamKeyRotation = "/api/v1/webinars/{id}/stream-key/rotation";
// Going live (docs/api.md "Go-live"): the pre-flight checklist (GET, Preflight) and the state changes (GET,
// {"items": [TimelineEntry]}).
inline constexpr auto webinarPreflight = "/api/v1/webinars/{id}/preflight";
inline constexpr auto webinarTimeline = "/api/v1/webinars/{id}/timeline";
inline constexpr auto webinarRegistrations = "/api/v1/webinars/{id}/registrations";
inline constexpr auto webinarRegistrationsExport = "/api/v1/webinars/{id}/registrations/export";
inline constexpr auto webinarQuestions = "/api/v1/webinars/{id}/questions";
// The webinar's report (counts only, protocol/Report.h): read to show it, export to write it out (the PDF).
inline constexpr auto webinarReport = "/api/v1/webinars/{id}/report";
inline constexpr auto webinarReportExport = "/api/v1/webinars/{id}/report/export";
inline constexpr auto registration = "/api/v1/registrations/{id}";
inline constexpr auto question = "/api/v1/questions/{id}";
// Issue 17: a viewer's upvote (POST) and its withdrawal (DELETE): QuestionVote; a moderator's merge of the question
// into another (POST {"into": id}) and its undo (POST): Question; the audience's view of a webinar's questions for
// voting (GET): {"items": [AudienceQuestion]}.
inline constexpr auto questionVote = "/api/v1/questions/{id}/vote";
inline constexpr auto questionMerge = "/api/v1/questions/{id}/merge";
inline constexpr auto questionUnmerge = "/api/v1/questions/{id}/unmerge";
inline constexpr auto webinarAudienceQuestions = "/api/v1/webinars/{id}/audience-questions";
inline constexpr auto myProfile = "/api/v1/me/profile";
inline constexpr auto myRegistrations = "/api/v1/me/registrations";
inline constexpr auto myQuestions = "/api/v1/me/questions";
// The live webinar's room (docs/api.md "The room"): a viewer joins with the personal join link's token, ticks every
// 30 s and leaves; the director or moderator removes an attendee, the director bans (and lifts the ban).
inline constexpr auto roomJoin = "/api/v1/room/join";
inline constexpr auto registrationPresence = "/api/v1/registrations/{id}/presence";
inline constexpr auto registrationLeave = "/api/v1/registrations/{id}/leave";
inline constexpr auto registrationRemoval = "/api/v1/registrations/{id}/removal";
inline constexpr auto registrationBan = "/api/v1/registrations/{id}/ban";

// Newest first, filtered: from, to (ISO 8601), actor, action, webinar, subject (user ids), q (free text), before
// (sequence number, keyset paging), limit (1..500). Answers {"items": [AuditEntry], "nextBefore": int|null}.
inline constexpr auto auditLog = "/api/v1/audit";
inline constexpr auto auditStatus = "/api/v1/audit/status"; // AuditStatus
inline constexpr auto auditExport = "/api/v1/audit/export"; // the same filters without paging, as CSV
// The continuous backups' state for admins: BackupStatus (GET only; docs/backups.md).
inline constexpr auto backupStatus = "/api/v1/backup/status";
// Mail for admins (GET only; docs/mail.md): {"delivery": str|null, "counts": {…}, "items": [OutboxEntry]}.
inline constexpr auto outbox = "/api/v1/outbox";
// Accounts by e-mail (docs/accounts.md). Invitations, for admins: {"items": [Invitation]} (GET), a new one (POST);
// one of them revoked (DELETE) or its mail sent again with a new link (POST .../resend). The links' forms: a reset
// asked for (always 202), a new password with a reset token, an invitation accepted with its token.
inline constexpr auto invitations = "/api/v1/invitations";
inline constexpr auto invitation = "/api/v1/invitations/{id}";
inline constexpr auto invitationResend = "/api/v1/invitations/{id}/resend";
inline constexpr auto invitationAcceptance = "/api/v1/invitation-acceptance";
inline constexpr auto passwordReset = "/api/v1/password-reset";
inline constexpr auto passwordResetComplete = "/api/v1/password-reset/complete";
// Self-registration for a webinar open for registration (anyone; always 202, the link goes by mail), and the link's
// form (the account and the registration are made there). The signed-in account's change of address (202, confirmed
// from the new address), its confirmation, and the old address's report of a change it did not ask for.
inline constexpr auto signUp = "/api/v1/sign-up";
inline constexpr auto signUpConfirmation = "/api/v1/sign-up/confirmation";
inline constexpr auto myEmailChange = "/api/v1/me/email-change";
inline constexpr auto emailChangeConfirmation = "/api/v1/email-change/confirmation";
inline constexpr auto emailChangeReport = "/api/v1/email-change/report";

// "/api/v1/webinars/{id}/staff/{userId}", {3, 7} -> "/api/v1/webinars/3/staff/7" (placeholders in order).
QString expand(const char *pathTemplate, std::initializer_list<qint64> ids);
// Every path above, for the OpenAPI test.
QList<QString> all();

} // namespace regiekamer::api::path
