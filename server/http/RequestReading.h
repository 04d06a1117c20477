#pragma once

#include "base/Result.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

// Reading what a request sends: paging parameters and strict JSON bodies (docs/api.md "Bodies").
namespace regiekamer::server::http {

// Paging of docs/api.md: offset >= 0, 1 <= limit <= 500 (default 100); anything else "bad_request".
Result<std::pair<qint64, qint64>> paging(const QUrlQuery &query);

// The body parsed strictly as T (T::fromJson); "bad_request" for anything else.
template<typename T> Result<T> body(const QHttpServerRequest &request);
// What body() does with the request's bytes (the fuzz targets feed it: tests/fuzz).
template<typename T> Result<T> bodyFromBytes(const QByteArray &bytes);

} // namespace regiekamer::server::http
