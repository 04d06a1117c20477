#include "protocol/Report.h"

#include "base/ApiError.h"
#include "base/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

namespace {

Error notAList(QLatin1StringView key)
{
    return Error {QString::fromLatin1(errc::badRequest),
                  QCoreApplication::translate("Json", "Member \"%1\" is missing or is not a %2.").arg(key, "list"_L1)};
}

QJsonArray countsAtToJson(const QList<CountAt> &counts)
{
    QJsonArray array;
    for (const CountAt &each : counts)
        array.append(QJsonObject {{"at"_L1, json::toWire(each.at)}, {"count"_L1, each.count}});
    return array;
}

QJsonArray namedCountsToJson(const QList<NamedCount> &counts)
{
    QJsonArray array;
    for (const NamedCount &each : counts)
        array.append(QJsonObject {{"name"_L1, each.name}, {"count"_L1, each.count}});
    return array;
}

// Reads each object of the array `key` with `read`; the first failure is the result.
template<typename Item, typename Reader>
Result<QList<Item>> readList(const QJsonObject &object, QLatin1StringView key, Reader read)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return std::unexpected(notAList(key));
    QList<Item> items;
    for (const QJsonValue each : value.toArray()) {
        auto item = read(each.toObject());
        if (!item)
            return std::unexpected(item.error());
        items.append(*item);
    }
    return items;
}

Result<CountAt> countAtFromJson(const QJsonObject &object)
{
    auto at = json::requireDateTime(object, "at"_L1);
    auto count = json::requireInteger(object, "count"_L1);
    if (const auto error = firstError(at, count))
        return std::unexpected(*error);
    return CountAt {*at, *count};
}

Result<NamedCount> namedCountFromJson(const QJsonObject &object)
{
    auto name = json::requireString(object, "name"_L1);
    auto count = json::requireInteger(object, "count"_L1);
    if (const auto error = firstError(name, count))
        return std::unexpected(*error);
    return NamedCount {*name, *count};
}

} // namespace

qint64 WebinarReport::peakViewers() const
{
    qint64 peak = 0;
    for (const CountAt &minute : viewersPerMinute)
        peak = std::max(peak, minute.count);
    return peak;
}

qint64 WebinarReport::registrationTotal() const
{
    qint64 total = 0;
    for (const CountAt &day : registrationsPerDay)
        total += day.count;
    return total;
}

QJsonObject WebinarReport::toJson() const
{
    return {{"webinarId"_L1, webinarId},
            {"registrationsPerDay"_L1, countsAtToJson(registrationsPerDay)},
            {"viewersPerMinute"_L1, countsAtToJson(viewersPerMinute)},
            {"questionsByState"_L1, namedCountsToJson(questionsByState)},
            {"funnel"_L1, namedCountsToJson(funnel)}};
}

Result<WebinarReport> WebinarReport::fromJson(const QJsonObject &object)
{
    auto webinarId = json::requireInteger(object, "webinarId"_L1);
    auto perDay = readList<CountAt>(object, "registrationsPerDay"_L1, countAtFromJson);
    auto perMinute = readList<CountAt>(object, "viewersPerMinute"_L1, countAtFromJson);
    auto questions = readList<NamedCount>(object, "questionsByState"_L1, namedCountFromJson);
    auto funnel = readList<NamedCount>(object, "funnel"_L1, namedCountFromJson);
    if (const auto error = firstError(webinarId, perDay, perMinute, questions, funnel))
        return std::unexpected(*error);
    return WebinarReport {*webinarId, *perDay, *perMinute, *questions, *funnel};
}

} // namespace regiekamer::api
