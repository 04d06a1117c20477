#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A minimal RFC 4180 reader: quoted fields with "" escapes, CRLF record ends; false on malformed input.
bool parseCsv(const QString &text, QList<QStringList> &rows);
