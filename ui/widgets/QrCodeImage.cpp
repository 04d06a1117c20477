#include "widgets/QrCodeImage.h"

#include <qrencode.h>

#include <cstring>
#include <memory>

namespace regiekamer::ui {
namespace {

constexpr int quietZoneModules = 4;

struct QrCodeDeleter
{
    void operator()(QRcode *code) const
    {
        std::memset(code->data, 0, static_cast<size_t>(code->width) * static_cast<size_t>(code->width));
        QRcode_free(code);
    }
};

} // namespace

QImage qrCodeImage(const QCA::SecureArray &text, int moduleSize)
{
    QCA::SecureArray terminated = text;
    terminated.append(QCA::SecureArray(1, 0));
    const std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeString(terminated.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code || moduleSize < 1)
        return {};
    const int modules = code->width + 2 * quietZoneModules;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue; // bit 0: a dark module
            const int left = (x + quietZoneModules) * moduleSize;
            const int top = (y + quietZoneModules) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel(left + dx, top + dy, 1);
        }
    }
    return image;
}

QString groupedSecret(const QCA::SecureArray &secret)
{
    const QByteArray bytes = secret.toByteArray();
    QString grouped;
    for (qsizetype i = 0; i < bytes.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped += QLatin1Char(' ');
        grouped += QString::fromLatin1(bytes.mid(i, 4));
    }
    return grouped;
}

} // namespace regiekamer::ui
