#pragma once

#include <QString>

#include <expected>
#include <optional>

namespace regiekamer {

// A recoverable failure: a stable machine code plus a translated, actionable message for people.
struct Error
{
    QString code;
    QString message;
};

template<typename T> using Result = std::expected<T, Error>;

// For operations that return nothing on success.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(QString code, QString message)
{
    return std::unexpected<Error>(Error {std::move(code), std::move(message)});
}

// The first failure among several results, in argument order; nullopt when all succeeded.
template<typename... Results> std::optional<Error> firstError(const Results &...results)
{
    std::optional<Error> first;
    ((first || results ? void() : void(first = results.error())), ...);
    return first;
}

} // namespace regiekamer
