#include "crypto/Aead.h"
#include "crypto/KeyDerivation.h"

#include <QSet>
#include <QTest>
#include <QtCrypto>

#include <openssl/evp.h>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

using namespace regiekamer::crypto;
using namespace Qt::StringLiterals;

namespace {

const QByteArray place = "registrations/email/42";

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 131 + 7) & 0xff);
    return bytes;
}

QString errorCode(const regiekamer::Result<QByteArray> &result)
{
    return result ? u"(opened)"_s : result.error().code;
}

// Decrypts with OpenSSL directly: the sealed layout must be plain nonce | AES-256-GCM ciphertext | tag.
QByteArray openWithOpenSsl(const QByteArray &key, const QByteArray &sealed)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.constData());
    const int bodySize = static_cast<int>(sealed.size()) - Aead::nonceBytes - Aead::tagBytes;
    QByteArray plain(bodySize, Qt::Uninitialized);
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    int written = 0, last = 0;
    bool ok = EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), nullptr,
                                 reinterpret_cast<const unsigned char *>(key.constData()), bytes) == 1 &&
        EVP_DecryptUpdate(context, reinterpret_cast<unsigned char *>(plain.data()), &written, bytes + Aead::nonceBytes,
                          bodySize) == 1 &&
        EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, Aead::tagBytes,
                            const_cast<unsigned char *>(bytes + Aead::nonceBytes + bodySize)) == 1 &&
        EVP_DecryptFinal_ex(context, reinterpret_cast<unsigned char *>(plain.data()) + written, &last) == 1;
    EVP_CIPHER_CTX_free(context);
    return ok ? plain : QByteArray();
}

// The context binding as the record format defines it, computed with QCA: SHA-256 of the domain label (with its
// terminating zero) and the context.
QByteArray qcaContextDigest(const QByteArray &context)
{
    QCA::Hash sha256(u"sha256"_s, u"qca-ossl"_s);
    sha256.update(QByteArray("regiekamer/aead-context/v1", 27));
    sha256.update(context);
    return sha256.final().toByteArray();
}

// A plain QCA Cipher("aes256", GCM) over `input`; for Decode, `tag` is checked and a failure gives nullopt.
std::optional<QByteArray> qcaGcm(QCA::Direction direction, const QCA::SecureArray &key, const QByteArray &nonce,
                                 const QByteArray &input, QByteArray *tag)
{
    QCA::Cipher cipher(u"aes256"_s, QCA::Cipher::GCM, QCA::Cipher::NoPadding, direction, QCA::SymmetricKey(key),
                       QCA::InitializationVector(nonce),
                       direction == QCA::Encode ? QCA::AuthTag(Aead::tagBytes) : QCA::AuthTag(*tag), u"qca-ossl"_s);
    QByteArray output = cipher.update(input).toByteArray();
    output += cipher.final().toByteArray();
    if (!cipher.ok())
        return std::nullopt;
    if (direction == QCA::Encode)
        *tag = cipher.tag().toByteArray();
    return output;
}

// A record decoder of the documented format written with QCA alone: the plaintext, or nullopt if the tag or
// the context binding does not match.
std::optional<QByteArray> openWithQca(const QCA::SecureArray &key, const QByteArray &sealed, const QByteArray &context)
{
    if (sealed.size() < Aead::overheadBytes)
        return std::nullopt;
    QByteArray tag = sealed.right(Aead::tagBytes);
    const auto inner = qcaGcm(QCA::Decode, key, sealed.left(Aead::nonceBytes),
                              sealed.mid(Aead::nonceBytes, sealed.size() - Aead::nonceBytes - Aead::tagBytes), &tag);
    if (!inner || inner->left(Aead::contextBytes) != qcaContextDigest(context))
        return std::nullopt;
    return inner->mid(Aead::contextBytes);
}

