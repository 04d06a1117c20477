#include "i18n/Language.h"

#include <QList>

namespace regiekamer::server::i18n {

using namespace Qt::StringLiterals;

QString languageCode(Language language)
{
    return language == Language::English ? u"en"_s : u"nl"_s;
}

std::optional<Language> languageFromCode(QStringView code)
{
    const QStringView primary = code.left(code.indexOf(u'-')).trimmed();
    if (primary.compare(u"nl", Qt::CaseInsensitive) == 0)
        return Language::Dutch;
    if (primary.compare(u"en", Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

namespace {

// "q=0.5" of one Accept-Language entry; 1 without one, 0 for a value out of range or unreadable.
double weightOf(QByteArrayView parameters)
{
    for (QByteArrayView parameter : QByteArray(parameters).split(';')) {
        parameter = parameter.trimmed();
        if (!parameter.startsWith("q="))
            continue;
        bool ok = false;
        const double q = QByteArray(parameter.mid(2)).toDouble(&ok);
        return ok && q >= 0 && q <= 1 ? q : 0;
    }
    return 1;
}

} // namespace

Language fromAcceptLanguage(QByteArrayView header)
{
    std::optional<Language> best;
    double bestWeight = 0;
    for (const QByteArray &entry : QByteArray(header.left(1024)).split(',')) {
        const qsizetype semicolon = entry.indexOf(';');
        const auto language = languageFromCode(QString::fromLatin1(entry.left(semicolon)));
        const double weight = semicolon < 0 ? 1 : weightOf(QByteArrayView(entry).mid(semicolon + 1));
        if (language && weight > bestWeight) {
            best = language;
            bestWeight = weight;
        }
    }
    return best.value_or(Language::Dutch);
}

} // namespace regiekamer::server::i18n
