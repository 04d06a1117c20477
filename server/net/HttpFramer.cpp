#include "net/HttpFramer.h"

#include <QByteArrayList>

#include <algorithm>
#include <array>
#include <utility>

namespace regiekamer::server::net {

namespace {

constexpr qsizetype chunkSizeLineBytes = 256;
constexpr std::array methodsTaken {QByteArrayView("GET"), QByteArrayView("POST"), QByteArrayView("PUT"),
                                   QByteArrayView("PATCH"), QByteArrayView("DELETE")};

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Visible ASCII only: no spaces, controls or bytes above 0x7e in a request target.
bool isTarget(QByteArrayView text)
{
    return text.startsWith('/') && std::all_of(text.begin(), text.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// Header values may hold tabs and visible text, never other control characters (a lone CR above all).
bool hasControlCharacters(QByteArrayView line)
{
    return std::any_of(line.begin(), line.end(), [](char c) { return (c >= 0 && c < 0x20 && c != '\t') || c == 0x7f; });
}

std::optional<qint64> decimal(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 18 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return digits.toLongLong();
}

std::optional<qint64> hexadecimal(QByteArrayView digits)
{
    bool ok = false;
    const auto isHex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    if (digits.isEmpty() || digits.size() > 15 || !std::all_of(digits.begin(), digits.end(), isHex))
        return std::nullopt;
    const qint64 value = digits.toLongLong(&ok, 16);
    return ok ? std::optional(value) : std::nullopt;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text.slice(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

} // namespace

int statusOf(FramingError error)
{
    switch (error) {
    case FramingError::BadRequest:
        return 400;
    case FramingError::UriTooLong:
        return 414;
    case FramingError::HeadersTooLarge:
        return 431;
    case FramingError::LengthRequired:
        return 411;
    case FramingError::PayloadTooLarge:
        return 413;
    case FramingError::NotImplemented:
        return 501;
    }
    return 400;
}

HttpFramer::HttpFramer(Role role, FramingLimits limits)
    : m_role(role)
    , m_limits(limits)
{
}

bool HttpFramer::inBody() const
{
    return m_phase == Phase::Body || m_phase == Phase::ChunkSize || m_phase == Phase::ChunkData ||
        m_phase == Phase::ChunkEnd || m_phase == Phase::Trailers;
}

HttpFramer::Step HttpFramer::feed(QByteArrayView bytes)
{
    Step step;
    qsizetype at = 0;
    qsizetype messageStart = 0; // where the message under way began in this input
    while (at < bytes.size() && !step.error) {
        if (m_phase == Phase::AwaitingUpgradeAnswer)
            break;
        if (m_phase == Phase::Tunnel || m_phase == Phase::UntilClose) {
            at = bytes.size();
            break;
        }
        if (m_phase == Phase::BetweenMessages) {
            const char c = bytes[at];
            if (c == '\r' || c == '\n') { // blank lines between messages, as QHttpServer skips them
                ++at;
                continue;
            }
            messageStart = at;
            m_phase = Phase::StartLine;
            m_head = {};
        }
        if (m_phase == Phase::Body || m_phase == Phase::ChunkData) {
            at += takeBody(bytes.sliced(at));
            if (m_remaining == 0) {
                if (m_phase == Phase::ChunkData)
                    m_phase = Phase::ChunkEnd;
                else
                    messageEnded(step);
            }
            continue;
        }
        at += takeLine(bytes.sliced(at), step.error);
        if (!step.error && m_line.endsWith('\n')) {
            m_line.chop(1);
            if (!m_line.endsWith('\r') || hasControlCharacters(QByteArrayView(m_line).chopped(1)))
                step.error = FramingError::BadRequest;
            else
                step.error = lineEnded(QByteArrayView(m_line).chopped(1), step);
            m_line.clear();
        }
    }
    step.accepted = step.error ? messageStart : at;
    return step;
}

// Takes bytes up to and including the next line feed into m_line, within the limit of the phase.
qsizetype HttpFramer::takeLine(QByteArrayView bytes, std::optional<FramingError> &error)
{
    const qsizetype end = bytes.indexOf('\n');
    const qsizetype length = end < 0 ? bytes.size() : end + 1;
    // The limit counts the line without its CRLF.
    const qsizetype content = m_line.size() + length - (end < 0 ? 0 : 1);
    if (content > lineLimit() + 1) {
        error = lineTooLong();
        return 0;
    }
    m_line.append(bytes.first(length));
    return length;
}

qsizetype HttpFramer::takeBody(QByteArrayView bytes)
{
    const qsizetype taken = static_cast<qsizetype>(std::min<qint64>(bytes.size(), m_remaining));
    m_remaining -= taken;
    return taken;
}

qsizetype HttpFramer::lineLimit() const
{
    switch (m_phase) {
    case Phase::StartLine:
        return m_limits.startLineBytes;
    case Phase::Headers:
    case Phase::Trailers:
        return m_limits.headerBytes - m_head.headerBytes;
    case Phase::ChunkSize:
        return chunkSizeLineBytes;
    default:
        return 0; // the CRLF after a chunk
    }
}

FramingError HttpFramer::lineTooLong() const
{
    if (m_phase == Phase::StartLine && m_role == Role::Request)
        return FramingError::UriTooLong;
    if (m_phase == Phase::Headers || m_phase == Phase::Trailers)
        return FramingError::HeadersTooLarge;
    return FramingError::BadRequest;
}

std::optional<FramingError> HttpFramer::lineEnded(QByteArrayView line, Step &step)
{
    switch (m_phase) {
    case Phase::StartLine:
        return startLine(line);
    case Phase::Headers:
        return line.isEmpty() ? headEnded(step) : headerLine(line);
    case Phase::ChunkSize:
        return chunkSize(line);
    case Phase::ChunkEnd:
        if (!line.isEmpty())
            return FramingError::BadRequest;
        m_phase = Phase::ChunkSize;
        return std::nullopt;
    case Phase::Trailers:
        if (line.isEmpty())
            messageEnded(step);
        return std::nullopt; // trailers of a response pass as they are
    default:
        return FramingError::BadRequest;
    }
}

std::optional<FramingError> HttpFramer::startLine(QByteArrayView line)
{
    const QByteArrayList parts = line.toByteArray().split(' ');
    m_phase = Phase::Headers;
    if (m_role == Role::Response) {
        bool ok = false;
        m_head.status = parts.size() >= 2 && parts[1].size() == 3 ? parts[1].toInt(&ok) : 0;
        return ok && parts[0].startsWith("HTTP/1.") ? std::nullopt : std::optional(FramingError::BadRequest);
    }
    if (parts.size() != 3 || !isToken(parts[0]) || !isTarget(parts[1]) ||
        (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0"))
        return FramingError::BadRequest;
    if (std::find(methodsTaken.begin(), methodsTaken.end(), QByteArrayView(parts[0])) == methodsTaken.end())
        return FramingError::NotImplemented;
    return std::nullopt;
}

std::optional<FramingError> HttpFramer::headerLine(QByteArrayView line)
{
    m_head.headerBytes += line.size() + 2;
    if (++m_head.headerLines > m_limits.headerCount)
        return FramingError::HeadersTooLarge;
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return FramingError::BadRequest; // also a folded line, which starts with a space
    const QByteArray name = line.first(colon).toByteArray().toLower();
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (name == "content-length") {
        const auto length = decimal(value);
        if (!length || m_head.contentLength)
            return FramingError::BadRequest; // two lengths are refused even when they agree
        m_head.contentLength = length;
    } else if (name == "transfer-encoding") {
        if (m_role == Role::Request)
            return FramingError::LengthRequired;
        m_head.chunked = value.compare("chunked", Qt::CaseInsensitive) == 0;
    } else if (name == "upgrade" && m_role == Role::Request) {
        m_head.upgrade = value.compare("websocket", Qt::CaseInsensitive) == 0;
    }
    return std::nullopt;
}

std::optional<FramingError> HttpFramer::headEnded(Step &step)
{
    if (m_role == Role::Response)
        return responseHeadEnded(step);
    const qint64 length = m_head.contentLength.value_or(0);
    if (length > m_limits.bodyBytes)
        return FramingError::PayloadTooLarge;
    if (m_head.upgrade) {
        if (length > 0)
            return FramingError::BadRequest;
        ++step.completed;
        m_phase = Phase::AwaitingUpgradeAnswer;
        return std::nullopt;
    }
    startBody(step, length);
    return std::nullopt;
}

std::optional<FramingError> HttpFramer::responseHeadEnded(Step &step)
{
    const int status = m_head.status;
    if (status == 101) {
        ++step.completed;
        m_upgradeAnswerDue = false;
        m_phase = Phase::Tunnel;
        return std::nullopt;
    }
    if (status < 200) { // an interim answer such as 100 Continue; the final one follows
        m_phase = Phase::BetweenMessages;
        return std::nullopt;
    }
    // QHttpServer refuses an upgrade with a bare head, without a length.
    m_refusedUpgrade = std::exchange(m_upgradeAnswerDue, false);
    const bool bodyless =
        status == 204 || status == 304 || (m_refusedUpgrade && !m_head.contentLength && !m_head.chunked);
    if (m_head.chunked && !bodyless) {
        m_bodyBytes = 0;
        m_phase = Phase::ChunkSize;
    } else if (m_head.contentLength || bodyless) {
        startBody(step, bodyless ? 0 : *m_head.contentLength);
    } else {
        ++step.completed;
        m_phase = Phase::UntilClose;
    }
    return std::nullopt;
}

void HttpFramer::startBody(Step &step, qint64 length)
{
    if (length == 0) {
        messageEnded(step);
        return;
    }
    m_remaining = length;
    m_phase = Phase::Body;
}

std::optional<FramingError> HttpFramer::chunkSize(QByteArrayView line)
{
    const qsizetype extension = line.indexOf(';');
    const auto size = hexadecimal(trimmed(extension < 0 ? line : line.first(extension)));
    if (!size)
        return FramingError::BadRequest;
    m_bodyBytes += *size;
    if (m_bodyBytes > m_limits.bodyBytes)
        return FramingError::PayloadTooLarge;
    m_remaining = *size;
    m_phase = *size == 0 ? Phase::Trailers : Phase::ChunkData;
    return std::nullopt;
}

void HttpFramer::messageEnded(Step &step)
{
    ++step.completed;
    m_phase = Phase::BetweenMessages;
}

} // namespace regiekamer::server::net
