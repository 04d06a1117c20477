#pragma once

#include <QList>
#include <QString>

#include <optional>

// The ids in a request's path: where the Router's templates put them, and how the pipeline reads them.
namespace regiekamer::server::http {

// "/api/v1/webinars/{id}" -> "/api/v1/webinars/<arg>": the template as a QHttpServer rule, one QString per id.
QString routeRule(const QString &pathTemplate);

// The ids of a path: positive whole numbers of at most 16 digits, or nullopt (answered 404, as an unknown object).
std::optional<QList<qint64>> pathNumbers(const QList<QString> &pathIds);

} // namespace regiekamer::server::http
