#pragma once

#include "cache/ClientCache.h"
#include "models/StaffAccountModel.h"
#include "models/WebinarListModel.h"
#include "net/ApiClient.h"
#include "net/EventStream.h"
#include "net/ReconnectBackoff.h"
#include "protocol/SecurityKey.h"
#include "session/AdminActions.h"
#include "session/CsvExport.h"
#include "session/WebinarWorkspace.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace regiekamer::client {

class AccountCache;
class WebinarListChanges;
class KeychainUnlock;
class OfflineSignIn;
class SecondFactorActions;
class UnsealClient;

// One person's session with one server: signs in and out, keeps the user and token in memory only, loads the
// role's data into the models and keeps the live event stream open. The UI talks to the server only via this.
// What the session receives is also written to the encrypted offline cache of (server, account) (ClientCache);
// when the server cannot be reached at sign-in, the cache opens with the password and the session runs read-only
// (Offline, OfflineSignIn) until a retry with backoff reaches the server again. Optionally the cache key is kept in
// the OS keychain (KeychainUnlock), so an offline sign-in with an empty password opens the cache without the
// password. While online, AccountCache keeps the cache of the account.
class SessionController : public QObject
{
    Q_OBJECT
public:
    // Reconnecting: was Live, lost the server; data shown from memory/cache, read-only, retrying with backoff.
    // Offline: signed in from the local cache because the server could not be reached at sign-in; read-only,
    // retrying with backoff; becomes Live by itself when the server answers.
    enum class Connection { SignedOut, Connecting, Live, Reconnecting, Offline };
    Q_ENUM(Connection)

    explicit SessionController(QObject *parent = nullptr);

    // Emits signedIn or signInFailed. The password is kept (QCA::SecureArray) only while the cache key is derived
    // and, when signed in offline, until the server accepts it again. An empty password while the server cannot be
    // reached opens the offline data with the key kept in the OS keychain, if there is one.
    void signIn(const QString &serverAddress, const QString &email, const QString &password);
    // The sign-in's second step, after secondFactorRequired: a code of the authenticator app or a recovery code.
    // A refused code emits secondFactorRefused (another may be tried); an ended challenge emits signInFailed.
    void answerSecondFactor(const QString &code);
    // The same with a security key's signature over the challenge (challengeSecurityKeys() names the keys).
    void answerSecondFactorWithKey(const api::SecurityKeyAssertion &assertion)
    {
        sendSecondFactor(QJsonObject {{QStringLiteral("securityKey"), assertion.toJson()}});
    }
    const QList<QByteArray> &challengeSecurityKeys() const { return m_api->challengeSecurityKeys(); }
    QString secondFactorChallenge() const { return m_api->secondFactorChallenge(); }
    // The session is limited to enrolling a second factor (the server's policy): no data is loaded until
    // finishEnrolment() after the enrolment was confirmed.
    bool enrolmentRequired() const;
    void finishEnrolment();
    void signOut();
    void refresh();
    // Trusts the untrusted self-signed certificate of the last failed sign-in (never a changed one).
    Status trustPresentedCertificate();

    bool isSignedIn() const { return m_user.has_value(); }
    const api::UserInfo &user() const;
    QUrl server() const;
    Connection connection() const { return m_connection; }
    std::optional<CertificateProblem> certificateProblem() const;
    WebinarListModel *webinars() { return m_webinars; }
    StaffAccountModel *staffAccounts() { return m_staffAccounts; }
    ApiClient *api() { return m_api; }
    EventStream *events() { return m_events; }
    WebinarWorkspace *workspace() { return m_workspace; }
    AdminActions *admin() { return m_admin; }
    CsvExport *csvExport() { return m_export; }
    SecondFactorActions *secondFactor() { return m_secondFactor; }
    UnsealClient *unsealClient() { return m_unseal; }

    bool isReadOnly() const; // true unless Live
    // When the shown data was last received from the server (UTC); invalid if never.
    QDateTime dataReceivedAt() const { return m_dataReceivedAt; }
    int secondsUntilReconnect() const; // -1 when no retry is scheduled
    void reconnectNow(); // retry now (resets the backoff)
    // Wipes every local cache of this app for this OS user (all servers, all accounts) and any keychain entries;
    // signs out first if signed in. A translated error if a file could not be removed.
    Status forgetThisComputer();
    // Whether an OS keychain can keep the cache key (QtKeychain). Checked once per process off the main thread
    // (started by the first SessionController); waits for that check if it still runs. keychainAvailabilityKnown
    // gives the answer without waiting.
    static bool keychainAvailable();
    // "Remember the cache key in the OS keychain", for the next sign-ins with a password: ticked, a sign-in that
    // opens the cache with the password stores its key; unticked, it removes this account's entry. Sign-out keeps
    // the entry; forgetThisComputer, a wiped or rebuilt cache and a stale entry remove it.
    void setRememberKeyInKeychain(bool remember);

