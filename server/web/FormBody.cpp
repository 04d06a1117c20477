#include "web/FormBody.h"

#include "base/ApiError.h"

#include <QHttpHeaders>

namespace regiekamer::server::web {

using namespace Qt::StringLiterals;

namespace {

auto badForm(const QString &why)
{
    return fail(QString::fromLatin1(api::errc::badRequest), why);
}

// One name or value: '+' is a space, then percent-decoding, then UTF-8 that must be valid.
std::optional<QString> decode(QByteArray part)
{
    part.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(part);
    if (!QUtf8StringView(bytes).isValidUtf8())
        return std::nullopt;
    return QString::fromUtf8(bytes);
}

} // namespace

Result<FormBody> FormBody::parse(const QHttpServerRequest &request, Limits limits)
{
    const QByteArray type = request.headers().value(QHttpHeaders::WellKnownHeader::ContentType).toByteArray();
    if (!type.trimmed().toLower().startsWith("application/x-www-form-urlencoded"))
        return badForm(u"The form was not sent as application/x-www-form-urlencoded."_s);
    return fromBytes(request.body(), limits);
}

Result<FormBody> FormBody::fromBytes(const QByteArray &body, Limits limits)
{
    FormBody form;
    if (body.isEmpty())
        return form;
    const QList<QByteArray> pairs = body.split('&');
    if (pairs.size() > limits.maxFields)
        return badForm(u"The form has too many fields."_s);
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        const auto name = decode(equals < 0 ? pair : pair.first(equals));
        const auto value = decode(equals < 0 ? QByteArray() : pair.sliced(equals + 1));
        if (!name || !value)
            return badForm(u"The form is not valid UTF-8."_s);
        if (name->isEmpty() || form.m_fields.contains(*name))
            return badForm(u"The form has an empty or repeated field name."_s);
        if (value->size() > limits.maxValueChars)
            return badForm(u"A field of the form is too long."_s);
        form.m_fields.insert(*name, *value);
    }
    return form;
}

} // namespace regiekamer::server::web
