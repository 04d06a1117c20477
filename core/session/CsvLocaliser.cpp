#include "session/CsvLocaliser.h"

#include "base/CsvField.h"
#include "models/RegistrationModel.h"
#include "protocol/Registration.h"

#include <QCoreApplication>
#include <QDateTime>

namespace regiekamer::client {

using namespace Qt::StringLiterals;

namespace {

using Field = RegistrationModel::Field;

// "consent.recording" and "consentRecording" name the same column.
QString comparable(const QString &name)
{
    return name.toLower().remove(u'.');
}

// The cells of one RFC 4180 record, from `from` up to its line break; `*end` just after it. False when the record
// is not complete yet.
bool parseRecord(const QString &text, qsizetype from, QStringList *cells, qsizetype *end)
{
    QString cell;
    bool quoted = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != u'"') {
                cell += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += c;
                ++i;
            } else if (i + 1 >= text.size()) {
                return false; // the next bytes decide whether this quote is doubled
            } else {
                quoted = false;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            *cells << std::exchange(cell, {});
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && (i + 1 >= text.size()))
                return false;
            *cells << cell;
            *end = i + ((c == u'\r' && text.at(i + 1) == u'\n') ? 2 : 1);
            return true;
        } else {
            cell += c;
        }
    }
    return false;
}

} // namespace

CsvLocaliser::CsvLocaliser(const QLocale &locale)
    : m_locale(locale)
    , m_separator(locale.decimalPoint() == u","_s ? u';' : u',')
{
}

QByteArray CsvLocaliser::feed(const QByteArray &bytes)
{
    m_pending += m_decoder.decode(bytes);
    return takeRecords(false);
}

QByteArray CsvLocaliser::finish()
{
    if (!m_pending.isEmpty() && !m_pending.endsWith(u'\n'))
        m_pending += u"\r\n"_s;
    return takeRecords(true);
}

QByteArray CsvLocaliser::takeRecords(bool atEnd)
{
    QByteArray out;
    if (!m_started) {
        out = QByteArray("\xEF\xBB\xBF");
        m_started = true;
    }
    qsizetype from = 0;
    for (;;) {
        QStringList cells;
        qsizetype end = 0;
        if (!parseRecord(m_pending, from, &cells, &end))
            break;
        out += record(cells);
        from = end;
    }
    m_pending.remove(0, from);
    if (atEnd)
        m_pending.clear();
    return out;
}

// Every cell through csv::field: it quotes for either separator, and the server's formula guard is kept as it is
// (a value it already starts with a quote mark gets no second one).
QByteArray CsvLocaliser::record(const QStringList &cells)
{
    const bool isHeader = m_kinds.isEmpty();
    QStringList fields;
    for (qsizetype i = 0; i < cells.size(); ++i)
        fields << csv::field(isHeader ? header(cells.at(i)) : value(cells.at(i), m_kinds.value(i, Kind::Plain)));
    return (fields.join(m_separator) + u"\r\n"_s).toUtf8();
}

QString CsvLocaliser::header(const QString &name)
{
    Kind kind = Kind::Plain;
    QString title = name == u"id"_s ? QCoreApplication::translate("CsvLocaliser", "Number") : name;
    if (name == u"waitlistPosition"_s) // no column of the attendee table: the table shows it with the state
        title = QCoreApplication::translate("CsvLocaliser", "Place on the waiting list");
    for (int f = int(Field::FullName); f <= int(Field::ConsentGivenAt); ++f) {
        const auto field = static_cast<Field>(f);
        if (comparable(RegistrationModel::fieldKey(field)) != comparable(name))
            continue;
        title = RegistrationModel::fieldTitle(field);
        switch (field) {
        case Field::RegisteredAt:
        case Field::JoinedAt:
        case Field::LeftAt:
        case Field::ConsentGivenAt:
            kind = Kind::Time;
            break;
        case Field::Present:
        case Field::ConsentRecording:
        case Field::ConsentMarketing:
            kind = Kind::YesNo;
            break;
        case Field::Approval:
            kind = Kind::Approval;
            break;
        default:
            break;
        }
    }
    m_kinds << kind;
    return title;
}

QString CsvLocaliser::value(const QString &cell, Kind kind) const
{
    switch (kind) {
    case Kind::Time: {
        const QDateTime time = QDateTime::fromString(cell, Qt::ISODateWithMs);
        return time.isValid() ? m_locale.toString(time.toLocalTime(), QLocale::ShortFormat) : cell;
    }
    case Kind::YesNo:
        if (cell == u"true"_s)
            return QCoreApplication::translate("CsvLocaliser", "Yes");
        return cell == u"false"_s ? QCoreApplication::translate("CsvLocaliser", "No") : cell;
    case Kind::Approval: {
        const auto state = api::approvalStateFromWire(cell);
        return state ? RegistrationModel::approvalDisplayName(*state) : cell;
    }
    case Kind::Plain:
        break;
    }
    return cell;
}

} // namespace regiekamer::client
