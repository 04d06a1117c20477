#pragma once

#include "base/Result.h"
#include "crypto/CryptoKnownAnswers.h"

#include <QCoreApplication>

#include <functional>

namespace regiekamer::ui {

// What the desktop app checks before its first window, as the server does at start: the crypto self-test (the
// qca-ossl provider, the published answers of AES-256-GCM, HKDF, HMAC and Argon2id, and the sealing of records),
// on which the offline cache relies. A failure cannot be worked around: the person is told what to do, and the app
// exits.
class StartupCheck
{
    Q_DECLARE_TR_FUNCTIONS(regiekamer::ui::StartupCheck)
public:
    using SelfTest = std::function<Status()>;

    // The app runs crypto::selfTest (it needs a live QCA::Initializer); a test passes one that fails.
    explicit StartupCheck(SelfTest selfTest = crypto::selfTest);

    // Runs the self-test. A failure is logged with its detail and comes back as the translated, actionable message.
    Status run() const;
    // Tells the person why the app stops: in a message box where there is a screen, on stderr where there is none
    // (the offscreen or minimal platform).
    static void report(const QString &message);
    static void showMessageBox(const QString &message); // objectName "startupFailedMessage"; returns when closed
    static void printToStderr(const QString &message);

private:
    SelfTest m_selfTest;
};

} // namespace regiekamer::ui
