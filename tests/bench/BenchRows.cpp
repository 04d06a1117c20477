#include "BenchRows.h"

#include "protocol/Lists.h"

#include <QJsonDocument>

#include <cstdio>

namespace regiekamer::bench {

const char *const pathName = "RegistrationRepository::listJson/findJson, rows written straight into JSON";

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "regiekamer-bench-rows: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

QByteArray registrationPageBody(server::RegistrationRepository &repository, const server::RegistrationQuery &query)
{
    auto page = repository.listJson(query);
    if (!page)
        die(page.error().message);
    return page->json;
}

QByteArray registrationBody(server::RegistrationRepository &repository, qint64 id,
                            const QList<rights::FieldClass> &readable)
{
    auto body = repository.findJson(id, [&](const server::ObjectScope &) { return readable; });
    if (!body || !*body)
        die(body ? QStringLiteral("no registration %1").arg(id) : body.error().message);
    return **body;
}

QByteArray registrationPageBodyViaObjects(server::RegistrationRepository &repository,
                                          const server::RegistrationQuery &query)
{
    auto page = repository.list(query);
    if (!page)
        die(page.error().message);
    QList<QJsonObject> items;
    for (const api::Registration &item : page->items)
        items.append(api::registrationToJson(item, query.readable));
    return QJsonDocument(api::pageToJson(items, page->total, page->offset, page->limit)).toJson(QJsonDocument::Compact);
}

QByteArray registrationBodyViaObjects(server::RegistrationRepository &repository, qint64 id,
                                      const QList<rights::FieldClass> &readable)
{
    auto stored = repository.find(id);
    if (!stored || !*stored)
        die(stored ? QStringLiteral("no registration %1").arg(id) : stored.error().message);
    return QJsonDocument(api::registrationToJson((*stored)->registration, readable)).toJson(QJsonDocument::Compact);
}

} // namespace regiekamer::bench
