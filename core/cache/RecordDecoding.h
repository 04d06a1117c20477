#pragma once

#include "cache/ClientCache.h"
#include "protocol/Question.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

#include <optional>

// Reading the plaintext of offline cache records back into protocol types (CacheRecords; the fuzz targets in
// tests/fuzz feed these directly).
namespace regiekamer::client::recorddecoding {

// Every element of the array as T; nullopt as soon as one does not parse.
template<typename T> std::optional<QList<T>> fromArray(const QJsonArray &array)
{
    QList<T> items;
    items.reserve(array.size());
    for (const auto &value : array) {
        auto item = T::fromJson(value.toObject());
        if (!item)
            return std::nullopt;
        items.append(std::move(*item));
    }
    return items;
}

// A page of questions: the envelope of ClientCache::put() around an array; nullopt when it does not parse.
std::optional<Cached<QList<api::Question>>> questionPage(const QByteArray &plain);

} // namespace regiekamer::client::recorddecoding
