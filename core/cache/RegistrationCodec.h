#pragma once

#include "protocol/Registration.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace regiekamer::client::registrationcodec {

// The attendee pages of the offline cache in a compact binary form (QDataStream; times as milliseconds): parsing
// JSON and ISO dates was ~90% of opening a cache of 100,000 registrations. Every class the API returned is kept;
// absent classes stay absent. decode() gives nullopt for anything malformed.
QByteArray encode(const QList<api::Registration> &items, qsizetype from, qsizetype count, const QDateTime &receivedAt);

struct Decoded
{
    QList<api::Registration> items;
    QDateTime receivedAt;
};
std::optional<Decoded> decode(const QByteArray &bytes);

} // namespace regiekamer::client::registrationcodec
