#include "settings/DeviceIdentity.h"

#include "settings/AppSettings.h"
#include "settings/SettingsLogging.h"

#include <QRandomGenerator>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace regiekamer::client::deviceidentity {
namespace {

constexpr auto idKey = "device/id";
constexpr int idBytes = api::DeviceInfo::idLength / 2;

QString storedOrNewId()
{
    const auto settings = openSettings();
    const QString stored = settings->value(QLatin1StringView(idKey)).toString();
    if (isValidId(stored))
        return stored;
    // The operating system's random generator (not QCA: the API client also runs where QCA is not initialised).
    QByteArray bytes(idBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), idBytes / 4);
    const QString id = QString::fromLatin1(bytes.toHex());
    settings->setValue(QLatin1StringView(idKey), id);
    settings->sync();
    if (settings->status() != QSettings::NoError)
        qCWarning(lcSettings, "The device id could not be stored: this sign-in counts as a new device");
    return id;
}

} // namespace

bool isValidId(const QString &id)
{
    if (id.size() != api::DeviceInfo::idLength)
        return false;
    return std::all_of(id.cbegin(), id.cend(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString labelFrom(const QString &hostName)
{
    QString label;
    for (const QChar c : hostName) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            label.append(c);
    }
    return label.trimmed().left(api::DeviceInfo::maximumLabelLength);
}

api::DeviceInfo thisDevice()
{
    return {storedOrNewId(), labelFrom(QSysInfo::machineHostName())};
}

} // namespace regiekamer::client::deviceidentity
