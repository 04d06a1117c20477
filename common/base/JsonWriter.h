#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringView>

// Compact JSON written straight into bytes, for the server's long lists (a page of registrations, docs/api.md):
// byte for byte what QJsonDocument::toJson(Compact) writes for the same values, without building a QJsonObject per
// row. QJsonObject sorts its members by key: the caller writes them in that order (tst_jsonwriter compares).
namespace regiekamer::json {

class Writer
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    {
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // A member's name; the next call writes its value.
    void key(QLatin1StringView name);

    void string(QStringView text);
    // UTF-8 text (e.g. a field just decrypted), escaped as string() escapes the same text; invalid UTF-8 becomes
    // U+FFFD as QString::fromUtf8 makes it.
    void utf8(QByteArrayView text);
    // A time as stored (db: ISO 8601 UTC with milliseconds, "2025-06-01T10:00:00.000Z"): written as is when it is a
    // valid time in exactly that form, which is what json::toWire(fromDatabaseTime(text)) gives back; otherwise that
    // conversion is made (an unreadable time gives "" or, with nullable, null).
    void storedTime(QStringView text, bool nullable);
    void integer(qint64 value);
    void boolean(bool value);
    void null();

    // Whether `text` is a valid time in the stored form (see storedTime()).
    static bool isCanonicalTime(QStringView text);

private:
    void separate();
    void escapeAscii(char16_t unit);

    QByteArray &m_out;
    bool m_afterValue = false;
};

} // namespace regiekamer::json
