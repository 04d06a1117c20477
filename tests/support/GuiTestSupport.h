#pragma once

#include "Roles.h"

#include <QObject>
#include <QString>

class ServerProcess;

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

// Starts the controller and signs in as the demo account of `role`: types the server address, e-mail and password,
// picks the language ("nl" or empty), clicks "Sign in", trusts the server's certificate in the trust dialog.
// Returns the role view once the main window is visible, or nullptr when a step did not happen in time.
QWidget *signIn(regiekamer::ui::AppController &controller, const ServerProcess &server, regiekamer::Role role,
                const QString &language = {});

} // namespace guitest
