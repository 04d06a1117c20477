#pragma once

#include "base/Result.h"

#include <QList>
#include <QObject>
#include <QTranslator>

namespace regiekamer::client {

// Chooses the interface language: the saved choice, else the system locale (nl* → Dutch, otherwise English).
// Switching installs the catalogue :/i18n/regiekamer_<code>.qm at run time; Qt then sends QEvent::LanguageChange
// so widgets and models retranslate without a restart.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code; // "en", "nl"
        QString nativeName; // the language's name in itself; deliberately not translated
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> available();
    static QString systemLanguage();
    static bool isSupported(const QString &code);

    QString savedOrSystemLanguage() const;
    // Installs code's catalogue; with persist, remembers the choice for the next start.
    Status setLanguage(const QString &code, bool persist = true);
    QString currentLanguage() const;

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator m_translator;
    QTranslator m_qtTranslator; // Qt's own dialogs and buttons
    QString m_current;
};

} // namespace regiekamer::client
