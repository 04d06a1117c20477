#include "shell/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

AppController::Options parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Regiekamer: the control room for webinar teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s, QCoreApplication::translate("CommandLine", "Prefill the server address."), u"url"_s);
    const QCommandLineOption language(
        u"language"_s, QCoreApplication::translate("CommandLine", "Interface language for this run: nl or en."),
        u"code"_s);
    parser.addOption(server);
    parser.addOption(language);
    parser.process(app);
    return {parser.value(server), parser.value(language)};
}

} // namespace regiekamer::ui
