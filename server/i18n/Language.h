#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace regiekamer::server::i18n {

// The two languages of mail and web pages. Dutch is the default: the product's own language.
enum class Language { Dutch, English };

QString languageCode(Language language); // "nl", "en"
std::optional<Language> languageFromCode(QStringView code); // "nl", "en", "nl-BE", "EN"; nothing for others

// The first of Dutch and English a browser's Accept-Language header asks for, by its q-values; Dutch when it asks
// for neither.
Language fromAcceptLanguage(QByteArrayView header);

} // namespace regiekamer::server::i18n
