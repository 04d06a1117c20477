#pragma once

#include "i18n/Language.h"

#include <QString>

#include <memory>

class QTranslator;

namespace regiekamer::server::i18n {

// The texts of one language, for code that speaks to a person in their own language whatever the process's locale:
// each mail and each web page picks the catalogue of its reader. Loaded once from the embedded catalogue and never
// changed after, so any thread may read it.
//
// Texts are marked for lupdate by calling translate() with literal arguments, as QCoreApplication::translate():
//     catalogue.translate("regiekamer::server::mail::Invitation", "You are invited to %1")
class Catalogue
{
public:
    static const Catalogue &of(Language language);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;
    Language language() const { return m_language; }

    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;
    ~Catalogue();

private:
    explicit Catalogue(Language language);

    Language m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace regiekamer::server::i18n
