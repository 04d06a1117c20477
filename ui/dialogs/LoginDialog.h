#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QFormLayout;
class QStackedWidget;

namespace regiekamer::ui {

class SecondFactorPage;

// Server address, e-mail and password, the interface language, and an inline error line. It only collects
// input and shows state; the AppController does the signing in. Never run with exec() by logic: open()/show().
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    QString serverAddress() const;
    void setServerAddress(const QString &address);
    QString email() const;
    void setEmail(const QString &email);
    QString password() const;
    void clearPassword();
    void setLanguage(const QString &code); // selects without emitting languageSelected
    void setBusy(bool busy);
    void showError(const QString &message);
    void showInformation(const QString &message); // same line, not in red: e.g. the offline data was deleted
    void clearError();
    // Shown only after a changed certificate was refused: the explicit way to drop the old trust.
    void setForgetTrustVisible(bool visible);
    // "Unlock offline data without typing the password (OS keychain)": shown only when a keychain is available.
    // The password may be left empty: offline, the key kept in the keychain then opens the offline data.
    void setKeychainOptionVisible(bool visible);
    bool rememberKeyInKeychain() const;
    // The second step of a sign-in (a code of the authenticator app), on a page of the same size in place of the
    // password page; backRequested of the page leads back.
    void showSecondFactorPage();
    void showCredentialsPage();
    SecondFactorPage *secondFactorPage() const;
    // The server is sealed: says so and offers "Unseal…" (unsealRequested) for a custodian.
    void setSealed(bool sealed);

Q_SIGNALS:
    void signInRequested();
    void languageSelected(const QString &code);
    void forgetTrustRequested();
    void forgetComputerRequested();
    void unsealRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onLanguageIndexChanged(int index);

    QFormLayout *m_form;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QComboBox *m_language;
    QCheckBox *m_keychain;
    QLabel *m_error;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QPushButton *m_forgetTrust;
    QPushButton *m_forgetComputer;
    QStackedWidget *m_pages;
    SecondFactorPage *m_secondFactor;
    QLabel *m_sealed;
    QPushButton *m_unseal;
    bool m_busy = false;
};

} // namespace regiekamer::ui
