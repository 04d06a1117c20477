#include "http/controllers/RegistrationFilters.h"

#include "base/ApiError.h"
#include "protocol/Limits.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

Status readRegistrationFilters(const QUrlQuery &url, RegistrationQuery &query)
{
    query.search = url.queryItemValue(u"search"_s, QUrl::FullyDecoded);
    if (query.search.size() > api::maximumStringLength)
        return badRequest(u"The search text is too long."_s);
    if (url.hasQueryItem(u"approval"_s)) {
        query.approval = api::approvalStateFromWire(url.queryItemValue(u"approval"_s));
        if (!query.approval)
            return badRequest(u"Unknown approval state."_s);
    }
    if (url.hasQueryItem(u"present"_s)) {
        const QString present = url.queryItemValue(u"present"_s);
        if (present != "true"_L1 && present != "false"_L1)
            return badRequest(u"present is true or false."_s);
        query.present = present == "true"_L1;
    }
    query.sort = url.queryItemValue(u"sort"_s);
    if (url.hasQueryItem(u"sort"_s) && query.sort.isEmpty())
        return badRequest(u"Empty sort key."_s);
    const QString order = url.queryItemValue(u"order"_s);
    if (url.hasQueryItem(u"order"_s) && order != "asc"_L1 && order != "desc"_L1)
        return badRequest(u"order is asc or desc."_s);
    query.descending = order == "desc"_L1;
    return {};
}

} // namespace regiekamer::server
