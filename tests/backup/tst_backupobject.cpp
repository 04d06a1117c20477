// Backup objects and their authentication (issue 14): age does not authenticate the sender and a storage target
// holds whole files it may drop, swap, replay, truncate or alter. Every object carries a MAC per recipient under a
// key derived from that recipient's identity, and names the hash of its predecessor; these tests attack both, and
// the recipients and identity files the keys come from.
#include "backup/AgeTool.h"
#include "backup/BackupAuth.h"
#include "backup/BackupObject.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace regiekamer;
using namespace regiekamer::server::backup;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(regiekamer::server::backup::ObjectHeader)

namespace {

const QString installation = u"0123456789abcdef0123456789abcdef"_s;
const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, QTimeZone::UTC);
constexpr QByteArrayView canary = "CANARY-backup-plaintext-4e1d2c9b";

using Sections = QList<std::pair<QString, QByteArray>>;

ObjectHeader headerOf(ObjectKind kind, qint64 number, qint64 first, qint64 last, int secondsFromStart)
{
    ObjectHeader header;
    header.kind = kind;
    header.installation = installation;
    header.number = number;
    header.firstSequence = first;
    header.lastSequence = last;
    header.firstCommit = start.addSecs(secondsFromStart);
    header.lastCommit = kind == ObjectKind::Snapshot ? header.firstCommit : header.firstCommit.addMSecs(900);
    header.createdAt = header.lastCommit.addMSecs(5);
    header.schemaVersion = 7;
    return header;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

struct Written
{
    QByteArray bytes;
    QByteArray hash;
    QString error;
};

Written writeObject(const ObjectHeader &header, const QList<Recipient> &recipients, const Sections &sections)
{
    ObjectWriter writer(header, recipients);
    for (const auto &[name, bytes] : sections)
        writer.addSection(name, bytes);
    Written written;
    QBuffer buffer(&written.bytes);
    buffer.open(QIODevice::WriteOnly);
    auto hash = writer.write(buffer);
    written.hash = hash ? *hash : QByteArray();
    written.error = hash ? QString() : hash.error().message;
    return written;
}

struct ReadBack
{
    QString error; // empty: the object was read and authenticated
    ObjectHeader header;
    QMap<QString, QByteArray> sections;
    QByteArray hash;
};

Status copySection(ReadBack &back, const Section &section, QIODevice &in, qint64 size)
{
    QByteArray &bytes = back.sections[section.name];
    while (bytes.size() < size) {
        const QByteArray piece = in.read(size - bytes.size());
        if (piece.isEmpty())
            return fail(u"test"_s, in.errorString());
        bytes += piece;
    }
    return {};
}

ReadBack readObject(QIODevice &in, const Recipient &recipient)
{
    ReadBack back;
    ObjectReader reader(recipient);
    const auto sink = [&back](const Section &section, QIODevice &device, qint64 size) {
        return copySection(back, section, device, size);
    };
    auto header = reader.readHeader(in);
    Status sections = header ? reader.readSections(in, sink) : Status(std::unexpected(header.error()));
    auto hash = sections ? reader.finish(in) : Result<QByteArray>(std::unexpected(sections.error()));
    back.error = hash ? QString() : hash.error().message;
    back.header = header ? *header : ObjectHeader();
    back.hash = hash ? *hash : QByteArray();
    return back;
}

ReadBack readBytes(QByteArray bytes, const Recipient &recipient)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readObject(buffer, recipient);
}

void writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
    QVERIFY(file.setPermissions(permissions));
}

QByteArray keyBase64(const Recipient &recipient)
{
    return QByteArray(recipient.authKey.constData(), recipient.authKey.size()).toBase64();
}

} // namespace

