#include "cli/AdminCli.h"

#include <QCoreApplication>
#include <QtCrypto>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    ::umask(077); // database, certificate, key and demo file: owner only
    QCA::Initializer crypto;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("regiekamer-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGIEKAMER_VERSION));
    return regiekamer::server::runAdmin(QCoreApplication::arguments());
}
