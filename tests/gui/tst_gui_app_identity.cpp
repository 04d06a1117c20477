// The desktop app's identity: the icon from the compiled-in resources as the window icon, in every size it is
// rendered in, and in the about box; `regiekamer --version` answered before any QApplication (so without a display).
#include "resources/AppIcon.h"
#include "session/SessionController.h"
#include "shell/CommandLine.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;

namespace {

QList<QSize> expectedSizes()
{
    return {QSize(16, 16),   QSize(32, 32),   QSize(48, 48),  QSize(64, 64),
            QSize(128, 128), QSize(256, 256), QSize(512, 512)};
}

QImage resourceImage(int size)
{
    return QImage(u":/icons/regiekamer-%1.png"_s.arg(size)).convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class TstGuiAppIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What app/main.cpp does.
        QApplication::setWindowIcon(resources::applicationIcon());
    }

    void iconHasEverySize()
    {
        const QIcon icon = resources::applicationIcon();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.availableSizes(), expectedSizes());
        for (const int size : resources::applicationIconSizes()) {
            const QImage image = resourceImage(size);
            QCOMPARE(image.size(), QSize(size, size)); // each size drawn, not scaled from another
            QCOMPARE(icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                     image);
        }
    }

    void windowIconIsTheResourceIcon()
    {
        client::SessionController session;
        ui::MainWindow window(&session);
        const QIcon icon = window.windowIcon();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.cacheKey(), QApplication::windowIcon().cacheKey());
        QCOMPARE(icon.availableSizes(), expectedSizes());
        QCOMPARE(icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 resourceImage(32));
    }

    void aboutBoxShowsTheIcon()
    {
        client::SessionController session;
        ui::MainWindow window(&session);
        window.findChild<QAction *>(u"aboutAction"_s)->trigger();
        auto *box = window.findChild<QMessageBox *>(u"noticeMessage"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral(REGIEKAMER_VERSION)));
        QCOMPARE(box->iconPixmap().size(), QSize(64, 64));
        QCOMPARE(box->iconPixmap().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied), resourceImage(64));
        box->close();
    }

    void versionWithoutApplication_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("answered");
        QTest::newRow("--version") << QStringList {u"--version"_s} << true;
        QTest::newRow("-v") << QStringList {u"-v"_s} << true;
        QTest::newRow("with other options")
            << QStringList {u"--server"_s, u"https://server.example:8443"_s, u"--version"_s} << true;
        QTest::newRow("no options") << QStringList {} << false;
        QTest::newRow("server only") << QStringList {u"--server"_s, u"https://server.example:8443"_s} << false;
        QTest::newRow("unknown option") << QStringList {u"--bogus"_s, u"--version"_s} << false;
    }

    void versionWithoutApplication()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, answered);
        const auto version = ui::versionRequest(QStringList {u"regiekamer"_s} + arguments);
        QCOMPARE(version.has_value(), answered);
        if (answered)
            QCOMPARE(*version, u"regiekamer "_s + QStringLiteral(REGIEKAMER_VERSION));
        const QByteArray program = "regiekamer";
        const char *argv[] = {program.constData(), "--version"};
        QCOMPARE(ui::versionRequest(2, argv).value_or(QString()),
                 u"regiekamer "_s + QStringLiteral(REGIEKAMER_VERSION));
    }

private:
    // Never destroyed, as in the other GUI tests: the session controller's offline cache may use QCA until exit.
    QCA::Initializer *m_crypto = new QCA::Initializer;
};

QTEST_MAIN(TstGuiAppIdentity)
#include "tst_gui_app_identity.moc"
