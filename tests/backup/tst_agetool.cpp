// age as a subprocess (issue 14): Debian's age and age-keygen are found and checked, a real round trip works, a
// large stream goes through without being held in memory, the output is an age file without the plaintext, a wrong
// identity or an altered or truncated file fails, no secret is ever put on a command line, and a missing or wrong
// age refuses instead of writing plain bytes.
#include "backup/AgeTool.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace regiekamer;
using namespace regiekamer::server::backup;
using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView canary = "CANARY-7f3a9c1e-plaintext-marker"; // 32 bytes
constexpr qint64 largeBytes = qint64 {20} * 1024 * 1024;
#if defined(__SANITIZE_ADDRESS__)
constexpr bool peakTellsMemoryHeld = false; // AddressSanitizer keeps freed memory in quarantine
#else
constexpr bool peakTellsMemoryHeld = true;
#endif

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The most memory this process has held so far.
qint64 peakKiB()
{
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int modeOf(const QString &path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? static_cast<int>(status.st_mode & 0777) : -1;
}

Status writeBytes(QIODevice &out, QByteArrayView bytes)
{
    if (out.write(bytes.data(), bytes.size()) != bytes.size())
        return fail(u"test"_s, out.errorString());
    return {};
}

// Reads everything into `into`; the reader's failure is age's business only if age failed.
std::function<Status(QIODevice &)> collectInto(QByteArray &into)
{
    return [&into](QIODevice &in) -> Status {
        char piece[4096];
        for (qint64 read = 0; (read = in.read(piece, sizeof piece)) > 0;)
            into.append(piece, read);
        return {};
    };
}

// A program named `name` in `directory` that runs `script` with /bin/sh.
void writeScript(const QString &directory, const QString &name, const QByteArray &script)
{
    const QString path = QDir(directory).filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n" + script);
    file.close();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

// PATH set to `path` while it lives, the old one restored after.
class PathOverride
{
public:
    explicit PathOverride(const QString &path)
        : m_old(qgetenv("PATH"))
    {
        qputenv("PATH", QFile::encodeName(path));
    }
    ~PathOverride() { qputenv("PATH", m_old); }
    PathOverride(const PathOverride &) = delete;
    PathOverride &operator=(const PathOverride &) = delete;

private:
    QByteArray m_old;
};

} // namespace

class TestAgeTool : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QTemporaryDir m_directory;
    std::optional<AgeTool> m_age;
    QString m_identity;
    Recipient m_recipient;

    QString path(const QString &name) const { return m_directory.filePath(name); }

    QString encryptText(const QString &name, QByteArrayView text)
    {
        const QString cipher = path(name);
        const auto encrypted =
            m_age->encrypt({m_recipient}, cipher, [text](QIODevice &out) { return writeBytes(out, text); });
        if (!encrypted)
            qWarning("%s", qPrintable(encrypted.error().message));
        return encrypted ? cipher : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        auto age = AgeTool::locate();
        QVERIFY2(age, age ? "" : qPrintable(age.error().message));
        QVERIFY(age->version().startsWith(u"1."_s) || age->version().startsWith(u"v1."_s));
        m_age = *age;
        m_identity = path(u"identity.txt"_s);
        auto recipient = m_age->generateIdentity(m_identity);
        QVERIFY2(recipient, recipient ? "" : qPrintable(recipient.error().message));
        QVERIFY(recipient->startsWith(u"age1"_s));
        QCOMPARE(modeOf(m_identity), 0600);
        m_recipient.publicKey = *recipient;
    }

    void roundTrip()
    {
        const QByteArray text = "Registratie 42: " + canary.toByteArray();
        const QString cipher = encryptText(u"round.age"_s, text);
        QVERIFY(!cipher.isEmpty());
        QCOMPARE(modeOf(cipher), 0600);
        QByteArray plain;
        const auto decrypted = m_age->decrypt(m_identity, cipher, collectInto(plain));
        QVERIFY2(decrypted, decrypted ? "" : qPrintable(decrypted.error().message));
        QCOMPARE(plain, text);
        // Only the object itself is left: no temporary file beside it.
        QCOMPARE(QDir(m_directory.path()).entryList({u"*.partial"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    // 20 MiB through age and back, in pieces: held at once are a piece of the writer's and what waits for age.
    void largeStreamGoesThroughInPieces()
    {
        QCA::Hash written(u"sha256"_s);
        const QString cipher = path(u"large.age"_s);
        const qint64 peakBefore = peakKiB();
        const auto encrypted = m_age->encrypt({m_recipient}, cipher, [&written](QIODevice &out) -> Status {
            QRandomGenerator random(14);
            QByteArray piece(1024 * 1024, Qt::Uninitialized);
            for (qint64 done = 0; done < largeBytes; done += piece.size()) {
                random.fillRange(reinterpret_cast<quint32 *>(piece.data()), piece.size() / 4);
                piece.replace(4096, canary.size(), canary.toByteArray());
                written.update(piece);
                if (auto sent = writeBytes(out, piece); !sent)
                    return sent;
            }
            return {};
        });
        QVERIFY2(encrypted, encrypted ? "" : qPrintable(encrypted.error().message));
        QCA::Hash read(u"sha256"_s);
        qint64 readBytes = 0;
        const auto decrypted = m_age->decrypt(m_identity, cipher, [&read, &readBytes](QIODevice &in) -> Status {
            QByteArray piece(64 * 1024, Qt::Uninitialized);
            for (qint64 got = 0; (got = in.read(piece.data(), piece.size())) > 0; readBytes += got)
                read.update(piece.constData(), static_cast<int>(got));
            return {};
        });
        QVERIFY2(decrypted, decrypted ? "" : qPrintable(decrypted.error().message));
        QVERIFY2(!peakTellsMemoryHeld || peakKiB() - peakBefore < 10 * 1024,
                 qPrintable(u"grew by %1 KiB"_s.arg(peakKiB() - peakBefore)));
        QCOMPARE(readBytes, largeBytes);
        QCOMPARE(read.final().toByteArray(), written.final().toByteArray());

        const QByteArray stored = contentsOf(cipher);
        QVERIFY(stored.size() > largeBytes);
        QVERIFY(beginsWithAgeHeader(stored));
        QVERIFY(checkAgeHeader(cipher));
        QVERIFY(!stored.contains(canary));
    }

    void wrongIdentityFails()
    {
        const QString cipher = encryptText(u"for-one.age"_s, "secret");
        const QString other = path(u"other-identity.txt"_s);
        QVERIFY(m_age->generateIdentity(other));
        QByteArray plain;
        const auto decrypted = m_age->decrypt(other, cipher, collectInto(plain));
        QVERIFY(!decrypted);
        QVERIFY2(decrypted.error().message.contains(cipher), qPrintable(decrypted.error().message));
        QVERIFY(plain.isEmpty());
    }

    void alteredCiphertextFails_data()
    {
        QTest::addColumn<int>("cutAt"); // bytes kept from the end; 0: not cut
        QTest::addColumn<int>("flipFromEnd"); // byte flipped, counted from the end; 0: none
        QTest::newRow("last byte cut") << 1 << 0;
        QTest::newRow("last chunk half cut") << 5000 << 0;
        QTest::newRow("only the age header left") << -1 << 0;
        QTest::newRow("payload byte flipped") << 0 << 100;
        QTest::newRow("last byte flipped") << 0 << 1;
    }

    void alteredCiphertextFails()
    {
        QFETCH(int, cutAt);
        QFETCH(int, flipFromEnd);
        const QString cipher = encryptText(u"altered.age"_s, QByteArray(100'000, 'x'));
        QByteArray bytes = contentsOf(cipher);
        if (cutAt > 0)
            bytes.chop(cutAt);
        if (cutAt < 0)
            bytes.truncate(ageHeaderLine.size());
        if (flipFromEnd > 0)
            bytes[bytes.size() - flipFromEnd] = static_cast<char>(bytes.at(bytes.size() - flipFromEnd) ^ 0x01);
        QFile file(cipher);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        QByteArray plain;
        const auto decrypted = m_age->decrypt(m_identity, cipher, collectInto(plain));
        QVERIFY(!decrypted);
        QVERIFY2(decrypted.error().message.contains(cipher), qPrintable(decrypted.error().message));
    }

    void recipientOfMatchesAgeKeygen()
    {
        const QString identity = path(u"keygen-identity.txt"_s);
        QProcess keygen;
        keygen.start(u"age-keygen"_s, {u"-o"_s, identity});
        QVERIFY(keygen.waitForFinished());
        const QByteArray said = keygen.readAllStandardError();
        QVERIFY2(said.startsWith("Public key: age1"), said.constData());
        const QString publicKey = QString::fromLatin1(said.mid(12).trimmed());
        QByteArray line;
        for (const QByteArray &text : contentsOf(identity).split('\n')) {
            if (text.startsWith("AGE-SECRET-KEY-1"))
                line = text;
        }
        auto recipient = m_age->recipientOf(QCA::SecureArray(line));
        QVERIFY2(recipient, recipient ? "" : qPrintable(recipient.error().message));
        QCOMPARE(*recipient, publicKey);
        QVERIFY(!m_age->recipientOf(QCA::SecureArray(QByteArray("AGE-SECRET-KEY-1XYZ"))));
    }

    // Every program age-keygen and age are run as records its arguments; the identity must arrive on stdin only.
    void noSecretOnTheCommandLine()
    {
        const QString fake = path(u"fake-bin"_s);
        QVERIFY(QDir().mkpath(fake));
        const QByteArray log = QFile::encodeName(QDir(fake).filePath(u"argv.log"_s));
        writeScript(fake, u"age"_s, "[ \"$1\" = --version ] && echo 1.2.1\n");
        writeScript(fake, u"age-keygen"_s,
                    "echo \"$@\" >> '" + log +
                        "'\n[ \"$1\" = --version ] && echo 1.2.1 && exit 0\n"
                        "/bin/cat > '" +
                        log +
                        ".stdin'\n"
                        "echo age1sfyer29xzdrjys7794jw9w5xp7hac7dvszul5fm2wu3vq9eg4e8q4ljm6t\n");
        const PathOverride pathOverride(fake);
        auto age = AgeTool::locate();
        QVERIFY2(age, age ? "" : qPrintable(age.error().message));
        const QByteArray secret = "AGE-SECRET-KEY-1U0MGZ9SAEQ75Z7X02UV3SY8MVVLJX3QD6VN3YDQLRA7YNDPPNJ5SAT65MV";
        QVERIFY(age->recipientOf(QCA::SecureArray(secret)));
        QVERIFY(!contentsOf(QString::fromLocal8Bit(log)).contains("AGE-SECRET"));
        QCOMPARE(contentsOf(QString::fromLocal8Bit(log)), QByteArray("--version\n-y\n"));
        QCOMPARE(contentsOf(QString::fromLocal8Bit(log + ".stdin")), secret + '\n');
    }

    void missingAgeIsRefused()
    {
        const QString empty = path(u"empty-bin"_s);
        QVERIFY(QDir().mkpath(empty));
        const PathOverride pathOverride(empty);
        auto age = AgeTool::locate();
        QVERIFY(!age);
        QVERIFY2(age.error().message.contains(u"age"_s) && age.error().message.contains(u"PATH"_s),
                 qPrintable(age.error().message));
    }

    void ageOtherThanOneDotXIsRefused()
    {
        const QString fake = path(u"age-two"_s);
        QVERIFY(QDir().mkpath(fake));
        writeScript(fake, u"age"_s, "echo v2.0.0\n");
        writeScript(fake, u"age-keygen"_s, "echo v2.0.0\n");
        const PathOverride pathOverride(fake);
        auto age = AgeTool::locate();
        QVERIFY(!age);
        QVERIFY2(age.error().message.contains(u"1.x"_s), qPrintable(age.error().message));
    }

    // Nothing is left under the name (nor beside it) when the writer, a recipient or age fails.
    void failureLeavesNoFile()
    {
        const QString cipher = path(u"failed.age"_s);
        const auto writerFailed = m_age->encrypt({m_recipient}, cipher, [](QIODevice &out) -> Status {
            if (auto sent = writeBytes(out, QByteArray(3 * 1024 * 1024, 'p')); !sent)
                return sent;
            return fail(u"test"_s, u"the database went away"_s);
        });
        QVERIFY(!writerFailed);
        QVERIFY2(writerFailed.error().message.contains(cipher), qPrintable(writerFailed.error().message));
        Recipient plugin {u"age1yubikey1qwerty"_s, {}};
        QVERIFY(!m_age->encrypt({plugin}, cipher, [](QIODevice &out) { return writeBytes(out, "x"); }));
        QVERIFY(!m_age->encrypt({}, cipher, [](QIODevice &out) { return writeBytes(out, "x"); }));
        QVERIFY(!QFile::exists(cipher));
        QCOMPARE(QDir(m_directory.path()).entryList({u"*failed*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    void plainBytesFailTheHeaderCheck()
    {
        const QString plain = path(u"plain.age"_s);
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("RKBACKUP/1\n{}");
        file.close();
        const auto checked = checkAgeHeader(plain);
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(plain), qPrintable(checked.error().message));
        QVERIFY(!beginsWithAgeHeader("age-encryption.org/v2\n"));
    }
};

QTEST_GUILESS_MAIN(TestAgeTool)
#include "tst_agetool.moc"
