#pragma once

#include <QString>

namespace regiekamer::csv {

// An RFC 4180 field, with spreadsheet formulas (= + - @, tab, CR) neutralised by a leading single quote.
QString field(const QString &value);

} // namespace regiekamer::csv
