#pragma once

#include "session/UnsealClient.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace regiekamer::ui {

// A key custodian unsealing the server (docs/keys.md): the share file, its passphrase, and how many of the needed
// shares the server holds ("2 of 3 shares"). Sending emits shareSubmitted and empties the passphrase field; the
// answer comes back through showState or showError (wrong passphrase, foreign, wrong or repeated share).
// objectName "unsealDialog".
class UnsealDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnsealDialog(const QString &server, QWidget *parent = nullptr);

    void showState(const client::SealState &state);
    void showError(const QString &message);
    void setShareFile(const QString &path);

Q_SIGNALS:
    void shareSubmitted(const QString &path, const QCA::SecureArray &passphrase);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void submit();
    void setBusy(bool busy);

    QString m_server;
    std::optional<client::SealState> m_state;
    QLabel *m_intro;
    QLabel *m_progress;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_error;
    QPushButton *m_send;
    QPushButton *m_close;
    bool m_busy = false;
};

} // namespace regiekamer::ui
