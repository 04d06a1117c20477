#pragma once

#include "base/Result.h"

#include <QHttpServerRequest>
#include <QMap>
#include <QString>

namespace regiekamer::server::web {

// A form's fields from an application/x-www-form-urlencoded body, read strictly: the content type, at most
// maxFields fields, each name at most once, values of at most maxValueChars characters, valid UTF-8. The pipeline
// has already refused bodies over 64 KiB. Anything else is "bad_request": the page says so and changes nothing.
class FormBody
{
public:
    struct Limits
    {
        int maxFields = 16;
        qsizetype maxValueChars = 2000;
    };

    static Result<FormBody> parse(const QHttpServerRequest &request, Limits limits);
    static Result<FormBody> parse(const QHttpServerRequest &request) { return parse(request, Limits {}); }
    // What parse() does with a body's bytes.
    static Result<FormBody> fromBytes(const QByteArray &body, Limits limits);

    // The field's value, empty when it was not sent.
    QString value(const QString &name) const { return m_fields.value(name); }
    bool has(const QString &name) const { return m_fields.contains(name); }

private:
    QMap<QString, QString> m_fields;
};

} // namespace regiekamer::server::web
