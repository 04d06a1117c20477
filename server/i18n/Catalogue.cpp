#include "i18n/Catalogue.h"

#include <QTranslator>

namespace regiekamer::server::i18n {

using namespace Qt::StringLiterals;

Catalogue::Catalogue(Language language)
    : m_language(language)
    , m_translator(std::make_unique<QTranslator>())
{
    // The catalogue is embedded at build time; a build without it would speak English source texts only, so a
    // missing catalogue is a build error the tests catch (tst_serveri18n), not a runtime state.
    if (!m_translator->load(u":/i18n/regiekamer_"_s + languageCode(language) + u".qm"_s))
        qWarning("Regiekamer: the %s catalogue is missing from the build", qPrintable(languageCode(language)));
}

Catalogue::~Catalogue() = default;

const Catalogue &Catalogue::of(Language language)
{
    static const Catalogue dutch(Language::Dutch);
    static const Catalogue english(Language::English);
    return language == Language::English ? english : dutch;
}

QString Catalogue::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text = m_translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(u"%n"_s, QString::number(n));
    return text;
}

} // namespace regiekamer::server::i18n
