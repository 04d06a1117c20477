#pragma once

#include "protocol/Roles.h"
#include "protocol/Session.h"
#include "session/SessionController.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace regiekamer::ui {

class OfflineBanner;
class UserHeader;

// The control room: who is signed in, one central view per role, menus and the connection state.
// Holds no network code; it shows what the SessionController provides and reports the person's choices.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(client::SessionController *session, QWidget *parent = nullptr);

    void showUser(const api::UserInfo &user);
    void setLanguage(const QString &code); // checks the menu entry without emitting
    void showConnection(client::SessionController::Connection connection);
    void showNotice(const QString &message); // non-blocking banner, e.g. server unreachable
    QWidget *currentRoleView() const;
    OfflineBanner *offlineBanner() const;

Q_SIGNALS:
    void signOutRequested();
    void quitRequested();
    void forgetComputerRequested();
    void changeEmailRequested();
    void secondFactorRequested();
    void languageSelected(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void showAbout();
    QWidget *roleView(Role role);

    client::SessionController *m_session;
    OfflineBanner *m_banner;
    UserHeader *m_header;
    QLabel *m_notice;
    QStackedWidget *m_views;
    QLabel *m_connectionLabel;
    QLabel *m_serverLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_forgetComputer = nullptr;
    QAction *m_changeEmail = nullptr;
    QAction *m_secondFactor = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languages = nullptr;
    client::SessionController::Connection m_connection = client::SessionController::Connection::SignedOut;
};

} // namespace regiekamer::ui
