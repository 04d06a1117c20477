#include "base/CsvField.h"

namespace regiekamer::csv {

using namespace Qt::StringLiterals;

namespace {

bool startsFormula(QChar c)
{
    return QStringView(u"=+-@\t\r").contains(c);
}

bool separatesCells(QChar c)
{
    return QStringView(u",;\t\r\n").contains(c);
}

} // namespace

QString field(const QString &value)
{
    QString text;
    text.reserve(value.size() + 2);
    bool cellStart = true;
    for (const QChar c : value) {
        if (cellStart && startsFormula(c))
            text += u'\'';
        text += c;
        if (separatesCells(c))
            cellStart = true;
        else if (c != u' ' && c != u'"')
            cellStart = false;
    }
    if (text.contains(u'"') || text.contains(u',') || text.contains(u';') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

} // namespace regiekamer::csv
