// A key custodian unsealing the server from the sign-in window (docs/keys.md), in English and Dutch, against the
// real server started sealed (a 2-of-3 deal made in the fixture, share files written with crypto::ShareFile and their
// passphrases in files): the sign-in says the server is sealed and offers "Unseal…"; a wrong passphrase is named and
// sends nothing; the first share shows "1 of 2 shares", the same share again is refused as repeated, the second
// unseals and the app signs in with the password typed before.
#include "ApiRequests.h"
#include "GuiTestSupport.h"
#include "SealFixture.h"
#include "ServerProcess.h"
#include "crypto/ShareFile.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/TrustCertificateDialog.h"
#include "dialogs/UnsealDialog.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/UnsealFlow.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::timeoutMs;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TstGuiUnseal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void unsealFromTheSignInWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("nl") << u"nl"_s;
    }

    void unsealFromTheSignInWindow()
    {
        QFETCH(QString, language);
        m_seal = SealedDataDir(); // a new deal for each language
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), server.lastOutput().constData());
        const auto admin = server.demoAccounts().value(Role::Admin);
        {
            ApiRequests api;
            QVERIFY(api.connectTo(server));
            QVERIFY(!api.login(admin.email, admin.password, &m_seal.adminId).isEmpty());
        }
        const int port = server.port();
        QCOMPARE(server.terminate(), 0);
        const QString failure = m_seal.create(server);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // Each custodian's share file and a file with its passphrase (cheap Argon2id: the test is about the app).
        QTemporaryDir files;
        QStringList shareFiles;
        for (int index = 1; index <= 2; ++index) {
            const QString passphraseFile = files.filePath(u"custodian%1.passphrase"_s.arg(index));
            QVERIFY(writeFile(passphraseFile, u"passphrase of custodian %1\n"_s.arg(index).toUtf8()));
            auto file = crypto::ShareFile::seal(
                m_seal.shares.at(index - 1), m_seal.shareSet, 2, 3, u"custodian%1@example.org"_s.arg(index),
                QCA::SecureArray(readFile(passphraseFile).toUtf8()), crypto::Argon2Parameters {19456, 2, 1});
            QVERIFY2(file, file ? "" : qPrintable(file.error().message));
            shareFiles.append(files.filePath(u"custodian%1.share"_s.arg(index)));
            QVERIFY(writeFile(shareFiles.last(), file->toJson()));
        }
        QVERIFY2(server.start({}, port), server.lastOutput().constData()); // sealed: seal.json is there

        ui::AppController controller({QString(), u"en"_s});
        guitest::clearTrustStore();
        QVERIFY(guitest::startSignIn(controller, server, admin, language));
        ui::LoginDialog *login = controller.loginDialog();
        QTRY_VERIFY_WITH_TIMEOUT(controller.trustDialog() && controller.trustDialog()->isVisible(), timeoutMs);
        QTest::mouseClick(child<QPushButton>(controller.trustDialog(), u"trustButton"_s), Qt::LeftButton);
        auto *unsealButton = child<QPushButton>(login, u"unsealButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(unsealButton->isVisible(), timeoutMs);
        guitest::expectText(child<QLabel>(login, u"sealedLabel"_s)->text(), "regiekamer::ui::LoginDialog",
                            "The server is sealed: nobody can sign in until enough key custodians have unsealed it.",
                            u"De server is verzegeld: niemand kan inloggen totdat genoeg sleutelhouders hem hebben "
                            u"ontzegeld."_s,
                            language);
        QVERIFY(!QTest::currentTestFailed());

        unsealButton->click();
        ui::UnsealDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = controller.unsealFlow()->dialog()) && dialog->isVisible(), timeoutMs);
        auto *progress = child<QLabel>(dialog, u"unsealProgressLabel"_s);
        auto *error = child<QLabel>(dialog, u"unsealErrorLabel"_s);
        auto *file = child<QLineEdit>(dialog, u"shareFileEdit"_s);
        auto *passphrase = child<QLineEdit>(dialog, u"sharePassphraseEdit"_s);
        auto *send = child<QPushButton>(dialog, u"sendShareButton"_s);
        const auto progressText = [&](int received) {
            return language == u"nl"_s ? u"%1 van %2 sleuteldelen gegeven."_s.arg(received).arg(2)
                                       : u"%1 of %2 shares given."_s.arg(received).arg(2);
        };
        QTRY_COMPARE_WITH_TIMEOUT(progress->text(), progressText(0), timeoutMs);

        // A wrong passphrase: named, nothing sent.
        QTest::keyClicks(file, shareFiles.at(0));
        QTest::keyClicks(passphrase, u"not the passphrase"_s);
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), timeoutMs);
        QCOMPARE(error->text(),
                 QCoreApplication::translate("ShareFile",
                                             "The passphrase does not open share %1 of %2 (or the "
                                             "file was changed). Check the passphrase and try again.")
                     .arg(1)
                     .arg(u"custodian1@example.org"_s));
        QVERIFY(error->text().startsWith(language == u"nl"_s ? u"De wachtzin opent deel 1 van"_s
                                                             : u"The passphrase does not open share 1 of"_s));
        QVERIFY(passphrase->text().isEmpty());
        QCOMPARE(progress->text(), progressText(0));

        QTest::keyClicks(passphrase, readFile(files.filePath(u"custodian1.passphrase"_s)));
        send->click();
        QTRY_COMPARE_WITH_TIMEOUT(progress->text(), progressText(1), timeoutMs);
        QVERIFY(error->text().isEmpty());
        guitest::snapshot(dialog, u"unseal"_s, language);
        // The same share again: refused as repeated.
        QTest::keyClicks(passphrase, readFile(files.filePath(u"custodian1.passphrase"_s)));
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), timeoutMs);
        guitest::expectText(
            error->text(), "ApiError", "This share was given already; another custodian's share is needed.",
            u"Dit sleuteldeel is al gegeven; het deel van een andere sleutelhouder is nodig."_s, language);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(progress->text(), progressText(1));

        file->clear();
        QTest::keyClicks(file, shareFiles.at(1));
        QTest::keyClicks(passphrase, readFile(files.filePath(u"custodian2.passphrase"_s)));
        send->click();
        // Unsealed: the dialog closes and the sign-in goes on with the password typed before.
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->isVisible(), timeoutMs);
        QVERIFY(!controller.unsealFlow()->dialog());
        QVERIFY(!unsealButton->isVisible());
        controller.session()->signOut();
    }

    void cleanupTestCase()
    {
        m_seal.shares.clear(); // before QCA goes
    }

private:
    QCA::Initializer *m_crypto = new QCA::Initializer; // never destroyed, as in the other GUI tests
    SealedDataDir m_seal;
};

QTEST_MAIN(TstGuiUnseal)
#include "tst_gui_unseal.moc"
