#include "shell/MainWindow.h"

#include "settings/LanguageManager.h"
#include "views/RoleViews.h"
#include "widgets/Messages.h"
#include "widgets/OfflineBanner.h"
#include "widgets/ReadOnlyGate.h"
#include "widgets/UserHeader.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

MainWindow::MainWindow(client::SessionController *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_banner(new OfflineBanner(session, this))
    , m_header(new UserHeader(this))
    , m_notice(new QLabel(this))
    , m_views(new QStackedWidget(this))
    , m_connectionLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    m_views->setObjectName(u"roleViews"_s);
    m_notice->setObjectName(u"noticeLabel"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"background: #fff4ce; padding: 6px;"_s);
    m_notice->hide();
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_serverLabel->setObjectName(u"serverLabel"_s);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_header);
    layout->addWidget(m_notice);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    createMenus();
    retranslate();
    // Wide enough for the webinar list's columns beside the workspace; never larger than the screen leaves room for.
    const QSize preferred(1280, 760);
    resize(screen() ? preferred.boundedTo(screen()->availableGeometry().size() * 0.95) : preferred);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_changeEmail = m_fileMenu->addAction(QString(), this, &MainWindow::changeEmailRequested);
    m_changeEmail->setObjectName(u"changeEmailAction"_s);
    m_secondFactor = m_fileMenu->addAction(QString(), this, &MainWindow::secondFactorRequested);
    m_secondFactor->setObjectName(u"secondFactorAction"_s);
    m_fileMenu->addSeparator();
    m_signOut = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_signOut->setObjectName(u"signOutAction"_s);
    m_forgetComputer = m_fileMenu->addAction(QString(), this, &MainWindow::forgetComputerRequested);
    m_forgetComputer->setObjectName(u"forgetComputerAction"_s);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &MainWindow::quitRequested);
    m_quit->setObjectName(u"quitAction"_s);
    m_quit->setShortcut(QKeySequence::Quit);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const auto &language : client::LanguageManager::available()) {
        QAction *action = m_languageMenu->addAction(language.nativeName); // each language in its own name
        action->setCheckable(true);
        action->setData(language.code);
        action->setObjectName(u"languageAction_"_s + language.code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] { Q_EMIT languageSelected(code); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setObjectName(u"aboutAction"_s);
}

void MainWindow::showUser(const api::UserInfo &user)
{
    m_header->setUser(user);
    m_notice->hide();
    m_views->setCurrentWidget(roleView(user.role));
    m_serverLabel->setText(m_session->server().toDisplayString());
}

QWidget *MainWindow::roleView(Role role)
{
    const QString name = roleViewName(role);
    for (int index = 0; index < m_views->count(); ++index) {
        if (m_views->widget(index)->objectName() == name)
            return m_views->widget(index);
    }
    QWidget *view = createRoleView(role, m_session, m_views);
    if (!view)
        return m_views->currentWidget(); // viewers never get this far: the session refuses them
    new ReadOnlyGate(m_session, view); // offline: the view's controls that need the server are disabled
    m_views->addWidget(view);
    return view;
}

QWidget *MainWindow::currentRoleView() const
{
    return m_views->currentWidget();
}

OfflineBanner *MainWindow::offlineBanner() const
{
    return m_banner;
}

void MainWindow::setLanguage(const QString &code)
{
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == code);
}

void MainWindow::showConnection(client::SessionController::Connection connection)
{
    m_connection = connection;
    using Connection = client::SessionController::Connection;
    switch (connection) {
    case Connection::Live:
        m_connectionLabel->setText(tr("Live updates connected"));
        m_notice->hide();
        break;
    case Connection::Connecting:
        m_connectionLabel->setText(tr("Connecting…"));
        break;
    case Connection::Reconnecting:
        m_connectionLabel->setText(tr("Connection lost, reconnecting…"));
        m_notice->hide(); // a read that failed just before the loss was noticed: the offline banner says it now
        break;
    case Connection::Offline:
        m_connectionLabel->setText(tr("Offline, read-only"));
        m_notice->hide();
        break;
    case Connection::SignedOut:
        m_connectionLabel->setText(tr("Signed out"));
        break;
    }
}

void MainWindow::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->show();
}

void MainWindow::showAbout()
{
    QMessageBox *box = ui::showNotice(
        this, tr("About Regiekamer"),
        tr("Regiekamer %1\nThe control room for webinar teams.").arg(QStringLiteral(REGIEKAMER_VERSION)));
    if (const QIcon icon = windowIcon(); !icon.isNull()) // the application's icon (app/main.cpp)
        box->setIconPixmap(icon.pixmap(QSize(64, 64)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->ignore();
    Q_EMIT quitRequested();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Regiekamer"));
    m_fileMenu->setTitle(tr("&File"));
    m_changeEmail->setText(tr("Change my &e-mail address…"));
    m_secondFactor->setText(tr("Second f&actor…"));
    m_signOut->setText(tr("Sign &out"));
    m_quit->setText(tr("&Quit"));
    m_forgetComputer->setText(tr("&Forget this computer…"));
    m_forgetComputer->setToolTip(tr("Delete the offline data of all accounts on this computer"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Regiekamer"));
    showConnection(m_connection);
}

} // namespace regiekamer::ui
