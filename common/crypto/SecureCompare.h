#pragma once

#include <QByteArrayView>

namespace regiekamer::crypto {

// Equal length and equal bytes, in time that depends only on the length (lengths are not secret).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace regiekamer::crypto