// A record of the documented format made with QCA alone, under a fresh random nonce.
QByteArray sealWithQca(const QCA::SecureArray &key, const QByteArray &plaintext, const QByteArray &context)
{
    const QByteArray nonce = QCA::Random::randomArray(Aead::nonceBytes).toByteArray();
    QByteArray tag;
    const auto body = qcaGcm(QCA::Encode, key, nonce, qcaContextDigest(context) + plaintext, &tag);
    return body && tag.size() == Aead::tagBytes ? nonce + *body + tag : QByteArray();
}

} // namespace

class TestAead : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QCA::SecureArray m_key;

private Q_SLOTS:
    void initTestCase()
    {
        m_key = randomKey(Aead::keyBytes);
        QVERIFY(Aead(m_key).isValid());
    }

    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        for (const qsizetype size : {0, 1, 15, 16, 64, 1024, 3999, 4000, 4001, 4096, 8031, 8032, 8033, 16384, 1 << 20})
            QTest::addRow("%lld bytes", static_cast<long long>(size)) << size;
    }

    void roundTrip()
    {
        QFETCH(qsizetype, size);
        const Aead aead(m_key);
        const QByteArray plaintext = pattern(size);
        const QByteArray sealed = aead.seal(plaintext, place);
        QCOMPARE(sealed.size(), size + Aead::overheadBytes);
        if (size >= 16)
            QVERIFY(!sealed.contains(plaintext.left(16)));
        const auto opened = aead.open(sealed, place);
        QVERIFY2(opened, qPrintable(errorCode(opened)));
        QCOMPARE(opened->size(), size);
        QVERIFY(*opened == plaintext);
    }

    void layoutIsNonceCiphertextTag()
    {
        const QByteArray plaintext = pattern(5000);
        const QByteArray sealed = Aead(m_key).seal(plaintext, place);
        const QByteArray inner = openWithOpenSsl(m_key.toByteArray(), sealed);
        QCOMPARE(inner.size(), Aead::contextBytes + plaintext.size());
        QVERIFY(inner.mid(Aead::contextBytes) == plaintext);
        const QByteArray otherPlace = openWithOpenSsl(m_key.toByteArray(), Aead(m_key).seal(plaintext, "elsewhere"));
        QVERIFY(inner.left(Aead::contextBytes) != otherPlace.left(Aead::contextBytes));
    }

    void interoperatesWithQca_data()
    {
        QTest::addColumn<qsizetype>("size");
        for (const qsizetype size : {0, 1, 31, 32, 33, 4096, 5000, 70000})
            QTest::addRow("%lld bytes", static_cast<long long>(size)) << size;
    }

    // "Same format as QCA": a record sealed by the facade opens with a plain QCA decoder, and one made with QCA's
    // Cipher("aes256", GCM) opens with the facade; the context binding holds both ways.
    void interoperatesWithQca()
    {
        QFETCH(qsizetype, size);
        const Aead aead(m_key);
        const QByteArray plaintext = pattern(size);
        const QByteArray byFacade = aead.seal(plaintext, place);
        const auto openedByQca = openWithQca(m_key, byFacade, place);
        QVERIFY(openedByQca);
        QVERIFY(*openedByQca == plaintext);
        QVERIFY(!openWithQca(m_key, byFacade, "registrations/email/43"));

        const QByteArray byQca = sealWithQca(m_key, plaintext, place);
        QCOMPARE(byQca.size(), size + Aead::overheadBytes);
        const auto openedByFacade = aead.open(byQca, place);
        QVERIFY2(openedByFacade, qPrintable(errorCode(openedByFacade)));
        QVERIFY(*openedByFacade == plaintext);
        QCOMPARE(errorCode(aead.open(byQca, "registrations/email/43")), QLatin1StringView(errc::wrongContext));
        QByteArray changed = byQca;
        changed[changed.size() - 1] = static_cast<char>(changed.at(changed.size() - 1) ^ 0x20);
        QCOMPARE(errorCode(aead.open(changed, place)), QLatin1StringView(errc::undecryptable));
    }

    void everyFlippedBitRejected()
    {
        const Aead aead(m_key);
        const QByteArray sealed = aead.seal(pattern(40), place);
        for (qsizetype byte = 0; byte < sealed.size(); ++byte) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray changed = sealed;
                changed[byte] = static_cast<char>(changed.at(byte) ^ (1 << bit));
                const auto opened = aead.open(changed, place);
                QVERIFY2(!opened, qPrintable(u"byte %1 bit %2 accepted"_s.arg(byte).arg(bit)));
                QCOMPARE(errorCode(opened), QLatin1StringView(errc::undecryptable));
            }
        }
    }

    void flippedBytePerRegionRejected_data()
    {
        QTest::addColumn<qsizetype>("offset");
        const qsizetype size = 4096 + Aead::overheadBytes;
        QTest::newRow("nonce first") << qsizetype(0);
        QTest::newRow("nonce last") << qsizetype(Aead::nonceBytes - 1);
        QTest::newRow("context digest") << qsizetype(Aead::nonceBytes + 5);
        QTest::newRow("body first chunk") << qsizetype(Aead::nonceBytes + Aead::contextBytes);
        QTest::newRow("body middle") << qsizetype(Aead::nonceBytes + 2048 + 1);
        QTest::newRow("body last") << size - Aead::tagBytes - 1;
        QTest::newRow("tag first") << size - Aead::tagBytes;
        QTest::newRow("tag last") << size - 1;
    }

    void flippedBytePerRegionRejected()
    {
        QFETCH(qsizetype, offset);
        const Aead aead(m_key);
        QByteArray sealed = aead.seal(pattern(4096), place);
        sealed[offset] = static_cast<char>(~sealed.at(offset));
        const auto opened = aead.open(sealed, place);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QLatin1StringView(errc::undecryptable));
        QVERIFY(opened.error().message.contains(u"changed or the key is wrong"_s));
    }

    void truncatedOrExtendedRejected()
    {
        const Aead aead(m_key);
        const QByteArray sealed = aead.seal(pattern(100), place);
        for (qsizetype length = 0; length < sealed.size(); ++length)
            QCOMPARE(errorCode(aead.open(sealed.left(length), place)), QLatin1StringView(errc::undecryptable));
        for (qsizetype cut = 1; cut < sealed.size(); ++cut)
            QCOMPARE(errorCode(aead.open(sealed.mid(cut), place)), QLatin1StringView(errc::undecryptable));
        QCOMPARE(errorCode(aead.open(QByteArray(sealed + '\0'), place)), QLatin1StringView(errc::undecryptable));
        QCOMPARE(errorCode(aead.open(QByteArray(), place)), QLatin1StringView(errc::undecryptable));
    }

    void wrongKeyRejected()
    {
        const QByteArray sealed = Aead(m_key).seal("secret", place);
        QCA::SecureArray other = m_key;
        other[31] = static_cast<char>(other[31] ^ 0x80);
        const auto opened = Aead(other).open(sealed, place);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QLatin1StringView(errc::undecryptable));
        QCOMPARE(errorCode(Aead(randomKey()).open(sealed, place)), QLatin1StringView(errc::undecryptable));
    }

    void movedToAnotherContextReported_data()
    {
        QTest::addColumn<QByteArray>("sealedFor");
        QTest::addColumn<QByteArray>("openedAs");
        QTest::newRow("other row") << QByteArray("registrations/email/42") << QByteArray("registrations/email/43");
        QTest::newRow("other column") << QByteArray("registrations/email/42") << QByteArray("registrations/phone/42");
        QTest::newRow("empty vs set") << QByteArray() << QByteArray("registrations/email/42");
        QTest::newRow("prefix") << QByteArray("registrations/email/4") << QByteArray("registrations/email/42");
    }

    void movedToAnotherContextReported()
    {
        QFETCH(QByteArray, sealedFor);
        QFETCH(QByteArray, openedAs);
        const Aead aead(m_key);
        const QByteArray sealed = aead.seal("ada@example.org", sealedFor);
        QVERIFY(aead.open(sealed, sealedFor));
        const auto moved = aead.open(sealed, openedAs);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, QLatin1StringView(errc::wrongContext));
        QVERIFY(moved.error().message.contains(u"another record or field"_s));
        QVERIFY(!moved.error().message.contains(u"ada@"_s));
    }

    void noncesUnique()
    {
        const Aead aead(m_key);
        QSet<QByteArray> nonces, ciphertexts;
        constexpr int count = 50000;
        for (int i = 0; i < count; ++i) {
            const QByteArray sealed = aead.seal("same plaintext", place);
            nonces.insert(sealed.left(Aead::nonceBytes));
            ciphertexts.insert(sealed.mid(Aead::nonceBytes));
        }
        QCOMPARE(nonces.size(), count);
        QCOMPARE(ciphertexts.size(), count);
    }

    void invalidKeyRefused()
    {
        const Aead shortKey(randomKey(16));
        QVERIFY(!shortKey.isValid());
        QVERIFY(shortKey.seal("data", place).isEmpty());
        const auto opened = shortKey.open(Aead(m_key).seal("data", place), place);
        QCOMPARE(errorCode(opened), QLatin1StringView(errc::undecryptable));
        QVERIFY(!Aead(QCA::SecureArray()).isValid());
    }

    void plaintextNotReleasedOnFailure()
    {
        // The tag is checked only in final(): a wrong tag must not leak the decrypted bytes in any form.
        const Aead aead(m_key);
        const QByteArray secret = "canary-plaintext-1234567890";
        QByteArray sealed = aead.seal(secret, place);
        sealed[sealed.size() - 1] = static_cast<char>(sealed.at(sealed.size() - 1) ^ 1);
        const auto opened = aead.open(sealed, place);
        QVERIFY(!opened.has_value());
        QVERIFY(!opened.error().message.contains(QString::fromLatin1(secret)));
        QVERIFY(!opened.error().code.contains(QString::fromLatin1(secret)));
    }

    void usableAfterFailures()
    {
        // A refused record leaves the reused cipher context in a state the next seal and open do not inherit.
        const Aead aead(m_key);
        QByteArray broken = aead.seal(pattern(500), place);
        broken[Aead::nonceBytes + 40] = static_cast<char>(broken.at(Aead::nonceBytes + 40) ^ 0x04);
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(errorCode(aead.open(broken, place)), QLatin1StringView(errc::undecryptable));
            QCOMPARE(errorCode(aead.open(aead.seal("x", place), "elsewhere")), QLatin1StringView(errc::wrongContext));
            const QByteArray plaintext = pattern(100 + round);
            const auto opened = aead.open(aead.seal(plaintext, place), place);
            QVERIFY2(opened, qPrintable(errorCode(opened)));
            QVERIFY(*opened == plaintext);
        }
    }

    void sharedAcrossThreads()
    {
        // More threads than cores, so calls overlap and the Aead keeps several keyed contexts at once; each
        // thread also opens a record sealed elsewhere and a tampered one.
        const Aead aead(m_key);
        const QByteArray common = aead.seal(pattern(1000), "shared");
        QByteArray tampered = common;
        tampered[Aead::nonceBytes] = static_cast<char>(tampered.at(Aead::nonceBytes) ^ 0x01);
        std::atomic<int> failures {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                const QByteArray context = "thread/" + QByteArray::number(t);
                for (int i = 0; i < 2000; ++i) {
                    const QByteArray plaintext = pattern(i % 300 + t);
                    const auto opened = aead.open(aead.seal(plaintext, context), context);
                    const auto shared = aead.open(common, "shared");
                    if (!opened || *opened != plaintext || !shared || *shared != pattern(1000) ||
                        aead.open(tampered, "shared"))
                        failures.fetch_add(1);
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }

    void movedAeadKeepsWorking()
    {
        Aead first(m_key);
        const QByteArray sealed = first.seal("moved", place);
        Aead second(std::move(first));
        QVERIFY(second.open(sealed, place));
    }
};

QTEST_GUILESS_MAIN(TestAead)
#include "tst_aead.moc"
