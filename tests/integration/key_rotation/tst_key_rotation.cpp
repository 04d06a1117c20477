// The key hierarchy against the real regiekamer-server and regiekamer-admin: the first start creates the master key
// file 0600; a wrong, missing or world-readable key file (or the old one after a rotation) stops the server and the
// admin tool with a clear message and leaves the database bytes as they were; `keys rotate` runs while another
// process keeps creating data keys, loses none, and leaves a key file with only the new version; and while clients
// keep writing sealed fields through the live server's HTTPS API, every record written stays readable with the
// right text, before and after the server restarts with the new key file. A plain value written into a sealed
// column stops the start instead of being sealed.
#include "ApiRequests.h"
#include "ServerProcess.h"
#include "SqlFile.h"
#include "db/Database.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <atomic>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

constexpr int keysBeforeRotation = 200;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &contents, QFileDevice::Permissions permissions)
{
    QFile::remove(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.setPermissions(permissions));
    QCOMPARE(file.write(contents), qint64(contents.size()));
}

bool isOwnerOnly(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const QFileDevice::Permissions others {QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup,
                                           QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther};
    return permissions.testFlag(QFileDevice::ReadOwner) && !(permissions & others);
}

// Every file of the database (main file, and the WAL and shared memory if left), by name, as SHA-256.
QMap<QString, QByteArray> databaseFiles(const QString &dataDir)
{
    QMap<QString, QByteArray> hashes;
    for (const QFileInfo &file : QDir(dataDir).entryInfoList({Database::fileName + u'*'}, QDir::Files)) {
        if (file.fileName().endsWith(u"-shm"_s))
            continue; // an index rebuilt by every reader; it holds no data
        hashes.insert(file.fileName(),
                      QCryptographicHash::hash(fileBytes(file.filePath()), QCryptographicHash::Sha256));
    }
    return hashes;
}

// Creates subject keys on a connection of its own until stopped, as a server process would; remembers each key.
class KeyWriter
{
public:
    explicit KeyWriter(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
    }

    void createKeys(qint64 firstId, int count) { run(firstId, count); }

    void startContinuous(qint64 firstId)
    {
        m_thread.reset(QThread::create([this, firstId] { run(firstId, -1); }));
        m_thread->start();
    }

    void stop()
    {
        m_stop = true;
        if (m_thread)
            m_thread->wait();
    }

    qint64 created() const
    {
        QMutexLocker lock(&m_mutex);
        return m_keys.size();
    }
    QMap<qint64, QByteArray> keys() const
    {
        QMutexLocker lock(&m_mutex);
        return m_keys;
    }
    QString error() const
    {
        QMutexLocker lock(&m_mutex);
        return m_error;
    }

private:
    void run(qint64 firstId, int count)
    {
        auto database = Database::open(m_dataDir);
        auto store = database ? KeyStore::open(**database, MasterKey::resolvePath({}, m_dataDir))
                              : Result<std::unique_ptr<KeyStore>>(std::unexpected(database.error()));
        if (!store) {
            QMutexLocker lock(&m_mutex);
            m_error = store.error().message;
            return;
        }
        for (qint64 id = firstId; (count < 0 && !m_stop) || id < firstId + count; ++id) {
            auto key = (*store)->subjectKey(id);
            QMutexLocker lock(&m_mutex);
            if (!key) {
                m_error = key.error().message;
                return;
            }
            m_keys.insert(id, key->toByteArray());
            lock.unlock();
            if (count < 0)
                QThread::usleep(200); // a busy server between two requests, not one holding the lock for good
        }
    }

    QString m_dataDir;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop = false;
    mutable QMutex m_mutex;
    QMap<qint64, QByteArray> m_keys;
    QString m_error;
};

} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT

private:
    QCA::Initializer m_crypto;

    static QString keyPath(const ServerProcess &server)
    {
        return QDir(server.dataDir()).filePath(MasterKey::defaultFileName);
    }

    // The server and `keys status` both refuse, name the key file, and change no byte of the database.
    static void expectRefused(ServerProcess &server, const QString &expectedMessage)
    {
        const auto before = databaseFiles(server.dataDir());
        QVERIFY(!before.isEmpty());
        QVERIFY(!server.start());
        QVERIFY(server.terminate() > 0);
        const QString output = QString::fromUtf8(server.lastOutput());
        QVERIFY2(output.contains(expectedMessage), qPrintable(output));
        QVERIFY2(output.contains(keyPath(server)), qPrintable(output));
        QByteArray adminOutput;
        QCOMPARE(server.runAdmin({u"keys"_s, u"status"_s}, {}, &adminOutput), 1);
        QVERIFY2(adminOutput.contains(expectedMessage.toUtf8()), adminOutput.constData());
        QCOMPARE(databaseFiles(server.dataDir()), before);
    }

