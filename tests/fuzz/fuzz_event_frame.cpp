// Event frames from the server's WebSocket as the desktop reads them (client::EventStream, the session, the access
// log view): the text message as UTF-8, api::Event::fromFrame, then what the frame's type leads to (the hello's
// user, an access log entry, a webinar id). A frame that is read writes back to one that reads the same.
#include "FuzzSupport.h"

#include "protocol/AuditEntry.h"
#include "protocol/Event.h"
#include "protocol/EventTypes.h"
#include "protocol/Session.h"

namespace {

using namespace regiekamer;

void follow(const api::Event &event)
{
    if (event.type == QLatin1StringView(api::event::hello)) {
        static_cast<void>(api::UserInfo::fromJson(event.data.value(QLatin1StringView("user")).toObject()));
    } else if (event.type == QLatin1StringView(api::event::auditAppended)) {
        if (const auto entry = api::AuditEntry::fromJson(event.data)) {
            const auto again = api::AuditEntry::fromJson(entry->toJson());
            fuzz::require(again.has_value(), "an access log entry, written back, is refused");
        }
    } else {
        static_cast<void>(event.data.value(QLatin1StringView("webinarId")).toInteger());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // QWebSocket hands a text message over as a QString; EventStream reads its UTF-8.
    const QString message = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto event = api::Event::fromFrame(message.toUtf8());
    if (!event)
        return 0;
    const auto again = api::Event::fromFrame(event->toFrame());
    fuzz::require(again && again->type == event->type && again->data == event->data,
                  "a frame that was read does not read back the same");
    follow(*event);
    return 0;
}
