#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QList>

namespace regiekamer::server {

class Database;
class FieldCipher;

// The demo webinars' stream keys (random, under demoData::ingestUrls()) and timelines: the state changes that brought
// each webinar to its state, by the demo administrator (scheduling, and webinars without a director) and director
// (the rest), all in the past.
struct DemoGoLive
{
    Database &database;
    FieldCipher &cipher;
    QDateTime now;

    Status seed(const QList<qint64> &webinarIds, const QList<qint64> &organisationIds, qint64 adminId,
                qint64 directorId);
};

} // namespace regiekamer::server