private Q_SLOTS:
    void firstStartCreatesOwnerOnlyKeyFile()
    {
        ServerProcess server;
        QVERIFY2(server.start(), server.lastOutput().constData());
        QCOMPARE(server.terminate(), 0);
        QVERIFY(QFile::exists(keyPath(server)));
        QVERIFY(isOwnerOnly(keyPath(server)));
        QByteArray output;
        QCOMPARE(server.runAdmin({u"keys"_s, u"status"_s}, {}, &output), 0);
        QVERIFY2(output.contains("current"), output.constData());
        QVERIFY2(server.start(), server.lastOutput().constData()); // the same key file opens it again
        QCOMPARE(server.terminate(), 0);
    }

    void refusedWithoutWriting_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong key") << u"wrong"_s << u"holds a wrong key for version 1"_s;
        QTest::newRow("missing key file") << u"missing"_s << u"does not exist"_s;
        QTest::newRow("world-readable key file") << u"readable"_s << u"chmod 600"_s;
    }

    void refusedWithoutWriting()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        ServerProcess server;
        QVERIFY2(server.start(), server.lastOutput().constData());
        QCOMPARE(server.terminate(), 0);
        KeyWriter(server.dataDir()).createKeys(1, 5);
        const QString path = keyPath(server);
        if (damage == "wrong"_L1) {
            MasterKey other(path);
            other.addRandomKey(1);
            QVERIFY(other.save());
        } else if (damage == "missing"_L1) {
            QVERIFY(QFile::remove(path));
        } else {
            QVERIFY(QFile::setPermissions(path,
                                          QFile::permissions(path) | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
        expectRefused(server, message);
    }

    // Attack review finding 13: an administrator's account written into the file with SQL, in plain text, is not
    // sealed by the next start (which would make it look like the server's own): the server and the admin tool
    // refuse to start, naming the place, and the row stays as it was written.
    void plainFieldWrittenIntoTheFileStopsTheStart()
    {
        ServerProcess server;
        QVERIFY2(server.start(), server.lastOutput().constData());
        QCOMPARE(server.terminate(), 0);
        const QString file = QDir(server.dataDir()).filePath(Database::fileName);
        {
            SqlFile database(file);
            QVERIFY(database.isOpen());
            QCOMPARE(database.exec(u"INSERT INTO users (id, email, display_name, role, password_hash, created_at)"
                                   " VALUES (77, 'mallory@example.org', 'Mallory', 'admin', 'her own hash',"
                                   " '2026-01-01T00:00:00.000Z')"_s),
                     QString());
        }
        QVERIFY(!server.start());
        server.terminate();
        const QString output = QString::fromUtf8(server.lastOutput());
        QVERIFY2(output.contains(u"users.email of row 77"_s) && !output.contains(u"mallory"_s), qPrintable(output));
        QByteArray adminOutput;
        QCOMPARE(server.runAdmin({u"user"_s, u"list"_s}, {}, &adminOutput), 1);
        QVERIFY2(adminOutput.contains("users.email of row 77"), adminOutput.constData());
        SqlFile database(file);
        QCOMPARE(database.rows(u"SELECT typeof(email), email, email_index IS NULL FROM users WHERE id = 77"_s),
                 QStringList {u"text|mallory@example.org|1"_s});
    }

    void rotationUnderConcurrentWritesLosesNothing()
    {
        ServerProcess server;
        QVERIFY2(server.start(), server.lastOutput().constData());
        const QString path = keyPath(server);
        const QByteArray oldKeyFile = fileBytes(path);
        KeyWriter before(server.dataDir());
        before.createKeys(1, keysBeforeRotation);
        QVERIFY2(before.error().isEmpty(), qPrintable(before.error()));

        KeyWriter during(server.dataDir());
        during.startContinuous(100'000);
        QTRY_VERIFY(during.created() > 0);
        QProcess admin;
        admin.setProcessChannelMode(QProcess::MergedChannels);
        admin.start(ServerProcess::adminBinary(),
                    {u"--data-dir"_s, server.dataDir(), u"keys"_s, u"rotate"_s, u"--batch"_s, u"5"_s});
        QVERIFY(admin.waitForStarted(10000));
        const qint64 createdAtStart = during.created();
        QVERIFY(admin.waitForFinished(180000));
        const qint64 createdDuring = during.created() - createdAtStart;
        QTest::qWait(200); // some keys after the rotation, wrapped under the new version by a store that began before
        during.stop();
        const QByteArray adminOutput = admin.readAll();
        QVERIFY2(admin.exitCode() == 0, adminOutput.constData());
        QVERIFY2(adminOutput.contains("Master key rotated: version 2 is current"), adminOutput.constData());
        QVERIFY2(during.error().isEmpty(), qPrintable(during.error()));
        QVERIFY2(createdDuring > 0, "no data key was written while the rotation ran");
        qInfo("%lld data keys created by another process during the rotation", createdDuring);

        auto master = MasterKey::load(path);
        QVERIFY(master && *master);
        QCOMPARE((*master)->versions(), QList<int> {2});
        QVERIFY(isOwnerOnly(path));
        QCOMPARE(server.terminate(), 0);
        QVERIFY2(server.start(), server.lastOutput().constData()); // restarts with only the new master key
        QCOMPARE(server.terminate(), 0);

        QMap<qint64, QByteArray> expected = before.keys();
        expected.insert(during.keys());
        {
            auto database = Database::open(server.dataDir());
            QVERIFY(database);
            auto store = KeyStore::open(**database, path);
            QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            // Besides them, the access log's data key (scope "audit"), re-wrapped too.
            auto rows =
                (*database)->firstRow(u"SELECT SUM(scope_kind <> 'audit'), SUM(master_version <> 2) FROM data_keys"_s);
            QVERIFY(rows && *rows);
            QCOMPARE((*rows)->at(0).toLongLong(), qlonglong(expected.size()));
            QCOMPARE((*rows)->at(1).toLongLong(), qlonglong(0));
            // First start, rotation started, rotation finished: each a key operation in the access log.
            auto logged = (*database)->firstRow(
                u"SELECT COUNT(*) FROM audit_log WHERE action = 'key_operation' AND object_type = 'key'"_s);
            QVERIFY(logged && *logged);
            QVERIFY2((*logged)->at(0).toLongLong() >= 3, qPrintable((*logged)->at(0).toString()));
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                auto key = (*store)->subjectKey(it.key());
                QVERIFY(key);
                QCOMPARE(key->toByteArray(), it.value());
            }
        }
        QByteArray verified;
        QCOMPARE(server.runAdmin({u"audit"_s, u"verify"_s}, {}, &verified), 0);
        QByteArray status;
        QCOMPARE(server.runAdmin({u"keys"_s, u"status"_s}, {}, &status), 0);
        QVERIFY2(status.contains("retired"), status.constData());

        writeFile(path, oldKeyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        expectRefused(server, u"lacks master key version 2"_s);
    }

    void rotationUnderApiWritesLosesNothing();
};

namespace {

// Writes sealed records through the API as the demo viewer and admin, remembers them, and reads them back.
class ApiWriter
{
public:
    ApiWriter(ApiRequests &api, const ServerProcess &server)
        : m_api(api)
        , m_accounts(server.demoAccounts())
    {
    }

    // Signs in (again, after a restart); the viewer's first webinar and its question count on the first call.
    void signIn()
    {
        m_admin = m_api.login(m_accounts.value(Role::Admin).email, m_accounts.value(Role::Admin).password);
        m_viewer = m_api.login(m_accounts.value(Role::Viewer).email, m_accounts.value(Role::Viewer).password);
        QVERIFY(!m_admin.isEmpty() && !m_viewer.isEmpty());
        if (m_webinar > 0)
            return;
        const ApiReply registrations = m_api.send("GET", m_api.url(u"/api/v1/me/registrations"_s), m_viewer);
        QVERIFY2(registrations.status == 200 && !registrations.items().isEmpty(), qPrintable(registrations.describe()));
        m_webinar = registrations.items().first().toObject().value("webinarId"_L1).toInteger();
        m_questionsBefore = ownQuestions().size();
    }

    // A question (text sealed under the organisation key, which the rotation re-wraps); every third time also a
    // user account (e-mail and name sealed under a subject key made for it).
    void write()
    {
        const int n = ++m_written;
        const QString text = u"Rotatievraag %1: blijft dit leesbaar?"_s.arg(n);
        const ApiReply asked = m_api.sendJson("POST", m_api.url(u"/api/v1/webinars/%1/questions"_s.arg(m_webinar)),
                                              m_viewer, {{"text"_L1, text}});
        QVERIFY2(asked.status == 201, qPrintable(asked.describe()));
        m_questions.insert(asked.json().value("id"_L1).toInteger(), text);
        if (n % 3 != 0)
            return;
        const QString email = u"rotatie.%1@example.com"_s.arg(n);
        const ApiReply created = m_api.sendJson("POST", m_api.url(u"/api/v1/users"_s), m_admin,
                                                {{"email"_L1, email},
                                                 {"displayName"_L1, u"Rotatie Gebruiker %1"_s.arg(n)},
                                                 {"role"_L1, u"moderator"_s},
                                                 {"organisationId"_L1, 0},
                                                 {"password"_L1, u"rotation-password-%1"_s.arg(n)}});
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        m_users.insert(created.json().value("id"_L1).toInteger(), email);
    }

    // Every record written is there, with its text.
    void readsBack()
    {
        const QJsonArray items = ownQuestions();
        QCOMPARE(items.size(), m_questionsBefore + m_questions.size());
        QMap<qint64, QString> read;
        for (const QJsonValue &item : items)
            read.insert(item.toObject().value("id"_L1).toInteger(), item.toObject().value("text"_L1).toString());
        for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it)
            QCOMPARE(read.value(it.key()), it.value());
        for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
            const ApiReply user = m_api.send("GET", m_api.url(u"/api/v1/users/%1"_s.arg(it.key())), m_admin);
            QVERIFY2(user.status == 200, qPrintable(user.describe()));
            QCOMPARE(user.json().value("email"_L1).toString(), it.value());
        }
    }

    int written() const { return m_written; }
    qsizetype users() const { return m_users.size(); }

private:
    QJsonArray ownQuestions() { return m_api.send("GET", m_api.url(u"/api/v1/me/questions"_s), m_viewer).items(); }

    ApiRequests &m_api;
    QMap<Role, ServerProcess::DemoAccount> m_accounts;
    QString m_admin, m_viewer;
    qint64 m_webinar = 0;
    qsizetype m_questionsBefore = 0;
    int m_written = 0;
    QMap<qint64, QString> m_questions, m_users;
};

} // namespace

