#pragma once

#include "base/Result.h"
#include "protocol/Limits.h"

#include <QJsonObject>
#include <QList>

// Lists and pages of any resource: {"items": [...]} and {"items": [...], "total", "offset", "limit"}.
namespace regiekamer::api {

template<typename T> QJsonObject listToJson(const QList<T> &items);
template<typename T> Result<QList<T>> listFromJson(const QJsonObject &object);

template<typename T> struct Page
{
    QList<T> items;
    qint64 total = 0;
    qint64 offset = 0;
    qint64 limit = defaultPageLimit;
};
QJsonObject pageToJson(const QList<QJsonObject> &items, qint64 total, qint64 offset, qint64 limit);
template<typename T> QJsonObject pageToJson(const Page<T> &page);
template<typename T> Result<Page<T>> pageFromJson(const QJsonObject &object);

} // namespace regiekamer::api
