#include "settings/AppSettings.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

std::unique_ptr<QSettings> openSettings()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(directory);
    return std::make_unique<QSettings>(directory + u"/regiekamer-client.ini"_s, QSettings::IniFormat);
}

} // namespace regiekamer::client
