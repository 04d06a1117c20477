#include "mail/MailOptions.h"

namespace regiekamer::server::mail {

using namespace Qt::StringLiterals;

QString defaultFromAddress(const QUrl &publicUrl)
{
    return u"regiekamer@"_s + (publicUrl.host().isEmpty() ? u"localhost"_s : publicUrl.host());
}

} // namespace regiekamer::server::mail
