#include "http/RequestReading.h"

#include "protocol/AccountLinks.h"
#include "protocol/ApprovalRules.h"
#include "protocol/SelfService.h"

#include "base/ApiError.h"
#include "base/JsonRead.h"
#include "protocol/Limits.h"
#include "protocol/Organisation.h"
#include "protocol/Profile.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Room.h"
#include "protocol/SecondFactor.h"
#include "protocol/Session.h"
#include "protocol/StaffAccount.h"
#include "protocol/StreamKey.h"
#include "protocol/Webinar.h"

#include <algorithm>

namespace regiekamer::server::http {

using namespace Qt::StringLiterals;

Result<std::pair<qint64, qint64>> paging(const QUrlQuery &query)
{
    const auto number = [&](const QString &key, qint64 fallback, qint64 minimum, qint64 maximum) -> Result<qint64> {
        if (!query.hasQueryItem(key))
            return fallback;
        bool ok = false;
        const QString text = query.queryItemValue(key);
        const qint64 value = text.toLongLong(&ok);
        const bool digitsOnly =
            !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!ok || !digitsOnly || value < minimum || value > maximum)
            return badRequest(u"\"%1\" must be a whole number from %2 to %3."_s.arg(key).arg(minimum).arg(maximum));
        return value;
    };
    auto offset = number(u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    auto limit = number(u"limit"_s, api::defaultPageLimit, 1, api::maximumPageLimit);
    if (const auto error = firstError(offset, limit))
        return std::unexpected(*error);
    return std::pair {*offset, *limit};
}

template<typename T> Result<T> bodyFromBytes(const QByteArray &bytes)
{
    auto object = json::parseObject(bytes);
    if (!object)
        return std::unexpected(object.error());
    return T::fromJson(*object);
}

template<typename T> Result<T> body(const QHttpServerRequest &request)
{
    return bodyFromBytes<T>(request.body());
}

template Result<api::LoginRequest> body(const QHttpServerRequest &);
template Result<api::OrganisationCreate> body(const QHttpServerRequest &);
template Result<api::OrganisationUpdate> body(const QHttpServerRequest &);
template Result<api::StaffAccountCreate> body(const QHttpServerRequest &);
template Result<api::StaffAccountUpdate> body(const QHttpServerRequest &);
template Result<api::ProfileUpdate> body(const QHttpServerRequest &);
template Result<api::WebinarCreate> body(const QHttpServerRequest &);
template Result<api::WebinarUpdate> body(const QHttpServerRequest &);
template Result<api::WebinarStateChange> body(const QHttpServerRequest &);
template Result<api::StaffAssignmentRequest> body(const QHttpServerRequest &);
template Result<api::RegistrationUpdate> body(const QHttpServerRequest &);
template Result<api::RegistrationCreate> body(const QHttpServerRequest &);
template Result<api::QuestionUpdate> body(const QHttpServerRequest &);
template Result<api::QuestionCreate> body(const QHttpServerRequest &);
template Result<api::QuestionMerge> body(const QHttpServerRequest &);
template Result<api::InvitationRequest> body(const QHttpServerRequest &);
template Result<api::LinkCompletion> body(const QHttpServerRequest &);
template Result<api::PasswordResetRequest> body(const QHttpServerRequest &);
template Result<api::SignUpRequest> body(const QHttpServerRequest &);
template Result<api::SignUpConfirmation> body(const QHttpServerRequest &);
template Result<api::EmailChangeRequest> body(const QHttpServerRequest &);
template Result<api::LinkToken> body(const QHttpServerRequest &);
template Result<api::ApprovalRulesUpdate> body(const QHttpServerRequest &);
template Result<api::StreamKeyUpdate> body(const QHttpServerRequest &);
template Result<api::RoomJoin> body(const QHttpServerRequest &);
template Result<api::RoomBan> body(const QHttpServerRequest &);
template Result<api::SecondFactorAnswer> body(const QHttpServerRequest &);
template Result<api::SecurityKeyRegistration> body(const QHttpServerRequest &);
template Result<api::LoginRequest> bodyFromBytes(const QByteArray &);
template Result<api::SecondFactorAnswer> bodyFromBytes(const QByteArray &);
template Result<api::StreamKeyUpdate> bodyFromBytes(const QByteArray &);
template Result<api::EmailChangeRequest> bodyFromBytes(const QByteArray &);
template Result<api::SignUpConfirmation> bodyFromBytes(const QByteArray &);
template Result<api::OrganisationCreate> bodyFromBytes(const QByteArray &);
template Result<api::OrganisationUpdate> bodyFromBytes(const QByteArray &);
template Result<api::StaffAccountCreate> bodyFromBytes(const QByteArray &);
template Result<api::StaffAccountUpdate> bodyFromBytes(const QByteArray &);
template Result<api::ProfileUpdate> bodyFromBytes(const QByteArray &);
template Result<api::WebinarCreate> bodyFromBytes(const QByteArray &);
template Result<api::WebinarUpdate> bodyFromBytes(const QByteArray &);
template Result<api::WebinarStateChange> bodyFromBytes(const QByteArray &);
template Result<api::StaffAssignmentRequest> bodyFromBytes(const QByteArray &);
template Result<api::RegistrationUpdate> bodyFromBytes(const QByteArray &);
template Result<api::RegistrationCreate> bodyFromBytes(const QByteArray &);
template Result<api::QuestionUpdate> bodyFromBytes(const QByteArray &);
template Result<api::QuestionCreate> bodyFromBytes(const QByteArray &);
template Result<api::QuestionMerge> bodyFromBytes(const QByteArray &);
template Result<api::InvitationRequest> bodyFromBytes(const QByteArray &);
template Result<api::LinkCompletion> bodyFromBytes(const QByteArray &);
template Result<api::PasswordResetRequest> bodyFromBytes(const QByteArray &);

} // namespace regiekamer::server::http
