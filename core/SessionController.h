#pragma once

#include "AdminActions.h"
#include "ApiClient.h"
#include "CsvExport.h"
#include "EventStream.h"
#include "StaffAccountModel.h"
#include "WebinarListModel.h"
#include "WebinarWorkspace.h"

#include <QObject>

#include <optional>

namespace regiekamer::client {

// One person's session with one server: signs in and out, keeps the user and token in memory only, loads the
// role's data into the models and keeps the live event stream open. The UI talks to the server only via this.
class SessionController : public QObject
{
    Q_OBJECT
public:
    enum class Connection { SignedOut, Connecting, Live, Reconnecting };
    Q_ENUM(Connection)

    explicit SessionController(QObject *parent = nullptr);

    // The password is used for this one request and not kept. Emits signedIn or signInFailed.
    void signIn(const QString &serverAddress, const QString &email, const QString &password);
    void signOut();
    void refresh();
    // Trusts the untrusted self-signed certificate of the last failed sign-in (never a changed one).
    Status trustPresentedCertificate();

    bool isSignedIn() const;
    const api::UserInfo &user() const;
    QUrl server() const;
    Connection connection() const;
    std::optional<CertificateProblem> certificateProblem() const;
    WebinarListModel *webinars();
    StaffAccountModel *staffAccounts();
    ApiClient *api();
    EventStream *events();
    WebinarWorkspace *workspace();
    AdminActions *admin();
    CsvExport *csvExport();

Q_SIGNALS:
    void signedIn(const regiekamer::api::UserInfo &user);
    void signInFailed(const regiekamer::Error &error);
    void signedOut();
    void sessionEnded(const QString &message);
    void connectionChanged(regiekamer::client::SessionController::Connection connection);
    void serverLost(const QString &message);
    void dataError(const QString &message);
    void helloReceived(const regiekamer::api::UserInfo &user);

private:
    void onLoggedIn(const api::SessionGrant &grant);
    void onSessionEnded(const QString &message);
    void onStreamStateChanged(EventStream::State state);
    void onConnectionLost();
    void startEventStream();
    void resetSession();
    void setConnection(Connection connection);
    void onEvent(const api::Event &event);

    ApiClient *m_api;
    EventStream *m_events;
    WebinarListModel *m_webinars;
    StaffAccountModel *m_staffAccounts;
    WebinarWorkspace *m_workspace;
    AdminActions *m_admin;
    CsvExport *m_export;
    std::optional<api::UserInfo> m_user;
    Connection m_connection = Connection::SignedOut;
    bool m_serverLostReported = false;
};

} // namespace regiekamer::client
