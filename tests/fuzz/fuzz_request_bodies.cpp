// Request bodies: the strict JSON reader of every body a controller reads (http::body<T>), the first byte choosing
// the endpoint's type. A refused body is always "bad_request"; an accepted one, written back as the desktop sends
// it, is accepted again and reads back to the same JSON.
#include "FuzzSupport.h"

#include "http/RequestReading.h"
#include "protocol/Organisation.h"
#include "protocol/Profile.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Session.h"
#include "protocol/StaffAccount.h"
#include "protocol/Webinar.h"

#include <array>

namespace {

using namespace regiekamer;

template<typename T> void readBody(const QByteArray &bytes)
{
    const auto value = server::http::bodyFromBytes<T>(bytes);
    if (!value) {
        fuzz::require(value.error().code == QLatin1StringView("bad_request"), "a refused body is not bad_request");
        return;
    }
    const QJsonObject written = value->toJson();
    const auto again = T::fromJson(written);
    fuzz::require(again.has_value(), "an accepted body, written back, is refused");
    fuzz::require(again->toJson() == written, "an accepted body does not read back to the same JSON");
}

using Reader = void (*)(const QByteArray &);
constexpr std::array<Reader, 14> readers {
    &readBody<api::LoginRequest>,           &readBody<api::OrganisationCreate>, &readBody<api::OrganisationUpdate>,
    &readBody<api::StaffAccountCreate>,     &readBody<api::StaffAccountUpdate>, &readBody<api::ProfileUpdate>,
    &readBody<api::WebinarCreate>,          &readBody<api::WebinarUpdate>,      &readBody<api::WebinarStateChange>,
    &readBody<api::StaffAssignmentRequest>, &readBody<api::RegistrationUpdate>, &readBody<api::RegistrationCreate>,
    &readBody<api::QuestionUpdate>,         &readBody<api::QuestionCreate>,
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::Input input(data, size);
    input.pick(readers)(input.rest());
    return 0;
}
