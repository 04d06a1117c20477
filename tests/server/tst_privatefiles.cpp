// Secret files are owner-only from the moment they exist (attack review finding 14): under the most permissive
// umask every key file (master key, access log key, TLS private key) is mode 0600 right after it was created, a
// symbolic link planted at a key's name is never followed, creating never overwrites what is there, and replacing
// puts a new file in place instead of writing into the old one. The race itself (another user opening the file
// between its creation and a chmod) cannot be observed; docs/security.md argues why none is left.
#include "audit/AuditKey.h"
#include "base/PrivateFile.h"
#include "http/CertificateStore.h"
#include "keys/MasterKey.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

// The mode bits of the name itself (not of what a link points to); -1 when there is nothing.
int modeOf(const QString &path)
{
    struct stat status {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return S_ISREG(status.st_mode) ? static_cast<int>(status.st_mode & 07777) : -2;
}

bool isSymbolicLink(const QString &path)
{
    struct stat status {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISLNK(status.st_mode);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<none>");
}

QStringList namesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    mode_t m_umask = 077;

private Q_SLOTS:
    // Nothing narrows a new file's mode for the code under test.
    void initTestCase() { m_umask = ::umask(0); }
    void cleanupTestCase() { ::umask(m_umask); }

    void keyFilesAreOwnerOnlyFromCreation()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        MasterKey master(directory.filePath(MasterKey::defaultFileName));
        master.addRandomKey(1);
        QVERIFY(master.save());
        QCOMPARE(modeOf(master.path()), 0600);
        master.addRandomKey(2); // a rotation replaces the file
        QVERIFY(master.save());
        QCOMPARE(modeOf(master.path()), 0600);

        const QString auditKey = directory.filePath(audit::AuditKey::defaultFileName);
        QVERIFY(audit::AuditKey::load(auditKey, true));
        QCOMPARE(modeOf(auditKey), 0600);

        QVERIFY(certificateStore::loadOrCreate(directory.path(), u"127.0.0.1"_s));
        QCOMPARE(modeOf(directory.filePath(QLatin1StringView(certificateStore::keyFileName))), 0600);

        const QString created = directory.filePath(u"created"_s);
        QVERIFY(privateFile::create(created, "secret"));
        QCOMPARE(modeOf(created), 0600);
        QCOMPARE(contentsOf(created), QByteArray("secret"));
        // Nothing but the files themselves is left in the directory (no temporary file).
        QCOMPARE(namesIn(directory.path()),
                 (QStringList {audit::AuditKey::defaultFileName, u"created"_s, MasterKey::defaultFileName,
                               QLatin1StringView(certificateStore::certificateFileName),
                               QLatin1StringView(certificateStore::keyFileName)}));
    }

    // A file another user may have opened while it was readable keeps its old contents: the new ones are a new file.
    void replacingPutsANewOwnerOnlyFileInPlace()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"key"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old secret");
        old.close();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(modeOf(path), 0644);
        QVERIFY(old.open(QIODevice::ReadOnly)); // as someone who opened it before

        QVERIFY(privateFile::replace(path, "new secret"));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(contentsOf(path), QByteArray("new secret"));
        QCOMPARE(old.readAll(), QByteArray("old secret"));
        QCOMPARE(namesIn(directory.path()), QStringList {u"key"_s});
    }

    void createRefusesWhatIsThere()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"key"_s);
        QVERIFY(privateFile::create(path, "first"));
        const auto again = privateFile::create(path, "second");
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(path), qPrintable(again.error().message));
        QCOMPARE(contentsOf(path), QByteArray("first"));
        QVERIFY(!privateFile::create(directory.path(), "x")); // a directory
        QCOMPARE(namesIn(directory.path()), QStringList {u"key"_s});
    }

    // A link to a file the attacker wants written (target there) or wants created (target missing).
    void refusesALinkPlantedAtTheName_data()
    {
        QTest::addColumn<bool>("replacing");
        QTest::addColumn<bool>("targetExists");
        for (const bool replacing : {false, true}) {
            for (const bool targetExists : {false, true}) {
                QTest::addRow("%s, link to %s", replacing ? "replace" : "create", targetExists ? "a file" : "nothing")
                    << replacing << targetExists;
            }
        }
    }

    void refusesALinkPlantedAtTheName()
    {
        QFETCH(bool, replacing);
        QFETCH(bool, targetExists);
        QTemporaryDir directory;
        const QString target = directory.filePath(u"target"_s), link = directory.filePath(u"key"_s);
        if (targetExists) {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the attacker's");
        }
        QVERIFY(QFile::link(target, link));
        const auto written = replacing ? privateFile::replace(link, "secret") : privateFile::create(link, "secret");
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(link), qPrintable(written.error().message));
        QVERIFY(isSymbolicLink(link));
        QCOMPARE(contentsOf(target), targetExists ? QByteArray("the attacker's") : QByteArray("<none>"));
        QCOMPARE(namesIn(directory.path()),
                 targetExists ? (QStringList {u"key"_s, u"target"_s}) : QStringList {u"key"_s});
    }

    // The same through a key file's own code: the access log key is not written to where a planted link points.
    void keyFileIsNotWrittenThroughALink()
    {
        QTemporaryDir directory;
        const QString target = directory.filePath(u"readable-by-the-attacker"_s);
        const QString keyPath = directory.filePath(audit::AuditKey::defaultFileName);
        QVERIFY(QFile::link(target, keyPath));
        QVERIFY(!audit::AuditKey::load(keyPath, true));
        QVERIFY(!QFile::exists(target));
        QVERIFY(isSymbolicLink(keyPath));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
