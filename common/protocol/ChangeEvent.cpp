#include "protocol/ChangeEvent.h"

#include "protocol/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regiekamer::api {
namespace {

Result<QList<qint64>> readIds(const QJsonObject &object)
{
    const auto notAList = [] {
        return fields::badValue(QCoreApplication::translate("Json", "Member \"%1\" must be a list.").arg(u"ids"_s));
    };
    if (!object.value("ids"_L1).isArray())
        return notAList();
    const QJsonArray array = object.value("ids"_L1).toArray();
    if (array.size() > RowsChanged::maximumIds)
        return fields::badValue(QCoreApplication::translate("Json", "Member \"%1\" may hold at most %2 entries.")
                                    .arg(u"ids"_s)
                                    .arg(RowsChanged::maximumIds));
    QList<qint64> ids;
    ids.reserve(array.size());
    for (const QJsonValue &value : array) {
        const qint64 id = value.toInteger(-1);
        if (!value.isDouble() || id < 1)
            return notAList();
        ids.append(id);
    }
    return ids;
}

} // namespace

QString changeKindToWire(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Created:
        return u"created"_s;
    case ChangeKind::Updated:
        return u"updated"_s;
    case ChangeKind::Removed:
        return u"removed"_s;
    }
    return {};
}

std::optional<ChangeKind> changeKindFromWire(const QString &wire)
{
    for (ChangeKind kind : {ChangeKind::Created, ChangeKind::Updated, ChangeKind::Removed}) {
        if (wire == changeKindToWire(kind))
            return kind;
    }
    return std::nullopt;
}

RowsChanged RowsChanged::of(qint64 webinarId, ChangeKind kind, QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.size() > maximumIds)
        return RowsChanged {webinarId, kind, {}, true};
    return RowsChanged {webinarId, kind, std::move(ids), false};
}

QJsonObject RowsChanged::toJson() const
{
    QJsonObject object {{"webinarId"_L1, webinarId}, {"kind"_L1, changeKindToWire(kind)}};
    if (many) {
        object.insert("many"_L1, true);
        return object;
    }
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    object.insert("ids"_L1, array);
    return object;
}

Result<RowsChanged> RowsChanged::fromJson(const QJsonObject &object)
{
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto kind = fields::requireEnum(object, "kind"_L1, &changeKindFromWire);
    auto many = json::optionalMember(object, "many"_L1, &json::requireBool);
    if (const auto error = firstError(webinar, kind, many))
        return std::unexpected(*error);
    if (many->value_or(false))
        return RowsChanged {*webinar, *kind, {}, true};
    auto ids = readIds(object);
    if (!ids)
        return std::unexpected(ids.error());
    return RowsChanged {*webinar, *kind, std::move(*ids), false};
}

} // namespace regiekamer::api
