#include "protocol/Lists.h"

#include "base/JsonRead.h"
#include "protocol/AccountLinks.h"
#include "protocol/Device.h"
#include "protocol/Organisation.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/StaffAccount.h"
#include "protocol/Webinar.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

template<typename T> QJsonObject listToJson(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return {{"items"_L1, array}};
}

template<typename T> Result<QList<T>> listFromJson(const QJsonObject &object)
{
    const QJsonValue items = object.value("items"_L1);
    if (!items.isArray()) {
        return fail(
            QStringLiteral("bad_request"),
            QCoreApplication::translate("Json", "Member \"%1\" is missing or is not a %2.").arg("items"_L1, "list"_L1));
    }
    QList<T> result;
    for (const QJsonValue value : items.toArray()) {
        auto item = T::fromJson(value.toObject());
        if (!item)
            return std::unexpected(item.error());
        result.append(*item);
    }
    return result;
}

template QJsonObject listToJson(const QList<WebinarSummary> &);
template QJsonObject listToJson(const QList<StaffAccount> &);
template QJsonObject listToJson(const QList<Organisation> &);
template QJsonObject listToJson(const QList<StaffAssignment> &);
template QJsonObject listToJson(const QList<Registration> &);
template QJsonObject listToJson(const QList<Question> &);
template QJsonObject listToJson(const QList<Device> &);
template QJsonObject listToJson(const QList<Invitation> &);
template Result<QList<WebinarSummary>> listFromJson(const QJsonObject &);
template Result<QList<StaffAccount>> listFromJson(const QJsonObject &);
template Result<QList<Organisation>> listFromJson(const QJsonObject &);
template Result<QList<StaffAssignment>> listFromJson(const QJsonObject &);
template Result<QList<Registration>> listFromJson(const QJsonObject &);
template Result<QList<Question>> listFromJson(const QJsonObject &);
template Result<QList<Device>> listFromJson(const QJsonObject &);
template Result<QList<Invitation>> listFromJson(const QJsonObject &);

QJsonObject pageToJson(const QList<QJsonObject> &items, qint64 total, qint64 offset, qint64 limit)
{
    QJsonArray array;
    for (const QJsonObject &item : items)
        array.append(item);
    return {{"items"_L1, array}, {"total"_L1, total}, {"offset"_L1, offset}, {"limit"_L1, limit}};
}

template<typename T> QJsonObject pageToJson(const Page<T> &page)
{
    QList<QJsonObject> items;
    for (const T &item : page.items)
        items.append(item.toJson());
    return pageToJson(items, page.total, page.offset, page.limit);
}

template<typename T> Result<Page<T>> pageFromJson(const QJsonObject &object)
{
    auto items = listFromJson<T>(object);
    auto total = json::requireInteger(object, "total"_L1);
    auto offset = json::requireInteger(object, "offset"_L1);
    auto limit = json::requireInteger(object, "limit"_L1);
    if (const auto error = firstError(items, total, offset, limit))
        return std::unexpected(*error);
    return Page<T> {*items, *total, *offset, *limit};
}

template QJsonObject pageToJson(const Page<Organisation> &);
template QJsonObject pageToJson(const Page<StaffAccount> &);
template QJsonObject pageToJson(const Page<Registration> &);
template QJsonObject pageToJson(const Page<Question> &);
template Result<Page<Organisation>> pageFromJson(const QJsonObject &);
template Result<Page<StaffAccount>> pageFromJson(const QJsonObject &);
template Result<Page<Registration>> pageFromJson(const QJsonObject &);
template Result<Page<Question>> pageFromJson(const QJsonObject &);

} // namespace regiekamer::api
