// Offline cache records as the desktop reads them back from disk, once opened (the AES-GCM layer itself is not
// fuzzed: a changed record does not open): the envelope of ClientCache::put() with the user, the webinar list or a
// webinar's detail in it (CacheRecords), a page of questions (recorddecoding::questionPage), and the binary
// attendee pages (registrationcodec::decode). The first byte picks the record. An attendee page that decodes
// encodes back to the same bytes.
#include "FuzzSupport.h"

#include "cache/ClientCache.h"
#include "cache/RecordDecoding.h"
#include "cache/RegistrationCodec.h"
#include "protocol/Session.h"
#include "protocol/Webinar.h"

#include <array>

namespace {

using namespace regiekamer;
using namespace regiekamer::client;

void readUser(const QByteArray &plain)
{
    if (const auto record = ClientCache::readEnvelope(plain))
        static_cast<void>(api::UserInfo::fromJson(record->value.toObject()));
}

void readWebinars(const QByteArray &plain)
{
    if (const auto record = ClientCache::readEnvelope(plain))
        static_cast<void>(recorddecoding::fromArray<api::WebinarSummary>(record->value.toArray()));
}

void readDetail(const QByteArray &plain)
{
    if (const auto record = ClientCache::readEnvelope(plain))
        static_cast<void>(api::WebinarDetail::fromJson(record->value.toObject()));
}

void readQuestions(const QByteArray &plain)
{
    static_cast<void>(recorddecoding::questionPage(plain));
}

void readRegistrations(const QByteArray &plain)
{
    const auto decoded = registrationcodec::decode(plain);
    if (!decoded)
        return;
    // Encoding is the fixed point: what decoded, encoded, decodes to what encodes to the same bytes again.
    const QByteArray encoded = registrationcodec::encode(decoded->items, 0, decoded->items.size(), decoded->receivedAt);
    const auto again = registrationcodec::decode(encoded);
    fuzz::require(again && again->items.size() == decoded->items.size(), "an encoded attendee page does not decode");
    fuzz::require(registrationcodec::encode(again->items, 0, again->items.size(), again->receivedAt) == encoded,
                  "an attendee page does not encode to the same bytes twice");
}

using Reader = void (*)(const QByteArray &);
constexpr std::array<Reader, 5> readers {&readUser, &readWebinars, &readDetail, &readQuestions, &readRegistrations};

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
