#pragma once

#include "net/ConnectionLimits.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace regiekamer::server::net {

// Why the guard refuses what a client sent; each maps to one HTTP status (statusOf).
enum class FramingError {
    BadRequest, // 400: not HTTP/1.1 as the server reads it, or ambiguous framing (Content-Length with chunked...)
    UriTooLong, // 414
    HeadersTooLarge, // 431: too many header bytes or lines
    LengthRequired, // 411: a request body without Content-Length (chunked): see docs/security.md
    PayloadTooLarge, // 413: a declared body over the limit
    NotImplemented, // 501: a method or transfer coding the API does not take
};

int statusOf(FramingError error);

// Cuts a byte stream of HTTP/1.1 messages into messages without keeping more than one line of it: requests as a
// client sends them (checked against FramingLimits, strictly, so that QHttpServer behind the guard can never read
// the stream differently: one Content-Length or none, no chunked request bodies, CRLF line ends, no folded
// headers), or responses as the server sends them (to know when each request has its answer).
// A request that asks for a WebSocket ends the stream's HTTP part until the answer: switchToTunnel() after a 101.
class HttpFramer
{
public:
    enum class Role { Request, Response };
    enum class Phase {
        BetweenMessages,
        StartLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        AwaitingUpgradeAnswer, // requests: nothing more is read until the server has answered the upgrade
        Tunnel, // after 101 Switching Protocols: everything passes
        UntilClose, // responses without a length: the body ends with the connection
    };
    struct Step
    {
        qsizetype accepted = 0; // bytes from the start of the input that may be passed on
        int completed = 0; // messages (final responses) that ended within the accepted bytes
        std::optional<FramingError> error; // the input broke the rules after `accepted` bytes
    };

    HttpFramer(Role role, FramingLimits limits);

    Step feed(QByteArrayView bytes);

    Phase phase() const { return m_phase; }
    bool inHead() const { return m_phase == Phase::StartLine || m_phase == Phase::Headers; }
    bool inBody() const;
    void switchToTunnel() { m_phase = Phase::Tunnel; }
    // Responses: the next final answer is to an upgrade request (and has no body unless it says so).
    void expectUpgradeAnswer() { m_upgradeAnswerDue = true; }
    // Responses: the last final answer was 101 Switching Protocols (the framer is in Tunnel then).
    bool switchedProtocols() const { return m_phase == Phase::Tunnel; }
    // Responses: the last final answer refused an upgrade; the guard ends the connection after it.
    bool refusedUpgrade() const { return m_refusedUpgrade; }

private:
    struct Head
    {
        std::optional<qint64> contentLength;
        bool chunked = false;
        bool upgrade = false;
        int status = 0;
        int headerLines = 0;
        qsizetype headerBytes = 0;
    };

    qsizetype takeLine(QByteArrayView bytes, std::optional<FramingError> &error);
    qsizetype takeBody(QByteArrayView bytes);
    std::optional<FramingError> lineEnded(QByteArrayView line, Step &step);
    std::optional<FramingError> startLine(QByteArrayView line);
    std::optional<FramingError> headerLine(QByteArrayView line);
    std::optional<FramingError> headEnded(Step &step);
    std::optional<FramingError> responseHeadEnded(Step &step);
    void startBody(Step &step, qint64 length);
    std::optional<FramingError> chunkSize(QByteArrayView line);
    void messageEnded(Step &step);
    qsizetype lineLimit() const;
    FramingError lineTooLong() const;

    Role m_role;
    FramingLimits m_limits;
    Phase m_phase = Phase::BetweenMessages;
    QByteArray m_line;
    Head m_head;
    qint64 m_remaining = 0; // of the body or the current chunk
    qint64 m_bodyBytes = 0; // chunked: the sum of the chunks so far
    bool m_upgradeAnswerDue = false;
    bool m_refusedUpgrade = false;
};

} // namespace regiekamer::server::net
