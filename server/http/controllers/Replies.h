#pragma once

#include "base/ApiError.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "protocol/Lists.h"
#include "protocol/Rights.h"

#include <QJsonArray>

// Answers the controllers build from what a repository returned, serialised with only the readable field classes.
namespace regiekamer::server::replies {

// {"items": [...]} of a list, its size reported to the request's access log entry.
template<typename Item>
QHttpServerResponse items(RequestContext &context, const Result<QList<Item>> &list,
                          const QList<rights::FieldClass> &readable,
                          QJsonObject (*toJson)(const Item &, const QList<rights::FieldClass> &))
{
    if (!list)
        return http::fromError(list.error());
    context.reportRows(list->size());
    QJsonArray array;
    for (const Item &item : *list)
        array.append(toJson(item, readable));
    return http::json(QJsonObject {{QStringLiteral("items"), array}});
}

// A page of a list, each item serialised with only the readable field classes, its size reported to the request's
// access log entry.
template<typename Item>
QHttpServerResponse page(RequestContext &context, const api::Page<Item> &page,
                         const QList<rights::FieldClass> &readable,
                         QJsonObject (*toJson)(const Item &, const QList<rights::FieldClass> &))
{
    QList<QJsonObject> items;
    for (const Item &item : page.items)
        items.append(toJson(item, readable));
    context.reportRows(items.size());
    return http::json(api::pageToJson(items, page.total, page.offset, page.limit));
}

// An object a handler just created (its id, or the error of creating it), read back from its repository as stored;
// "not_found" when it is gone already.
template<typename Repository, typename Stored, typename Item>
Result<QJsonObject> readBack(const Result<qint64> &id, Repository &repository, Item Stored::*member,
                             const QList<rights::FieldClass> &readable,
                             QJsonObject (*toJson)(const Item &, const QList<rights::FieldClass> &))
{
    if (!id)
        return std::unexpected(id.error());
    Result<std::optional<Stored>> stored = repository.find(*id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::unexpected(notFound());
    return toJson((**stored).*member, readable);
}

} // namespace regiekamer::server::replies
