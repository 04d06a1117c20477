#include "protocol/Event.h"

#include "base/JsonRead.h"

#include <QJsonDocument>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QByteArray Event::toFrame() const
{
    return QJsonDocument(QJsonObject {{"type"_L1, type}, {"data"_L1, data}}).toJson(QJsonDocument::Compact);
}

Result<Event> Event::fromFrame(const QByteArray &frame)
{
    auto object = json::parseObject(frame);
    if (!object)
        return std::unexpected(object.error());
    auto type = json::requireString(*object, "type"_L1);
    if (!type)
        return std::unexpected(type.error());
    return Event {*type, object->value("data"_L1).toObject()};
}

} // namespace regiekamer::api
