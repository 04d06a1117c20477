// The desktop applies change events to the changed rows (issue 19), against the real server over TLS: director B has
// a webinar with 300 registrations open in the desktop's core (SessionController), director A (another session) and
// a viewer change it through the API. An approval costs B exactly one request (GET of that registration) and changes
// only that row (and its page in the offline cache); a new registration is one fetch and joins the list, a removed
// one leaves without a fetch of it; a question asked and moderated is one fetch each; an event of another webinar
// costs nothing; an event without ids (an older server) still reloads the list; the events carry ids and a kind,
// never a personal field; the go-live checklist's pending registrations follow registrations.changed at once (its
// poll is only every 30 s).
#include "ApiRequests.h"
#include "ChangedRowsFixture.h"
#include "ServerProcess.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "models/QuestionModel.h"
#include "models/RegistrationModel.h"
#include "models/WebinarListModel.h"
#include "protocol/ApiPaths.h"
#include "protocol/Event.h"
#include "protocol/EventTypes.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "session/GoLiveStatus.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using changedrows::RequestCounter;

namespace {

constexpr int timeoutMs = 30000;
constexpr int seeded = 300;
constexpr crypto::Argon2Parameters testKdf {8192, 1, 1};

} // namespace

class TstChangedRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void anApprovalIsOneRequestForOneRow();
    void aNewRegistrationJoinsAndARemovedOneLeaves();
    void questionsAreFetchedOneByOne();
    void anotherWebinarsEventCostsNothing();
    void anOlderServersEventReloads();
    void eventsCarryIdsAndAKindOnly();
    void goLiveChecklistFollowsTheEvents();
    void cleanupTestCase();

private:
    ApiReply as(const QString &token, const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return m_api.sendJson(verb, m_api.url(path), token, body);
    }
    client::RegistrationModel *model() { return m_session->workspace()->registrations(); }
    // A registration of B's model in this state that the test did not use yet.
    qint64 rowIn(api::ApprovalState state);
    ApiReply decide(qint64 registrationId, api::ApprovalState state);
    // Each row's id, version and approval, to show that the others stayed as they were.
    QStringList snapshot(qint64 except);
    QList<api::Event> framesOf(const char *type) const;

    QCA::Initializer m_crypto;
    QTemporaryDir m_cacheDir;
    ServerProcess m_server;
    ApiRequests m_api;
    QString m_directorA, m_viewer;
    qint64 m_webinar = 0;
    std::unique_ptr<client::SessionController> m_session;
    std::unique_ptr<RequestCounter> m_counter;
    QSet<qint64> m_used;
    QWebSocket *m_stream = nullptr;
    QList<api::Event> m_frames; // of director A's event stream
};

void TstChangedRows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_webinar = changedrows::startWithSeededWebinar(m_server, seeded);
    QVERIFY(m_webinar > 0);
    QVERIFY(m_api.connectTo(m_server));
    const auto accounts = m_server.demoAccounts();
    m_directorA = m_api.login(accounts.value(Role::Director).email, accounts.value(Role::Director).password);
    m_viewer = m_api.login(accounts.value(Role::Viewer).email, accounts.value(Role::Viewer).password);
    QVERIFY(!m_directorA.isEmpty() && !m_viewer.isEmpty());

    m_session = std::make_unique<client::SessionController>();
    m_session->setCacheConfig({m_cacheDir.path(), testKdf});
    QVERIFY(changedrows::signInLive(*m_session, m_server, accounts.value(Role::Director)));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->cache()->isUnlocked(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->webinars()->rowOfId(m_webinar) >= 0, timeoutMs);
    QVERIFY(changedrows::openWebinar(*m_session, m_webinar, seeded));
    QTRY_COMPARE_WITH_TIMEOUT(client::CacheRecords(*m_session->cache()).loadRegistrations(m_webinar).items.size(),
                              seeded, timeoutMs);
    m_counter = std::make_unique<RequestCounter>(m_session->api());

    m_stream = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_stream->setSslConfiguration(m_api.tls());
    connect(m_stream, &QWebSocket::textMessageReceived, this, [this](const QString &frame) {
        if (auto event = api::Event::fromFrame(frame.toUtf8()))
            m_frames.append(*event);
    });
    QSignalSpy connected(m_stream, &QWebSocket::connected);
    m_stream->open(m_api.request(m_api.webSocketUrl(QString::fromLatin1(api::path::events)), m_directorA));
    QVERIFY(connected.wait(timeoutMs));
}

