#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringDecoder>

namespace regiekamer::client {

// Turns the server's registration CSV (RFC 4180 with commas, the API's member names, UTC times in ISO 8601,
// approval states and booleans as wire words) into what a spreadsheet in the person's language opens as intended:
// a byte order mark (so Excel reads UTF-8), the locale's list separator (';' where the decimal point is a comma, as
// in Dutch), the column titles of the desktop's table, local times in the locale's short format, and translated
// values. Works as the download streams in: feed() returns the records completed so far.
class CsvLocaliser
{
public:
    explicit CsvLocaliser(const QLocale &locale);

    QByteArray feed(const QByteArray &bytes);
    QByteArray finish(); // the last record when the text did not end with a line break

private:
    enum class Kind { Plain, Time, YesNo, Approval };

    QByteArray takeRecords(bool atEnd);
    QByteArray record(const QStringList &cells);
    QString header(const QString &name);
    QString value(const QString &cell, Kind kind) const;

    QLocale m_locale;
    QChar m_separator;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
    QString m_pending;
    QList<Kind> m_kinds; // per column, from the header; empty until it arrived
    bool m_started = false;
};

} // namespace regiekamer::client