void TestKeyRotation::rotationUnderApiWritesLosesNothing()
{
    ServerProcess server;
    QVERIFY2(server.start({u"--demo"_s}), server.lastOutput().constData());
    // Enough data keys that re-wrapping them in batches of 5 overlaps the requests below.
    KeyWriter(server.dataDir()).createKeys(500'000, keysBeforeRotation);
    ApiRequests api;
    QVERIFY(api.connectTo(server));
    ApiWriter writer(api, server);
    writer.signIn();
    QProcess rotate;
    rotate.setProcessChannelMode(QProcess::MergedChannels);
    rotate.start(ServerProcess::adminBinary(),
                 {u"--data-dir"_s, server.dataDir(), u"keys"_s, u"rotate"_s, u"--batch"_s, u"5"_s});
    QVERIFY(rotate.waitForStarted(10000));
    int writtenDuring = 0;
    while (rotate.state() != QProcess::NotRunning && !QTest::currentTestFailed()) {
        writer.write(); // the synchronous request runs the event loop, which sees the admin process finish
        if (rotate.state() != QProcess::NotRunning)
            writtenDuring = writer.written();
    }
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(rotate.exitStatus(), QProcess::NormalExit);
    const QByteArray rotateOutput = rotate.readAll();
    QVERIFY2(rotate.exitCode() == 0, rotateOutput.constData());
    QVERIFY2(rotateOutput.contains("Master key rotated: version 2 is current"), rotateOutput.constData());
    QVERIFY2(writtenDuring > 0, "no request was written while the rotation ran");
    qInfo("%d question writes (%lld accounts) through the API while the rotation ran", writtenDuring,
          static_cast<long long>(writer.users()));
    for (int i = 0; i < 3; ++i)
        writer.write(); // after it

    writer.readsBack();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(server.terminate(), 0);
    auto master = MasterKey::load(keyPath(server));
    QVERIFY(master && *master);
    QCOMPARE((*master)->versions(), QList<int> {2});
    QVERIFY2(server.start(), server.lastOutput().constData()); // only the new master key
    writer.signIn();
    writer.readsBack();
    QCOMPARE(server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_key_rotation.moc"
