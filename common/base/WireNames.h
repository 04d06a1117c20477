#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace regiekamer {

// A fixed table between an enum and its spelling on the wire and in the database.
template<typename Enum, std::size_t Count> using WireTable = std::array<std::pair<Enum, const char *>, Count>;

template<typename Enum, std::size_t Count> QString enumToWire(const WireTable<Enum, Count> &table, Enum value)
{
    for (const auto &[candidate, wire] : table) {
        if (candidate == value)
            return QString::fromLatin1(wire);
    }
    return {};
}

template<typename Enum, std::size_t Count>
std::optional<Enum> enumFromWire(const WireTable<Enum, Count> &table, const QString &wire)
{
    for (const auto &[value, name] : table) {
        if (wire == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

} // namespace regiekamer
