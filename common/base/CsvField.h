#pragma once

#include <QString>

namespace regiekamer::csv {

// An RFC 4180 field (comma separated) that no spreadsheet reads as a formula, whatever list separator it splits
// with. Excel with a Dutch locale splits a line at ';' and honours quotes only at the start of a cell, so the
// value "x;=1+1" would become the cells "x" and "=1+1". A single quote therefore goes before = + - @ tab and CR
// wherever a reader may start a cell: at the start of the value and after each ',', ';', tab, CR or LF (spaces and
// double quotes in between count as the cell's start). Values with a separator, quote or line break are quoted.
QString field(const QString &value);

} // namespace regiekamer::csv