void TstChangedRows::init()
{
    QVERIFY(m_counter->waitQuiet());
    m_counter->reset();
    m_frames.clear();
}

qint64 TstChangedRows::rowIn(api::ApprovalState state)
{
    for (const client::RegistrationRow &row : model()->rows()) {
        if (row.data.registration && row.data.registration->approvalState == state && !m_used.contains(row.id)) {
            m_used.insert(row.id);
            return row.id;
        }
    }
    return 0;
}

ApiReply TstChangedRows::decide(qint64 registrationId, api::ApprovalState state)
{
    const QString path = api::path::expand(api::path::registration, {registrationId});
    const qint64 version = as(m_directorA, "GET", path).json().value("version"_L1).toInteger();
    return as(m_directorA, "PATCH", path, api::RegistrationUpdate {state, version, {}}.toJson());
}

QStringList TstChangedRows::snapshot(qint64 except)
{
    QStringList rows;
    for (const client::RegistrationRow &row : model()->rows()) {
        if (row.id != except)
            rows.append(u"%1 v%2 %3"_s.arg(row.id)
                            .arg(row.version)
                            .arg(api::approvalStateToWire(row.data.registration->approvalState)));
    }
    return rows;
}

QList<api::Event> TstChangedRows::framesOf(const char *type) const
{
    QList<api::Event> found;
    for (const api::Event &event : m_frames) {
        if (event.type == QLatin1StringView(type))
            found.append(event);
    }
    return found;
}

// The heart of it: A approves one; B's model sends exactly one request, the GET of that registration, and shows the
// new state; no other row changed; the offline cache holds the new state.
void TstChangedRows::anApprovalIsOneRequestForOneRow()
{
    const qint64 id = rowIn(api::ApprovalState::Pending);
    QVERIFY(id > 0);
    const QStringList others = snapshot(id);
    QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(model(), &QAbstractItemModel::rowsRemoved);
    QCOMPARE(decide(id, api::ApprovalState::Approved).status, 200);
    const auto approved = [&] {
        const int row = model()->rowOfId(id);
        return row >= 0 && model()->rowAt(row).data.registration->approvalState == api::ApprovalState::Approved;
    };
    QTRY_VERIFY_WITH_TIMEOUT(approved(), timeoutMs);
    QVERIFY(m_counter->waitQuiet());
    QCOMPARE(m_counter->requests(), QStringList {u"GET /api/v1/registrations/%1"_s.arg(id)});
    QCOMPARE(snapshot(id), others);
    QCOMPARE(model()->rowCount(), seeded);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const api::Registration &cached :
                 client::CacheRecords(*m_session->cache()).loadRegistrations(m_webinar).items) {
                if (cached.id == id)
                    return cached.registration->approvalState == api::ApprovalState::Approved;
            }
            return false;
        }(),
        timeoutMs);
}

