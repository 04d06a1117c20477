// The connection guard's HTTP/1.1 framing (server/net/HttpFramer) in both roles: requests as a client sends them
// and responses as the server sends them. The first byte picks the role, whether a WebSocket answer is due, and
// small limits (so that limit paths are reached with short inputs). Checked: the accepted bytes never exceed the
// input, and the same bytes fed one at a time, or in two pieces, end the same way (messages completed, error).
#include "FuzzSupport.h"

#include "net/HttpFramer.h"

namespace {

using namespace regiekamer;
using server::net::FramingError;
using server::net::FramingLimits;
using server::net::HttpFramer;

struct Outcome
{
    int completed = 0;
    std::optional<FramingError> error;
    HttpFramer::Phase phase = HttpFramer::Phase::BetweenMessages;

    bool operator==(const Outcome &) const = default;
};

HttpFramer framer(quint8 setup)
{
    const auto role = (setup & 1) != 0 ? HttpFramer::Role::Response : HttpFramer::Role::Request;
    FramingLimits limits;
    if ((setup & 4) != 0)
        limits = FramingLimits {64, 128, 4, 256};
    HttpFramer result(role, limits);
    if ((setup & 2) != 0 && role == HttpFramer::Role::Response)
        result.expectUpgradeAnswer();
    return result;
}

// Feeds the pieces in turn, as a connection reads them, stopping at the first error as the guard does.
Outcome feed(HttpFramer framer, const QByteArray &bytes, qsizetype pieceSize)
{
    Outcome outcome;
    for (qsizetype at = 0; at < bytes.size() && !outcome.error; at += pieceSize) {
        const QByteArrayView piece = QByteArrayView(bytes).sliced(at, std::min(pieceSize, bytes.size() - at));
        const HttpFramer::Step step = framer.feed(piece);
        fuzz::require(step.accepted >= 0 && step.accepted <= piece.size(), "accepted more bytes than were fed");
        fuzz::require(step.completed >= 0, "a negative count of messages");
        fuzz::require(step.error || framer.phase() == HttpFramer::Phase::AwaitingUpgradeAnswer ||
                          step.accepted == piece.size(),
                      "bytes held back without an error or a WebSocket answer to wait for");
        outcome.completed += step.completed;
        outcome.error = step.error;
    }
    outcome.phase = framer.phase();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::Input input(data, size);
    const quint8 setup = input.take();
    const quint8 split = input.take();
    const QByteArray bytes = input.rest();
    const Outcome whole = feed(framer(setup), bytes, std::max<qsizetype>(1, bytes.size()));
    const Outcome byteByByte = feed(framer(setup), bytes, 1);
    fuzz::require(whole == byteByByte, "fed byte by byte, the input ends otherwise than fed whole");
    const qsizetype pieceSize = std::max<qsizetype>(1, split * bytes.size() / 256);
    fuzz::require(feed(framer(setup), bytes, pieceSize) == whole, "fed in pieces, the input ends otherwise");
    return 0;
}
