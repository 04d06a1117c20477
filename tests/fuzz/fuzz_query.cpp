// Query strings and header values the server reads: the paging of every list (http::paging), the attendee list's
// filters (readRegistrationFilters), the access log's filters (AuditFilter::fromQuery), and the bearer token of the
// Authorization header. The first byte picks the reader; the rest is the query string as it arrives in the request
// target (percent-encoded), or the header's value. What is accepted stays within the documented ranges.
#include "FuzzSupport.h"

#include "audit/AuditQuery.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/controllers/RegistrationFilters.h"
#include "protocol/Limits.h"

#include <QUrl>
#include <QUrlQuery>

#include <array>
#include <limits>

namespace {

using namespace regiekamer;

QUrlQuery queryOf(const QByteArray &bytes)
{
    const QByteArray url = QByteArray("https://regiekamer.test/api/v1/webinars/1/registrations?") + bytes;
    return QUrlQuery(QUrl::fromEncoded(url));
}

void readPaging(const QByteArray &bytes)
{
    const auto paging = server::http::paging(queryOf(bytes));
    if (!paging)
        return;
    fuzz::require(paging->first >= 0 && paging->first <= std::numeric_limits<int>::max(), "offset out of range");
    fuzz::require(paging->second >= 1 && paging->second <= api::maximumPageLimit, "limit out of range");
}

void readRegistrationFilters(const QByteArray &bytes)
{
    server::RegistrationQuery query;
    if (!server::readRegistrationFilters(queryOf(bytes), query))
        return;
    fuzz::require(query.search.size() <= api::maximumStringLength, "search text over the limit");
}

void readAuditFilter(const QByteArray &bytes)
{
    const auto filter = server::AuditFilter::fromQuery(queryOf(bytes));
    if (!filter)
        return;
    fuzz::require(filter->limit >= 1 && filter->limit <= api::maximumPageLimit, "access log limit out of range");
    fuzz::require(filter->actorId >= 0 && filter->webinarId >= 0 && filter->subjectUserId >= 0 && filter->before >= 0,
                  "a negative id in an access log filter");
    fuzz::require(filter->action.size() <= 40 && filter->text.size() <= api::maximumStringLength,
                  "an access log filter over its length");
}

void readBearerToken(const QByteArray &bytes)
{
    const QString token = server::http::bearerToken(bytes);
    fuzz::require(token.isEmpty() || (token.front() != u' ' && token.back() != u' '), "a token with spaces around it");
}

using Reader = void (*)(const QByteArray &);
constexpr std::array<Reader, 4> readers {&readPaging, &readRegistrationFilters, &readAuditFilter, &readBearerToken};

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
