#pragma once

#include <QImage>
#include <QtCrypto>

namespace regiekamer::ui {

// A QR code (libqrencode, error correction level M) of text, drawn module by module into a black-and-white image:
// each module moduleSize pixels square, with the quiet zone of four modules the standard asks for. A null image if
// the text does not fit a QR code. The text may be a secret (an otpauth URI): it is not copied beyond libqrencode's
// own buffer, which is wiped before it is freed.
QImage qrCodeImage(const QCA::SecureArray &text, int moduleSize);

// The base32 secret in groups of four characters, for typing it by hand ("ABCD EFGH ...").
QString groupedSecret(const QCA::SecureArray &secret);

} // namespace regiekamer::ui
