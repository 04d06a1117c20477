#pragma once

#include "net/HttpFramer.h"

#include <QByteArray>

namespace regiekamer::server::net {

// The whole answer the guard gives, in the API's error format, when it refuses a request before QHttpServer has
// seen it; the connection ends after it ("Connection: close").
QByteArray refusalFor(FramingError error);
QByteArray requestTimeoutRefusal();

} // namespace regiekamer::server::net
