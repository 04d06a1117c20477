#include "db/ChangeCapture.h"

#include <algorithm>

namespace regiekamer::server::capture {

bool isCaptured(QStringView table)
{
    if (table.startsWith(QLatin1StringView("sqlite_")))
        return false;
    return std::none_of(uncapturedTables.begin(), uncapturedTables.end(),
                        [table](QLatin1StringView name) { return table == name; });
}

} // namespace regiekamer::server::capture
