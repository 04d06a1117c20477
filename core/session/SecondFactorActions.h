#pragma once

#include "base/Result.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QtCrypto>

#include <functional>

namespace regiekamer::client {

// A TOTP secret being enrolled (POST /api/v1/me/second-factor/totp): not active until confirmed with a first code.
// The secret (base32) and the otpauth URI that carries it are held in QCA::SecureArray.
struct TotpEnrolment
{
    QCA::SecureArray secret;
    QCA::SecureArray uri;
};

// GET /api/v1/me/second-factor.
struct SecondFactorStatus
{
    bool totp = false;
    int recoveryCodesLeft = 0;
    QDateTime stepUpUntil; // invalid: no step-up in force
    int securityKeys = 0;
};

// The signed-in person's own second factor (docs/api.md "Second factor"): enrolling a TOTP authenticator, its
// recovery codes, removing it, and the step-up that confirms it again for the routes that ask for one. Every
// failure arrives translated (describeSecondFactorError).
class SecondFactorActions : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    explicit SecondFactorActions(ApiClient *api, QObject *parent = nullptr);

    void fetchStatus(Callback<SecondFactorStatus> done);
    void startEnrolment(Callback<TotpEnrolment> done);
    // The first code of the new authenticator; success activates it and gives the ten recovery codes (shown once).
    void confirmEnrolment(const QString &code, Callback<QStringList> done);
    void newRecoveryCodes(Callback<QStringList> done); // the old ones stop working
    void remove(std::function<void(Status)> done);
    void stepUp(const QString &code, Callback<QDateTime> done);

    // Six digits (spaces allowed and dropped), or a recovery code xxxx-xxxx-xxxx (case and spaces ignored).
    static QString normalisedCode(const QString &typed);
    static bool isTotpCode(const QString &normalised);
    static bool isRecoveryCode(const QString &normalised);

private:
    ApiClient *m_api;
};

} // namespace regiekamer::client
