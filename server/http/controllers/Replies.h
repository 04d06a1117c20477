#pragma once

#include "base/ApiError.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
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
