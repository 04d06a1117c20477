#include "protocol/Roles.h"
#include "settings/AppSettings.h"
#include "settings/LanguageManager.h"

#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::LanguageManager;

class TstLanguageManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void switchToDutchAndBack();
    void choiceIsPersisted();
    void unsupportedLanguageRefused();
    void nativeNames();
};

void TstLanguageManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    client::openSettings()->clear();
}

void TstLanguageManager::switchToDutchAndBack()
{
    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QVERIFY(manager.setLanguage(u"nl"_s, false));
    QCOMPARE(manager.currentLanguage(), u"nl"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(roleDisplayName(Role::Director), u"Regisseur"_s);
    QCOMPARE(roleDisplayName(Role::ClientStaff), u"Medewerker klant"_s);
    QCOMPARE(QLocale().language(), QLocale::Dutch);
    QVERIFY(manager.setLanguage(u"en"_s, false));
    QCOMPARE(roleDisplayName(Role::Director), u"Director"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TstLanguageManager::choiceIsPersisted()
{
    {
        LanguageManager manager;
        QVERIFY(manager.setLanguage(u"nl"_s));
    }
    LanguageManager next;
    QCOMPARE(next.savedOrSystemLanguage(), u"nl"_s);
    QVERIFY(next.setLanguage(u"en"_s));
    QCOMPARE(LanguageManager().savedOrSystemLanguage(), u"en"_s);
    client::openSettings()->clear();
    QCOMPARE(LanguageManager().savedOrSystemLanguage(), LanguageManager::systemLanguage());
}

void TstLanguageManager::unsupportedLanguageRefused()
{
    LanguageManager manager;
    const auto result = manager.setLanguage(u"fr"_s, false);
    QVERIFY(!result);
    QVERIFY(!result.error().message.isEmpty());
}

void TstLanguageManager::nativeNames()
{
    const auto languages = LanguageManager::available();
    QCOMPARE(languages.size(), 2);
    QCOMPARE(languages.at(0).nativeName, u"English"_s);
    QCOMPARE(languages.at(1).nativeName, u"Nederlands"_s);
    QVERIFY(LanguageManager::isSupported(u"nl"_s));
    QVERIFY(!LanguageManager::isSupported(u"de"_s));
}

QTEST_GUILESS_MAIN(TstLanguageManager)
#include "tst_languagemanager.moc"
