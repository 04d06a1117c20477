#pragma once

#include <QByteArrayView>

// The Bech32 encoding (BIP 173) of age's keys: recipients "age1…", identities "AGE-SECRET-KEY-1…".
namespace regiekamer::server::backup::ageBech32 {

// Whether `text` is the Bech32 encoding of exactly `bytes` bytes under the human-readable part `hrp` (given in lower
// case; `text` may be all lower or all upper case), with a valid checksum and zero padding bits.
bool encodes(QByteArrayView text, QByteArrayView hrp, int bytes);

} // namespace regiekamer::server::backup::ageBech32
