#pragma once

#include "ServerProcess.h"
#include "net/ApiClient.h"
#include "protocol/Roles.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <QTest>

#include <functional>
#include <memory>

namespace regiekamer::ui {
class AppController;
}

// What the GUI tests share: finding named widgets and signing in through the real login and trust dialogs.
namespace guitest {

inline constexpr int timeoutMs = 20000;

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

// Empties the trust store, so the next sign-in meets the trust prompt.
void clearTrustStore();

// Keeps the controller's offline cache in its usual place but with a cheap key derivation (Argon2id m=8 MiB, t=1),
// so a sign-in costs milliseconds instead of a deliberately slow second. signIn() does this itself.
void useCheapCache(regiekamer::ui::AppController &controller);

// Starts the controller and signs in as the demo account of `role`: types the server address, e-mail and password,
// picks the language ("nl" or empty), clicks "Sign in", trusts the server's certificate in the trust dialog.
// Returns the role view once the main window is visible, or nullptr when a step did not happen in time.
// The trust dialog is answered when it appears (it does not when the certificate is trusted already).
QWidget *signIn(regiekamer::ui::AppController &controller, const ServerProcess &server, regiekamer::Role role,
                const QString &language = {});
// signIn's first half: starts the controller, picks the language, types the address, e-mail and password and clicks
// "Sign in". False when the sign-in window did not appear.
bool startSignIn(regiekamer::ui::AppController &controller, const ServerProcess &server,
                 const ServerProcess::DemoAccount &account, const QString &language = {});
QWidget *signIn(regiekamer::ui::AppController &controller, const ServerProcess &server,
                const ServerProcess::DemoAccount &account, const QString &language = {});

// Runs an ApiClient call and waits for its answer ("timeout" error when none came in time).
template<typename T>
regiekamer::Result<T> await(const std::function<void(std::function<void(regiekamer::Result<T>)>)> &call)
{
    std::optional<regiekamer::Result<T>> answer;
    call([&answer](regiekamer::Result<T> result) { answer = std::move(result); });
    const QDeadlineTimer deadline(timeoutMs);
    while (!answer && !deadline.hasExpired())
        QTest::qWait(10);
    return answer ? std::move(*answer) : regiekamer::fail(QStringLiteral("timeout"), QStringLiteral("no answer"));
}

// A second client of the server, signed in as account; trusts the server's certificate itself when it is not yet.
// nullptr (with a warning) when the sign-in failed.
std::unique_ptr<regiekamer::client::ApiClient> signedInApi(const ServerProcess &server,
                                                           const ServerProcess::DemoAccount &account);

// Any JSON call of a test client, waited for.
regiekamer::Result<QJsonObject> call(regiekamer::client::ApiClient &api, const QByteArray &verb, const QString &path,
                                     const QJsonObject &body = {});

// The text a widget must show: the English source, or in Dutch the expected translation (checked against the
// catalogue, so a missing Dutch translation fails). Use QVERIFY(!QTest::currentTestFailed()) after it.
void expectText(const QString &actual, const char *context, const char *source, const QString &dutch,
                const QString &language);

// With $REGIEKAMER_GUI_SHOTS set to a directory, the window of `widget` as it is on screen, saved there as
// NAME-LANGUAGE.png (for looking at a dialog the screenshot tour does not reach; run under Xvfb). Otherwise nothing.
void snapshot(QWidget *widget, const QString &name, const QString &language);

} // namespace guitest
