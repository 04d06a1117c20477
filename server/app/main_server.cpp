#include "app/ServerApp.h"

#include <QCoreApplication>
#include <QtCrypto>

#include <sys/stat.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
    ::umask(077); // database, certificate, key and demo file: owner only
#ifdef __GLIBC__
    // Each Argon2id verification allocates 19 MiB. A fixed threshold keeps such blocks in their own mappings,
    // returned to the system when freed, instead of glibc's adaptive threshold parking them on the heap for good.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
    QCA::Initializer crypto;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("regiekamer-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGIEKAMER_VERSION));
    return regiekamer::server::runServer(QCoreApplication::arguments());
}