class TestBackupObject : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QTemporaryDir m_directory;
    std::optional<AgeTool> m_age;
    QString m_identityA;
    Recipient m_a; // both derived from identities age-keygen made
    Recipient m_b;
    QByteArray m_database;
    QList<ObjectHeader> m_chain; // snapshot 1, changes 2 and 3, snapshot 4
    QList<QByteArray> m_hashes;

    QString path(const QString &name) const { return m_directory.filePath(name); }

    Written snapshot(const QList<Recipient> &recipients)
    {
        return writeObject(
            m_chain.at(0), recipients,
            {{u"database"_s, m_database}, {u"master.key"_s, "wrapped master key"}, {u"audit.anchor"_s, QByteArray()}});
    }

    Recipient recipientOf(const QString &identity)
    {
        auto recipients = auth::readIdentityFile(*m_age, identity);
        if (!recipients || recipients->size() != 1)
            qFatal("cannot read %s", qPrintable(recipients ? identity : recipients.error().message));
        return recipients->first();
    }

    void buildChain()
    {
        m_chain = {headerOf(ObjectKind::Snapshot, 1, 10, 10, 0), headerOf(ObjectKind::Changes, 2, 11, 15, 2),
                   headerOf(ObjectKind::Changes, 3, 16, 20, 4), headerOf(ObjectKind::Snapshot, 4, 20, 20, 6)};
        for (ObjectHeader &header : m_chain) {
            header.previous = m_hashes.isEmpty() ? QByteArray() : m_hashes.last();
            const Written written = writeObject(header, {m_a}, {{u"changes"_s, "x"}});
            QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
            m_hashes.append(written.hash);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        auto age = AgeTool::locate();
        QVERIFY2(age, age ? "" : qPrintable(age.error().message));
        m_age = *age;
        m_identityA = path(u"a.identity"_s);
        QVERIFY(m_age->generateIdentity(m_identityA));
        QVERIFY(m_age->generateIdentity(path(u"b.identity"_s)));
        m_a = recipientOf(m_identityA);
        m_b = recipientOf(path(u"b.identity"_s));
        m_database = randomBytes(300'000, 1);
        m_database.replace(1000, canary.size(), canary.toByteArray());
        buildChain();
    }

    // Baseline for every attack below: what an honest writer wrote (a snapshot, a changes object with records of
    // both types, sections of every size including none) is read back byte for byte, with the hash the writer gave.
    void honestObjectsRoundTrip()
    {
        const Written written = snapshot({m_a});
        QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
        const ReadBack back = readBytes(written.bytes, m_a);
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        ObjectHeader expected = m_chain.at(0);
        expected.sections = {{u"database"_s, m_database.size()}, {u"master.key"_s, 18}, {u"audit.anchor"_s, 0}};
        QCOMPARE(back.header.toLine(), expected.toLine());
        QCOMPARE(back.sections.value(u"database"_s), m_database);
        QCOMPARE(back.sections.value(u"master.key"_s), QByteArray("wrapped master key"));
        QCOMPARE(back.hash, written.hash);
        QCOMPARE(back.hash, QCA::Hash(u"sha256"_s).hash(written.bytes).toByteArray());
        const QList<ChangeRecord> records {
            {11, start.addSecs(2), ChangeRecord::Type::Changeset, randomBytes(5000, 2)},
            {12, start.addSecs(2).addMSecs(400), ChangeRecord::Type::Changeset, QByteArray()},
            {15, start.addSecs(2).addMSecs(900), ChangeRecord::Type::SchemaMarker, "8"}};
        ObjectHeader header = m_chain.at(1);
        const Written changes =
            writeObject(header, {m_a}, {{u"changes"_s, encodeChanges(records)}, {u"master.key"_s, "rotated"}});
        const ReadBack changed = readBytes(changes.bytes, m_a);
        QVERIFY2(changed.error.isEmpty(), qPrintable(changed.error));
        auto decoded = decodeChanges(changed.sections.value(u"changes"_s));
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(decoded->at(i).sequence, records.at(i).sequence);
            QCOMPARE(decoded->at(i).committedAt, records.at(i).committedAt);
            QCOMPARE(decoded->at(i).type, records.at(i).type);
            QCOMPARE(decoded->at(i).payload, records.at(i).payload);
        }
        QCOMPARE(header.fileName(), installation + u"-000000000002-changes.age"_s);
    }

    // A storage target sees only age ciphertext: the object goes through age to the recipient, the file begins with
    // the age header and holds no plaintext canary, and the identity's holder reads and authenticates it.
    void objectThroughAgeHidesThePlaintext()
    {
        const QString cipher = path(u"snapshot.age"_s);
        ObjectWriter writer(m_chain.at(0), {m_a});
        writer.addSection(u"database"_s, m_database);
        QVERIFY(m_age->encrypt({m_a}, cipher, [&writer](QIODevice &out) -> Status {
            auto hash = writer.write(out);
            return hash ? Status() : Status(std::unexpected(hash.error()));
        }));
        QVERIFY(checkAgeHeader(cipher));
        QFile file(cipher);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(canary));
        ReadBack back;
        QVERIFY(m_age->decrypt(m_identityA, cipher, [this, &back](QIODevice &in) -> Status {
            back = readObject(in, m_a);
            return {};
        }));
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        QCOMPARE(back.sections.value(u"database"_s), m_database);
    }

    // Several recipients: each checks the MAC under its own key; a third party's reader finds no MAC for itself
    // and refuses, instead of accepting the object on the strength of someone else's MAC.
    void eachRecipientChecksItsOwnMac()
    {
        const Written written = snapshot({m_a, m_b});
        QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
        for (const Recipient &reader : {m_a, m_b}) {
            const ReadBack back = readBytes(written.bytes, reader);
            QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
            QCOMPARE(back.hash, written.hash);
        }
        const ReadBack stranger =
            readBytes(written.bytes, Recipient {u"age1stranger"_s, QCA::SecureArray(randomBytes(32, 3))});
        QVERIFY(stranger.error.contains(u"no authentication"_s));
    }

    void alteredByteIsRefused_data()
    {
        QTest::addColumn<int>("where"); // 0 magic, 1 installation, 2 created at, 3 section, 4 key id, 5 MAC, 6 count
        const QStringList names {u"magic"_s,         u"header: installation"_s, u"header: creation time"_s,
                                 u"section byte"_s,  u"trailer: key id"_s,      u"trailer: MAC"_s,
                                 u"trailer: count"_s};
        for (int where = 0; where < names.size(); ++where)
            QTest::newRow(qPrintable(names.at(where))) << where;
    }

    // A target alters one byte anywhere (magic, a header field kept valid JSON, section data, the trailer's key id,
    // MAC or count): the MAC, the strict parse or the trailer check refuses the object.
    void alteredByteIsRefused()
    {
        QFETCH(int, where);
        QByteArray bytes = snapshot({m_a}).bytes;
        const qsizetype body = bytes.indexOf('\n', 11) + 1;
        const qsizetype created = bytes.indexOf("\"createdAt\":\"") + 16; // a digit of the year
        const QList<qsizetype> offsets {3,
                                        bytes.indexOf(installation.toLatin1()) + 5,
                                        created,
                                        body + 1000,
                                        bytes.size() - 40,
                                        bytes.size() - 1,
                                        bytes.size() - 41};
        const qsizetype at = offsets.at(where);
        const char old = bytes.at(at);
        bytes[at] = old >= '0' && old <= '8' ? static_cast<char>(old + 1) : static_cast<char>(old ^ 0x04);
        QVERIFY(!readBytes(bytes, m_a).error.isEmpty());
    }

    void truncatedObjectIsRefused_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept; negative: that many cut from the end
        QTest::newRow("nothing") << 0;
        QTest::newRow("inside the magic") << 5;
        QTest::newRow("inside the header line") << 40;
        QTest::newRow("inside a section") << 100'000;
        QTest::newRow("the whole trailer cut") << -41;
        QTest::newRow("inside the MAC") << -1;
    }

    // A target delivers only part of an object (an interrupted upload, a cut at a section boundary, the trailer
    // dropped so no MAC is checked): every cut is refused, never read as a shorter valid object.
    void truncatedObjectIsRefused()
    {
        QFETCH(int, keep);
        QByteArray bytes = snapshot({m_a}).bytes;
        bytes.truncate(keep >= 0 ? keep : bytes.size() + keep);
        QVERIFY(!readBytes(bytes, m_a).error.isEmpty());
    }

    // Bytes appended after the trailer (a second object, or padding smuggled in) are refused: an object ends where
    // its trailer ends.
    void bytesAfterTheTrailerAreRefused()
    {
        const QByteArray bytes = snapshot({m_a}).bytes;
        for (const QByteArray &tail : {QByteArray(1, '\0'), bytes}) {
            const ReadBack back = readBytes(bytes + tail, m_a);
            QVERIFY2(back.error.contains(u"follow"_s), qPrintable(back.error));
        }
    }

    // A reader whose key does not match (a recipients line with the wrong key, or an attacker's guess) refuses the
    // object: the MAC entry for the recipient is there but does not verify.
    void wrongAuthenticationKeyIsRefused()
    {
        const ReadBack back =
            readBytes(snapshot({m_a}).bytes, Recipient {m_a.publicKey, QCA::SecureArray(randomBytes(32, 4))});
        QVERIFY2(back.error.contains(u"not authentic"_s), qPrintable(back.error));
    }

    // An attacker who knows only the public recipient (as every storage target may) writes a complete object with
    // the right key id and a MAC under a key of their own, encrypted with age: age decrypts it without complaint,
    // but the reader refuses it as not authentic.
    void objectForgedWithThePublicRecipientIsRefused()
    {
        const QString cipher = path(u"forged.age"_s);
        const Recipient forger {m_a.publicKey, QCA::SecureArray(randomBytes(32, 5))};
        QVERIFY(m_age->encrypt({forger}, cipher, [this, &forger](QIODevice &out) -> Status {
            ObjectWriter writer(m_chain.at(1), {forger});
            writer.addSection(u"changes"_s, "DELETE everything");
            auto hash = writer.write(out);
            return hash ? Status() : Status(std::unexpected(hash.error()));
        }));
        ReadBack back;
        QVERIFY(m_age->decrypt(m_identityA, cipher, [this, &back](QIODevice &in) -> Status {
            back = readObject(in, m_a);
            return {};
        }));
        QVERIFY2(back.error.contains(u"not authentic"_s), qPrintable(back.error));
    }

    void successionIsChecked_data()
    {
        QTest::addColumn<int>("previous"); // index into the chain; -1: the first object read
        QTest::addColumn<ObjectHeader>("candidate");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        for (int i = 0; i < m_chain.size(); ++i)
            QTest::addRow("honest %d after %d", i + 1, i) << i - 1 << m_chain.at(i) << QString();
        QTest::newRow("changes object first") << -1 << m_chain.at(1) << u"must be a snapshot"_s;
        QTest::newRow("object dropped (gap)") << 0 << m_chain.at(2) << u"expected object 2"_s;
        QTest::newRow("objects reordered (2 after 3)") << 2 << m_chain.at(1) << u"expected object 4"_s;
        QTest::newRow("replayed: same object again") << 1 << m_chain.at(1) << u"expected object 3"_s;
        ObjectHeader renumbered = m_chain.at(1);
        renumbered.number = 3;
        QTest::newRow("replayed: old object as a newer number") << 1 << renumbered << u"another predecessor"_s;
        ObjectHeader foreign = m_chain.at(1);
        foreign.installation = u"fedcba9876543210fedcba9876543210"_s;
        QTest::newRow("foreign installation") << 0 << foreign << u"foreign"_s;
        ObjectHeader overlapping = m_chain.at(2);
        overlapping.firstSequence = 15;
        QTest::newRow("changes overlap the previous") << 1 << overlapping << u"not after 15"_s;
        ObjectHeader stale = m_chain.at(3);
        stale.firstSequence = stale.lastSequence = 19;
        QTest::newRow("snapshot older than the changes") << 2 << stale << u"before 20"_s;
        ObjectHeader backwards = m_chain.at(2);
        backwards.firstCommit = m_chain.at(1).lastCommit.addMSecs(-1);
        QTest::newRow("commit times go back") << 1 << backwards << u"go back"_s;
        ObjectHeader racing = m_chain.at(3); // the copy began just before the last change it holds was stamped
        racing.firstCommit = racing.lastCommit = m_chain.at(2).lastCommit.addMSecs(-3);
        QTest::newRow("snapshot time racing a commit") << 2 << racing << QString();
    }

    // A target drops, swaps, reorders, replays or mixes in objects of another installation, or hands a changes
    // object out first: the succession check names the object and refuses; the honest chain passes, also where a
    // snapshot's time races a commit by milliseconds (across a snapshot only sequence numbers order objects).
    void successionIsChecked()
    {
        QFETCH(int, previous);
        QFETCH(ObjectHeader, candidate);
        QFETCH(QString, refusal);
        const auto checked = checkSuccession(previous < 0 ? std::nullopt : std::optional(m_chain.at(previous)),
                                             previous < 0 ? QByteArray() : m_hashes.at(previous), candidate);
        if (refusal.isEmpty()) {
            QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
            return;
        }
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(refusal), qPrintable(checked.error().message));
        QVERIFY(checked.error().message.startsWith(u"Object %1 "_s.arg(candidate.number)));
    }

    void malformedHeaderIsRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("unknown kind") << QByteArray("\"kind\":\"snapshot\"") << QByteArray("\"kind\":\"script\"");
        QTest::newRow("section name with a path")
            << QByteArray("\"name\":\"database\"") << QByteArray("\"name\":\"../database\"");
        QTest::newRow("negative section size") << QByteArray("\"size\":2") << QByteArray("\"size\":-2");
        QTest::newRow("object 1 with a predecessor")
            << QByteArray("\"previous\":\"\"") << QByteArray("\"previous\":\"") + QByteArray(64, 'a') + '"';
        QTest::newRow("installation not lower hex")
            << QByteArray("0123456789abcdef\"") << QByteArray("0123456789ABCDEF\"");
        QTest::newRow("unknown member") << QByteArray("\"kind\"") << QByteArray("\"extra\":1,\"kind\"");
        QTest::newRow("number zero") << QByteArray("\"number\":1") << QByteArray("\"number\":0");
        QTest::newRow("number as text") << QByteArray("\"number\":1") << QByteArray("\"number\":\"1\"");
    }

    // The header is parsed before the MAC can be checked, so it is parsed strictly: a kind, a member, a number or
    // a section name (which becomes a file name at restore) outside the format is refused, not interpreted.
    void malformedHeaderIsRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        ObjectHeader header = m_chain.at(0);
        header.sections = {{u"database"_s, 2}};
        const QByteArray line = header.toLine();
        QVERIFY(ObjectHeader::fromLine(line));
        QVERIFY2(line.contains(from), line.constData());
        QVERIFY(!ObjectHeader::fromLine(QByteArray(line).replace(from, to)));
    }

    // An endless header line (memory exhaustion before anything is authenticated) is refused at 64 KiB.
    void oversizedHeaderLineIsRefused()
    {
        const ReadBack back = readBytes("RKBACKUP/1\n{\"kind\":\"" + QByteArray(100'000, 'a'), m_a);
        QVERIFY2(back.error.contains(u"longer than"_s), qPrintable(back.error));
    }

    // A sink that stops reading early cannot make the reader skip authentication of the rest: the reader reads,
    // hashes and authenticates what the sink left, and the hash is that of the whole object; a sink's error stops
    // the read.
    void sinkThatStopsEarlyStillGetsTheWholeObjectChecked()
    {
        const Written written = snapshot({m_a});
        QByteArray bytes = written.bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        ObjectReader reader(m_a);
        QVERIFY(reader.readHeader(buffer));
        QVERIFY(reader.readSections(buffer, [](const Section &, QIODevice &in, qint64) -> Status {
            in.read(10);
            return {};
        }));
        auto hash = reader.finish(buffer);
        QVERIFY2(hash, hash ? "" : qPrintable(hash.error().message));
        QCOMPARE(*hash, written.hash);

        buffer.seek(0);
        ObjectReader refusing(m_a);
        QVERIFY(refusing.readHeader(buffer));
        QVERIFY(!refusing.readSections(
            buffer, [](const Section &, QIODevice &, qint64) -> Status { return fail(u"test"_s, u"disk full"_s); }));
        QVERIFY(!refusing.finish(buffer));
    }

    // A section source that delivers fewer or more bytes than its section declares would misframe every section
    // after it: the writer refuses the object instead of writing it.
    void sectionOfTheWrongSizeIsNotWritten()
    {
        for (const qint64 declared : {qint64 {5}, qint64 {3}}) {
            ObjectWriter writer(m_chain.at(0), {m_a});
            writer.addSection(u"database"_s, declared,
                              [](QIODevice &out) { return out.write("four") == 4 ? Status() : fail(u"t"_s, u"t"_s); });
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(!writer.write(buffer));
        }
    }

    // Change records are framed strictly: a record cut short, of an unknown type or out of order is refused, never
    // applied in part.
    void malformedChangeRecordsAreRefused()
    {
        const QByteArray good = encodeChanges(
            {{1, start, ChangeRecord::Type::Changeset, "abc"}, {2, start, ChangeRecord::Type::Changeset, "defg"}});
        QVERIFY(decodeChanges(good));
        for (qsizetype cut = 1; cut < good.size(); ++cut)
            QVERIFY(!decodeChanges(QByteArrayView(good).first(cut)) || cut == 24);
        QByteArray unknownType = good;
        unknownType[16] = 9;
        QVERIFY(!decodeChanges(unknownType));
        QVERIFY(!decodeChanges(encodeChanges(
            {{2, start, ChangeRecord::Type::Changeset, "a"}, {2, start, ChangeRecord::Type::Changeset, "b"}})));
    }

    void recipientsFileIsStrict_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("refusal");
        const QByteArray key = ' ' + keyBase64(m_a) + '\n';
        const QByteArray publicKey = m_a.publicKey.toLatin1();
        QTest::newRow("SSH recipient") << "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH" + key << u"SSH"_s;
        QTest::newRow("plugin recipient")
            << "age1yubikey1qgxmmn6tnjk9jkdq0y9nwhuqq5m9ft5uhhk58pl9wlafycvjfnnpqnmd3ya" + key << u"plugin"_s;
        QTest::newRow("bad checksum") << QByteArray(publicKey).replace(10, 1, publicKey.at(10) == 'q' ? "p" : "q") + key
                                      << u"well-formed"_s;
        QTest::newRow("malformed base64") << publicKey + " !!notbase64!!AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
                                          << u"base64"_s;
        QTest::newRow("16-byte key") << publicKey + ' ' + QByteArray(16, 'k').toBase64() + '\n' << u"32 bytes"_s;
        QTest::newRow("no key") << publicKey + '\n' << u"no authentication key"_s;
        QTest::newRow("no recipient") << QByteArray("# nobody\n\n") << u"no recipient"_s;
        QFile identity(m_identityA);
        QVERIFY(identity.open(QIODevice::ReadOnly));
        QTest::newRow("identity instead") << identity.readAll().split('\n').at(2) + key << u"secret key"_s;
        QTest::newRow("same recipient twice") << publicKey + key + publicKey + key << u"repeats"_s;
    }

    // The server's recipients file decides who can read every backup: a recipient a restore cannot use with the
    // age identity alone (SSH, plugins), a mistyped recipient, a pasted identity, a missing or malformed key, or an
    // empty file refuses the start, and the error never repeats a key.
    void recipientsFileIsStrict()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, refusal);
        const QString file = path(u"recipients"_s);
        writeFile(file, contents, QFile::ReadOwner | QFile::WriteOwner);
        auto read = auth::readRecipientsFile(file);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(refusal), qPrintable(read.error().message));
        QVERIFY(!read.error().message.contains(QString::fromLatin1(keyBase64(m_a))));
        QVERIFY(!read.error().message.contains(u"AGE-SECRET-KEY-1"_s));
    }

    // The recipients file holds the authentication keys: readable by the group or others, it is refused.
    void recipientsFileReadableByOthersIsRefused()
    {
        const QString file = path(u"recipients-shared"_s);
        writeFile(file, auth::recipientsFileLine(m_a), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        auto read = auth::readRecipientsFile(file);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"owner-only"_s), qPrintable(read.error().message));
    }

    // A good owner-only file with comments and blank lines gives its recipients with their keys, in order.
    void goodRecipientsFileIsAccepted()
    {
        const QString file = path(u"recipients-good"_s);
        writeFile(file,
                  "# backups\n\n" + auth::recipientsFileLine(m_a) + "  \n# second\n" + auth::recipientsFileLine(m_b),
                  QFile::ReadOwner | QFile::WriteOwner);
        auto read = auth::readRecipientsFile(file);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).publicKey, m_a.publicKey);
        QCOMPARE(keyBase64(read->at(0)), keyBase64(m_a));
        QCOMPARE(read->at(1).publicKey, m_b.publicKey);
        QCOMPARE(keyBase64(read->at(1)), keyBase64(m_b));
    }

    // Whoever restores needs only the identity: from an identity age-keygen wrote, the derived key equals the key
    // in the recipients line written for it, and differs between identities (no shared or guessable key).
    void identityGivesTheKeyOfItsRecipientsLine()
    {
        const QString identity = path(u"keygen.identity"_s);
        QProcess keygen;
        keygen.start(u"age-keygen"_s, {u"-o"_s, identity});
        QVERIFY(keygen.waitForFinished());
        const Recipient fromIdentity = recipientOf(identity);
        QVERIFY(keygen.readAllStandardError().contains(fromIdentity.publicKey.toLatin1()));
        const QString file = path(u"recipients-keygen"_s);
        writeFile(file, auth::recipientsFileLine(fromIdentity), QFile::ReadOwner | QFile::WriteOwner);
        auto read = auth::readRecipientsFile(file);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->first().publicKey, fromIdentity.publicKey);
        QCOMPARE(keyBase64(read->first()), keyBase64(fromIdentity));
        QVERIFY(keyBase64(fromIdentity) != keyBase64(m_a));
        QFile text(identity);
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QByteArray line = text.readAll().split('\n').at(2);
        QVERIFY(line.startsWith("AGE-SECRET-KEY-1"));
        QCOMPARE(keyBase64(Recipient {{}, auth::deriveKey(QCA::SecureArray(line))}), keyBase64(fromIdentity));
    }
};

QTEST_GUILESS_MAIN(TestBackupObject)
#include "tst_backupobject.moc"
