#include "settings/LanguageManager.h"

#include "settings/AppSettings.h"
#include "settings/SettingsLogging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

constexpr auto settingsKey = "ui/language";

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_translator);
}

QList<LanguageManager::Language> LanguageManager::available()
{
    return {{u"en"_s, u"English"_s}, {u"nl"_s, u"Nederlands"_s}};
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().name().startsWith(u"nl"_s) ? u"nl"_s : u"en"_s;
}

bool LanguageManager::isSupported(const QString &code)
{
    const auto languages = available();
    return std::any_of(languages.begin(), languages.end(),
                       [&code](const Language &language) { return language.code == code; });
}

QString LanguageManager::savedOrSystemLanguage() const
{
    const QString saved = openSettings()->value(QLatin1StringView(settingsKey)).toString();
    return isSupported(saved) ? saved : systemLanguage();
}

Status LanguageManager::setLanguage(const QString &code, bool persist)
{
    if (!isSupported(code))
        return fail(u"unsupported_language"_s,
                    tr("The language \"%1\" is not available. Choose English or Nederlands.").arg(code));
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    const bool loaded = m_translator.load(u":/i18n/regiekamer_"_s + code + u".qm"_s);
    // Qt's own texts (the file dialog, standard buttons) from Debian's qt6-translations-l10n, where installed.
    if (m_qtTranslator.load(QLocale(code), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // English is the source language: without its catalogue the source texts are shown, which is correct.
    if (!loaded && code != u"en"_s) {
        qCWarning(lcSettings, "The %s translation is missing from this build", qUtf8Printable(code));
        return fail(u"translation_missing"_s, tr("The translation for \"%1\" is missing from this build.").arg(code));
    }
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.name().startsWith(code) ? system : QLocale(code));
    if (loaded)
        QCoreApplication::installTranslator(&m_translator);
    else
        QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(QEvent::LanguageChange));
    m_current = code;
    qCInfo(lcSettings, "Interface language: %s", qUtf8Printable(code));
    if (persist)
        openSettings()->setValue(QLatin1StringView(settingsKey), code);
    Q_EMIT languageChanged(code);
    return {};
}

QString LanguageManager::currentLanguage() const
{
    return m_current;
}

} // namespace regiekamer::client
