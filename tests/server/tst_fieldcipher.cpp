// FieldCipher: a personal field sealed for "table/column/rowid" opens only there, with its key and unchanged bytes;
// every failure is a clear error (crypto::errc) naming the place, never the value.
#include "CipherTestSupport.h"
#include "crypto/KeyDerivation.h"
#include "keys/FieldCipher.h"

#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

class TestFieldCipher : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    const QString m_text = u"Jan de Vries-García"_s;

    static FieldCipher::Key keyOf(const crypto::Aead &aead) { return FieldCipher::Key {&aead, false}; }
    static QString codeOf(const Result<QString> &opened) { return opened ? u"opened"_s : opened.error().code; }

private Q_SLOTS:
    void roundTrip()
    {
        const crypto::Aead aead(crypto::randomKey(32));
        const QByteArray sealed = FieldCipher::seal(keyOf(aead), m_text, "registrations", "full_name", 42);
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!sealed.contains(m_text.toUtf8()));
        QVERIFY(!sealed.contains("Vries"));
        QCOMPARE(FieldCipher::seal(keyOf(aead), m_text, "registrations", "full_name", 42) == sealed,
                 false); // fresh nonce
        auto opened = FieldCipher::open(keyOf(aead), sealed, "registrations", "full_name", 42);
        QVERIFY2(opened, qPrintable(codeOf(opened)));
        QCOMPARE(*opened, m_text);
        QCOMPARE(FieldCipher::open(keyOf(aead), FieldCipher::seal(keyOf(aead), QString(), "users", "email", 1), "users",
                                   "email", 1)
                     .value_or(u"x"_s),
                 QString());
        QCOMPARE(FieldCipher::context("registrations", "email", 42), QByteArray("registrations/email/42"));
    }

    void movedToAnotherRowOrColumnFails()
    {
        const crypto::Aead aead(crypto::randomKey(32));
        const QByteArray sealed = FieldCipher::seal(keyOf(aead), m_text, "registrations", "email", 42);
        const auto wrongContext = QString::fromLatin1(crypto::errc::wrongContext);
        QCOMPARE(codeOf(FieldCipher::open(keyOf(aead), sealed, "registrations", "email", 43)), wrongContext);
        QCOMPARE(codeOf(FieldCipher::open(keyOf(aead), sealed, "registrations", "full_name", 42)), wrongContext);
        QCOMPARE(codeOf(FieldCipher::open(keyOf(aead), sealed, "users", "email", 42)), wrongContext);
        const auto moved = FieldCipher::open(keyOf(aead), sealed, "registrations", "email", 43);
        QVERIFY(moved.error().message.contains("registrations/email/43"_L1));
        QVERIFY(!moved.error().message.contains(m_text));
    }

    void flippedByteFails()
    {
        const crypto::Aead aead(crypto::randomKey(32));
        const QByteArray sealed = FieldCipher::seal(keyOf(aead), m_text, "questions", "text", 7);
        for (const qsizetype at : {qsizetype(0), sealed.size() / 2, sealed.size() - 1}) {
            QByteArray changed = sealed;
            changed[at] = static_cast<char>(changed.at(at) ^ 0x01);
            QCOMPARE(codeOf(FieldCipher::open(keyOf(aead), changed, "questions", "text", 7)),
                     QString::fromLatin1(crypto::errc::undecryptable));
        }
        QCOMPARE(codeOf(FieldCipher::open(keyOf(aead), sealed.left(sealed.size() - 1), "questions", "text", 7)),
                 QString::fromLatin1(crypto::errc::undecryptable));
    }

    void wrongKeyOrUnsealedValueFails()
    {
        const crypto::Aead aead(crypto::randomKey(32)), other(crypto::randomKey(32));
        const QByteArray sealed = FieldCipher::seal(keyOf(aead), m_text, "users", "display_name", 3);
        const auto undecryptable = QString::fromLatin1(crypto::errc::undecryptable);
        QCOMPARE(codeOf(FieldCipher::open(keyOf(other), sealed, "users", "display_name", 3)), undecryptable);
        QCOMPARE(codeOf(FieldCipher::open(FieldCipher::Key {nullptr, false}, sealed, "users", "display_name", 3)),
                 undecryptable);
        // Plain text where a sealed value belongs (e.g. a row a data migration has not reached) is refused.
        QCOMPARE(codeOf(FieldCipher::open(keyOf(aead), QVariant(m_text), "users", "display_name", 3)), undecryptable);
    }

    // The keys come from the KeyStore: one Aead per data key, kept; another organisation's key opens nothing of this.
    void keysFromTheKeyStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto database = Database::open(dir.path());
        QVERIFY(database);
        auto keys = test::TestCipher::open(**database, dir.path());
        QVERIFY(keys);
        FieldCipher &cipher = *keys->cipher;
        auto first = cipher.organisationKey(1), again = cipher.organisationKey(1), other = cipher.organisationKey(2),
             subject = cipher.subjectKey(1);
        QVERIFY(first && again && other && subject);
        QCOMPARE(first->aead, again->aead);
        QVERIFY(first->aead != other->aead && first->aead != subject->aead);
        const QByteArray sealed = FieldCipher::seal(*first, m_text, "registrations", "company", 5);
        QCOMPARE(FieldCipher::open(*again, sealed, "registrations", "company", 5).value_or(QString()), m_text);
        QCOMPARE(codeOf(FieldCipher::open(*other, sealed, "registrations", "company", 5)),
                 QString::fromLatin1(crypto::errc::undecryptable));
        QCOMPARE(codeOf(FieldCipher::open(*subject, sealed, "registrations", "company", 5)),
                 QString::fromLatin1(crypto::errc::undecryptable));
        keys.reset();
    }
};

QTEST_GUILESS_MAIN(TestFieldCipher)
#include "tst_fieldcipher.moc"