// The viewer registers (created: one fetch, the row joins; the list's count follows with one fetch of the webinar)
// and cancels (removed: the row leaves without a fetch of it).
void TstChangedRows::aNewRegistrationJoinsAndARemovedOneLeaves()
{
    const ApiReply created = as(m_viewer, "POST", api::path::expand(api::path::webinarRegistrations, {m_webinar}),
                                api::RegistrationCreate {{true, false}}.toJson());
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value("id"_L1).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfId(id) >= 0, timeoutMs);
    QVERIFY(m_counter->waitQuiet());
    QCOMPARE(model()->rowCount(), seeded + 1);
    QCOMPARE(m_counter->countStartingWith(u"GET /api/v1/registrations/%1"_s.arg(id)), 1);
    QCOMPARE(m_counter->countStartingWith(u"GET /api/v1/webinars/%1"_s.arg(m_webinar)), 1); // the count
    QCOMPARE(m_counter->requests().size(), 2);
    const auto count = [&] {
        return m_session->webinars()->rowAt(m_session->webinars()->rowOfId(m_webinar)).registrationCount;
    };
    QCOMPARE(count(), seeded + 1);

    m_counter->reset();
    QCOMPARE(as(m_viewer, "DELETE", api::path::expand(api::path::registration, {id})).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowOfId(id), -1, timeoutMs);
    QVERIFY(m_counter->waitQuiet());
    QCOMPARE(model()->rowCount(), seeded);
    QCOMPARE(m_counter->requests(), QStringList {u"GET /api/v1/webinars/%1"_s.arg(m_webinar)});
    QCOMPARE(count(), seeded);
    QTRY_COMPARE_WITH_TIMEOUT(client::CacheRecords(*m_session->cache()).loadRegistrations(m_webinar).items.size(),
                              seeded, timeoutMs);
}

