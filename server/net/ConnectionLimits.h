#pragma once

#include "protocol/Limits.h"

#include <QtGlobal>

#include <chrono>

namespace regiekamer::server::net {

// What one HTTP/1.1 message may be, as the connection guard reads it (docs/security.md "Connection limits").
struct FramingLimits
{
    qsizetype startLineBytes = qsizetype {8} * 1024; // the request line with its URL
    qsizetype headerBytes = qsizetype {16} * 1024; // all header lines of one message (and the trailers)
    int headerCount = 64;
    qint64 bodyBytes = api::maximumBodyBytes; // what arrives after the header
};

// What the server grants connections before QHttpServer sees a byte of them.
struct ConnectionLimits
{
    FramingLimits request;
    int connectionsPerAddress = 32;
    int connectionsInTotal = 1024;
    std::chrono::milliseconds handshakeTimeout {10'000}; // TLS handshake
    std::chrono::milliseconds headerTimeout {10'000}; // from a request's first byte to its blank line
    std::chrono::milliseconds bodyTimeout {30'000}; // from the blank line to the body's last byte
    std::chrono::milliseconds idleTimeout {60'000}; // a kept-alive connection with nothing under way
};

} // namespace regiekamer::server::net
