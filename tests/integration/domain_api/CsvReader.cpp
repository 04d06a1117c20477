#include "CsvReader.h"

bool parseCsv(const QString &text, QList<QStringList> &rows)
{
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    if (i + 1 < text.size() && text.at(i + 1) != u',' && text.at(i + 1) != u'\r')
                        return false; // text after a closing quote
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (fieldStarted && !field.isEmpty())
                return false; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row += field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return false; // a bare CR
            row += field;
            rows += row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n') {
            return false; // records end with CRLF
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    return !quoted && row.isEmpty() && field.isEmpty(); // the last record ends with CRLF too
}
