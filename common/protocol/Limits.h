#pragma once

#include <QtGlobal>

// The limits of docs/api.md "Bodies" and "Paging".
namespace regiekamer::api {

inline constexpr qsizetype maximumBodyBytes = qsizetype {64} * 1024; // a request's body, JSON or not
inline constexpr qsizetype maximumStringLength = 500;
inline constexpr qsizetype maximumQuestionLength = 2000;
inline constexpr qint64 defaultPageLimit = 100;
inline constexpr qint64 maximumPageLimit = 500;

} // namespace regiekamer::api