// An approved attendee asks; a director approves the question: one fetch of it each time, in B's question list.
void TstChangedRows::questionsAreFetchedOneByOne()
{
    const ApiReply registered = as(m_viewer, "POST", api::path::expand(api::path::webinarRegistrations, {m_webinar}),
                                   api::RegistrationCreate {{true, false}}.toJson());
    QCOMPARE(registered.status, 201);
    const qint64 registration = registered.json().value("id"_L1).toInteger();
    QCOMPARE(decide(registration, api::ApprovalState::Approved).status, 200);
    QVERIFY(m_counter->waitQuiet());
    m_counter->reset();

    client::QuestionModel *questions = m_session->workspace()->questions();
    const int before = questions->rowCount();
    const ApiReply asked = as(m_viewer, "POST", api::path::expand(api::path::webinarQuestions, {m_webinar}),
                              api::QuestionCreate {u"Wat kost het?"_s}.toJson());
    QCOMPARE(asked.status, 201);
    const qint64 id = asked.json().value("id"_L1).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(questions->questionById(id), timeoutMs);
    QVERIFY(m_counter->waitQuiet());
    QCOMPARE(questions->rowCount(), before + 1);
    QCOMPARE(questions->rowOfId(id), 0); // newest first
    QCOMPARE(m_counter->countStartingWith(u"GET /api/v1/questions/%1"_s.arg(id)), 1);
    QCOMPARE(m_counter->countStartingWith(u"GET /api/v1/webinars/%1/questions"_s.arg(m_webinar)), 0);

    m_counter->reset();
    const QString path = api::path::expand(api::path::question, {id});
    api::QuestionUpdate change {asked.json().value("version"_L1).toInteger(), api::QuestionState::Approved, {}, {}};
    QCOMPARE(as(m_directorA, "PATCH", path, change.toJson()).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(questions->questionById(id)->question->state == api::QuestionState::Approved, timeoutMs);
    QVERIFY(m_counter->waitQuiet());
    QCOMPARE(m_counter->countStartingWith(u"GET /api/v1/questions/%1"_s.arg(id)), 1);
    QCOMPARE(m_counter->countStartingWith(u"GET /api/v1/webinars/%1/questions"_s.arg(m_webinar)), 0);
    QCOMPARE(questions->rowCount(), before + 1);
}

// A registration of another of A's webinars is approved: B (who has that webinar in its list, not open) sends
// nothing, and its open webinar's rows stay.
void TstChangedRows::anotherWebinarsEventCostsNothing()
{
    const QStringList rows = snapshot(0);
    bool decided = false;
    for (const QJsonValue &webinar : as(m_directorA, "GET", QString::fromLatin1(api::path::webinars)).items()) {
        const qint64 id = webinar.toObject().value("id"_L1).toInteger();
        if (id == m_webinar || decided)
            continue;
        for (const QJsonValue &item :
             as(m_directorA, "GET", api::path::expand(api::path::webinarRegistrations, {id})).items()) {
            const auto state = item.toObject().value("approvalState"_L1).toString();
            // Rejected from pending or approved, approved from rejected: whatever the webinar's state allows.
            const auto wanted = state == u"rejected"_s ? api::ApprovalState::Approved : api::ApprovalState::Rejected;
            if (decide(item.toObject().value("id"_L1).toInteger(), wanted).status == 200) {
                decided = true;
                break;
            }
        }
    }
    if (!decided)
        QSKIP("the demo data has no registration in another webinar of the director to decide on");
    QTRY_VERIFY_WITH_TIMEOUT(!framesOf(api::event::registrationsChanged).isEmpty(), timeoutMs);
    QVERIFY(framesOf(api::event::registrationsChanged).constFirst().data.value("webinarId"_L1).toInteger() !=
            m_webinar);
    QVERIFY(m_counter->waitQuiet(1000));
    QCOMPARE(m_counter->requests(), QStringList());
    QCOMPARE(snapshot(0), rows);
}

// What an older server sends ({webinarId} only) reloads the list as before: one page for 300 rows.
void TstChangedRows::anOlderServersEventReloads()
{
    const QStringList rows = snapshot(0);
    m_session->workspace()->onEvent(
        api::Event {QString::fromLatin1(api::event::registrationsChanged), QJsonObject {{u"webinarId"_s, m_webinar}}});
    QVERIFY(m_counter->waitQuiet());
    QCOMPARE(m_counter->countStartingWith(u"GET /api/v1/webinars/%1/registrations"_s.arg(m_webinar)), 1);
    QCOMPARE(m_counter->requests().size(), 1);
    QCOMPARE(snapshot(0), rows);
}

// The frames themselves: ids and the kind, never a name, an address or a text.
void TstChangedRows::eventsCarryIdsAndAKindOnly()
{
    const qint64 id = rowIn(api::ApprovalState::Pending);
    QVERIFY(id > 0);
    QCOMPARE(decide(id, api::ApprovalState::Rejected).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!framesOf(api::event::registrationsChanged).isEmpty(), timeoutMs);
    const api::Event event = framesOf(api::event::registrationsChanged).constFirst();
    QStringList keys = event.data.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList {u"ids"_s, u"kind"_s, u"webinarId"_s}));
    QCOMPARE(event.data.value("webinarId"_L1).toInteger(), m_webinar);
    QCOMPARE(event.data.value("kind"_L1).toString(), u"updated"_s);
    QCOMPARE(event.data.value("ids"_L1).toArray(), QJsonArray {id});
    for (const QJsonValue &value : event.data)
        QVERIFY(value.isDouble() || value.isArray() || value.toString() == u"updated"_s);
}

// The checklist counts the pending registrations: an approval elsewhere changes it within a second, through the event
// (the safety poll is every 30 s).
void TstChangedRows::goLiveChecklistFollowsTheEvents()
{
    client::GoLiveStatus status(m_session->api(), m_session->workspace(), Role::Director);
    Q_EMIT m_session->workspace()->detailChanged(); // as when the webinar is opened with the panel there
    QTRY_VERIFY_WITH_TIMEOUT(status.preflight().has_value(), timeoutMs);
    const qint64 pending = status.preflight()->pendingRegistrations;
    QVERIFY(pending > 0);
    const qint64 id = rowIn(api::ApprovalState::Pending);
    QVERIFY(id > 0);
    QCOMPARE(decide(id, api::ApprovalState::Approved).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status.preflight()->pendingRegistrations, pending - 1,
                              int(client::GoLiveStatus::safetyPollInterval.count() * 1000 / 10));
}

void TstChangedRows::cleanupTestCase()
{
    if (m_stream)
        m_stream->close();
    m_counter.reset();
    if (m_session)
        m_session->signOut();
    m_session.reset();
    m_server.terminate();
}

QTEST_MAIN(TstChangedRows)
#include "tst_changed_rows.moc"
