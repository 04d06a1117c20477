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

std::optional<QString> versionRequest(const QStringList &arguments)
{
    // The options of parseCommandLine, without their descriptions: only which ones take a value matters here.
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOption({u"server"_s, QString(), u"url"_s});
    parser.addOption({u"language"_s, QString(), u"code"_s});
    if (!parser.parse(arguments) || !parser.isSet(version))
        return std::nullopt;
    return QStringLiteral("regiekamer " REGIEKAMER_VERSION);
}

std::optional<QString> versionRequest(int argc, const char *const *argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return versionRequest(arguments);
}

} // namespace regiekamer::ui
