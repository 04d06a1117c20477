#include "resources/AppIcon.h"
#include "shell/AppController.h"
#include "shell/CommandLine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QtCrypto>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

bool hasDisplay()
{
    const auto set = [](const char *name) {
        const char *value = std::getenv(name);
        return value && *value;
    };
    return set("QT_QPA_PLATFORM") || set("DISPLAY") || set("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (const auto version = regiekamer::ui::versionRequest(argc, argv)) { // needs no display
        (void)std::fputs(qUtf8Printable(*version + u'\n'), stdout);
        return 0;
    }
    if (!hasDisplay()) {
        (void)std::fputs("regiekamer: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                         "From the checkout, start it on a virtual X server:  ./run --xvfb\n"
                         "or run the program itself under Xvfb:               xvfb-run -a regiekamer\n",
                         stderr);
        return 2;
    }

    QCA::Initializer crypto; // for the app's lifetime: the offline cache (Argon2id key, AES-GCM records)
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Regiekamer"_s);
    QApplication::setApplicationName(u"Regiekamer"_s);
    QApplication::setApplicationVersion(QStringLiteral(REGIEKAMER_VERSION));
    QApplication::setWindowIcon(regiekamer::resources::applicationIcon());
    QApplication::setDesktopFileName(u"nl.regiekamer.Regiekamer"_s); // its desktop entry: the icon under Wayland

    regiekamer::ui::AppController controller(regiekamer::ui::parseCommandLine(app));
    QObject::connect(&controller, &regiekamer::ui::AppController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    if (!controller.start())
        return 1; // the crypto self-test failed; the person was told what to do

    if (qEnvironmentVariableIntValue("REGIEKAMER_BENCH_STARTUP") == 1) {
        // Runs once the event loop has processed the dialog's show and first expose.
        QTimer::singleShot(0, &app, [&sinceStart] {
            (void)std::printf("startup-ms: %lld\n", static_cast<long long>(sinceStart.elapsed()));
            (void)std::fflush(stdout);
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