    // Where the offline caches live and how their key is derived (tests: a temporary directory, cheaper Argon2id).
    // Takes effect at the next sign-in.
    void setCacheConfig(const CacheConfig &config);
    ClientCache *cache();

Q_SIGNALS:
    void signedIn(const regiekamer::api::UserInfo &user);
    void signInFailed(const regiekamer::Error &error);
    void secondFactorRequired();
    void secondFactorRefused(const regiekamer::Error &error);
    void signedOut();
    void sessionEnded(const QString &message);
    void connectionChanged(regiekamer::client::SessionController::Connection connection);
    void serverLost(const QString &message);
    // The event stream refused the server's certificate (error code certificate_changed, certificate_untrusted or
    // certificate_invalid; the problem is certificateProblem()). Nothing was sent to that server; the session has
    // ended, as at a sign-in refused for its certificate.
    void certificateRefused(const regiekamer::Error &error);
    void dataError(const QString &message);
    void helloReceived(const regiekamer::api::UserInfo &user);
    void readOnlyChanged(bool readOnly);
    void dataAgeChanged(const QDateTime &receivedAt);
    void reconnectScheduled(int seconds);
    void cacheProblem(const QString &message); // translated, e.g. a corrupted record skipped
    void keychainAvailabilityKnown(bool available); // once, shortly after construction

private:
    void sendSecondFactor(const QJsonObject &answer);
    void onLoginAnswered(const QUrl &server, const QCA::SecureArray &password, const Result<api::SessionGrant> &grant);
    void signInOffline(const QUrl &server, const QCA::SecureArray &password, const Error &unreachable);
    void onLoggedIn(const api::SessionGrant &grant, const QCA::SecureArray &password);
    void failSignIn(const Error &error);
    void enterOffline(const QUrl &server, const QCA::SecureArray &password, const api::UserInfo &user);
    void retryOnline();
    void onRetryRefused(const Error &error);
    void checkServerWithoutPassword();
    void wipeAccountCache();
    void removeUnusableCaches();
    void onDeviceRevoked();
    void onHello(const api::UserInfo &user);
    void storeReceivedData();
    void loadWebinarsFromCache();
    void storeWebinars(const QList<api::WebinarSummary> &webinars);
    void setDataReceivedAt(const QDateTime &receivedAt);
    void onSessionEnded(const QString &message);
    void onStreamStateChanged(EventStream::State state);
    void onConnectionLost();
    void onStreamCertificateRefused(const CertificateProblem &problem);
    void startEventStream();
    void resetSession();
    void setConnection(Connection connection);
    void onEvent(const api::Event &event);

    ClientCache m_cache;
    ApiClient *m_api;
    EventStream *m_events;
    WebinarListModel *m_webinars;
    StaffAccountModel *m_staffAccounts;
    WebinarWorkspace *m_workspace;
    AdminActions *m_admin;
    CsvExport *m_export;
    SecondFactorActions *m_secondFactor;
    UnsealClient *m_unseal;
    ReconnectBackoff *m_backoff;
    KeychainUnlock *m_keychain;
    OfflineSignIn *m_offlineSignIn;
    AccountCache *m_accountCache;
    WebinarListChanges *m_listChanges; // the list follows the change events row by row
    std::optional<api::UserInfo> m_user;
    Connection m_connection = Connection::SignedOut;
    bool m_serverLostReported = false;
    // Only while signed in offline (kept for the retry), or while the sign-in's second step is open (the offline
    // cache's key is derived from it once the session is granted).
    QCA::SecureArray m_password;
    QString m_email;
    QUrl m_offlineServer;
    QDateTime m_dataReceivedAt;
    QDateTime m_streamRetryAt; // when the event stream retries (Reconnecting)
    quint64 m_generation = 0; // sign-in attempt: answers for an older one are dropped
};

} // namespace regiekamer::client
