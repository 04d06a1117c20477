// A custodian's share file: sealed under Argon2id(passphrase) + AES-256-GCM, opened with the right passphrase only,
// a changed file refused (sealed bytes, share set, index, custodian, parameters), hostile parameters refused.
#include "crypto/KeyDerivation.h"
#include "crypto/Shamir.h"
#include "crypto/ShareFile.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUuid>
#include <QtCrypto>

using namespace regiekamer;
using namespace regiekamer::crypto;
using namespace Qt::StringLiterals;

namespace {

// The OWASP minimum, so the test stays fast; production files use ShareFile::sealingParameters.
constexpr Argon2Parameters fastParameters {19456, 2, 1};

QCA::SecureArray passphrase(const char *text)
{
    return QCA::SecureArray(QByteArray(text));
}

QByteArray edited(const QByteArray &json, const QString &key, const QJsonValue &value)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.insert(key, value);
    return QJsonDocument(object).toJson();
}

} // namespace

class TestShareFile : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QList<QCA::SecureArray> m_shares;
    QString m_set = QUuid::createUuid().toString(QUuid::WithoutBraces);

    Result<ShareFile> sealSecond()
    {
        return ShareFile::seal(m_shares.at(1), m_set, 2, 3, u"anne@example.org"_s, passphrase("correct horse battery"),
                               fastParameters);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto shares = shamir::split(randomKey(32), 2, 3);
        QVERIFY(shares);
        m_shares = *shares;
    }

    void roundTripThroughJson()
    {
        auto sealed = sealSecond();
        QVERIFY2(sealed, qPrintable(sealed ? QString() : sealed.error().message));
        const QByteArray json = sealed->toJson();
        QVERIFY(!json.contains(m_shares.at(1).toByteArray().toBase64()));
        auto read = ShareFile::fromJson(json);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->shareSet(), m_set);
        QCOMPARE(read->index(), 2);
        QCOMPARE(read->threshold(), 2);
        QCOMPARE(read->shares(), 3);
        QCOMPARE(read->custodian(), u"anne@example.org"_s);
        QCOMPARE(read->parameters(), fastParameters);
        auto opened = read->open(passphrase("correct horse battery"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(opened->toByteArray(), m_shares.at(1).toByteArray());
    }

    // The production parameters, once: what a guess at a stolen share file's passphrase costs (docs/keys.md).
    void sealingParametersOpenWithTheirCost()
    {
        QCOMPARE(ShareFile::sealingParameters.memoryKiB, 262144u);
        QCOMPARE(ShareFile::sealingParameters.iterations, 3u);
        auto sealed =
            ShareFile::seal(m_shares.at(0), m_set, 2, 3, u"bram@example.org"_s, passphrase("a production passphrase"));
        QVERIFY(sealed);
        QCOMPARE(sealed->parameters(), ShareFile::sealingParameters);
        QElapsedTimer timer;
        timer.start();
        auto opened = ShareFile::fromJson(sealed->toJson())->open(passphrase("a production passphrase"));
        qInfo("one Argon2id derivation at 256 MiB, 3 passes: %lld ms", timer.elapsed());
        QVERIFY(opened);
        QCOMPARE(opened->toByteArray(), m_shares.at(0).toByteArray());
    }

    void wrongPassphraseIsNamed()
    {
        auto read = ShareFile::fromJson(sealSecond()->toJson());
        QVERIFY(read);
        auto opened = read->open(passphrase("correct horse battery!"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QString::fromLatin1(errc::sharePassphrase));
        QVERIFY(opened.error().message.contains(u"passphrase"_s));
    }

    void changedFileIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("share set") << u"shareSet"_s << QJsonValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QTest::newRow("index") << u"index"_s << QJsonValue(3);
        QTest::newRow("threshold") << u"threshold"_s << QJsonValue(3);
        QTest::newRow("custodian") << u"custodian"_s << QJsonValue(u"mallory@example.org"_s);
        QByteArray flipped = QByteArray::fromBase64(
            QJsonDocument::fromJson(sealSecond()->toJson()).object().value("sealed"_L1).toString().toLatin1());
        flipped[40] = static_cast<char>(flipped[40] ^ 1);
        QTest::newRow("sealed bytes") << u"sealed"_s << QJsonValue(QString::fromLatin1(flipped.toBase64()));
    }

    void changedFileIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        auto read = ShareFile::fromJson(edited(sealSecond()->toJson(), key, value));
        QVERIFY(read);
        auto opened = read->open(passphrase("correct horse battery"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QString::fromLatin1(errc::sharePassphrase));
    }

    void malformedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("format") << u"format"_s << QJsonValue(u"regiekamer-share/2"_s);
        QTest::newRow("index past shares") << u"index"_s << QJsonValue(4);
        QTest::newRow("threshold 1") << u"threshold"_s << QJsonValue(1);
        QTest::newRow("share set") << u"shareSet"_s << QJsonValue(u"not-a-uuid"_s);
        QTest::newRow("nonce") << u"nonce"_s << QJsonValue(u"AAAA"_s);
        QTest::newRow("huge memory") << u"kdf"_s
                                     << QJsonValue(QJsonObject {{u"alg"_s, u"argon2id"_s},
                                                                {u"memoryKiB"_s, 1 << 30},
                                                                {u"iterations"_s, 3},
                                                                {u"lanes"_s, 1},
                                                                {u"salt"_s, u"AAAAAAAAAAAAAAAAAAAAAA=="_s}});
        QTest::newRow("weak kdf") << u"kdf"_s
                                  << QJsonValue(QJsonObject {{u"alg"_s, u"argon2id"_s},
                                                             {u"memoryKiB"_s, 8},
                                                             {u"iterations"_s, 1},
                                                             {u"lanes"_s, 1},
                                                             {u"salt"_s, u"AAAAAAAAAAAAAAAAAAAAAA=="_s}});
    }

    void malformedFilesAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        auto read = ShareFile::fromJson(edited(sealSecond()->toJson(), key, value));
        QVERIFY(!read);
        QCOMPARE(read.error().code, QString::fromLatin1(errc::shareFileMalformed));
        QVERIFY(!ShareFile::fromJson("not json"));
        QJsonObject withoutNonce = QJsonDocument::fromJson(sealSecond()->toJson()).object();
        withoutNonce.remove("nonce"_L1);
        QCOMPARE(ShareFile::fromJson(QJsonDocument(withoutNonce).toJson()).error().code,
                 QString::fromLatin1(errc::shareFileMalformed));
    }

    // The desktop shows describeApiError of a code it receives: each share error has its own message.
    void shareErrorsAreDescribedForTheDesktop()
    {
        const QString fallback = api::describeApiError(u"no_such_code"_s);
        QSet<QString> messages;
        for (const char *code : {errc::shareFileMalformed, errc::sharePassphrase, errc::shareMalformed,
                                 errc::shareForeign, errc::shareUnknown, errc::shareWrong, errc::shareRepeated}) {
            const QString message = api::describeApiError(QString::fromLatin1(code));
            QVERIFY2(message != fallback, code);
            messages.insert(message);
        }
        QCOMPARE(messages.size(), 7);
    }

    void sealRefusesShortPassphraseAndBadShare()
    {
        QVERIFY(!ShareFile::seal(m_shares.at(0), m_set, 2, 3, u"a@example.org"_s, passphrase("short"), fastParameters));
        QVERIFY(!ShareFile::seal(QCA::SecureArray(32, 1), m_set, 2, 3, u"a@example.org"_s,
                                 passphrase("long enough passphrase"), fastParameters));
        QVERIFY(!ShareFile::seal(m_shares.at(0), u"set"_s, 2, 3, u"a@example.org"_s,
                                 passphrase("long enough passphrase"), fastParameters));
    }
};

QTEST_GUILESS_MAIN(TestShareFile)
#include "tst_sharefile.moc"
