#pragma once

#include "protocol/Roles.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;

namespace regiekamer::client {
class ApiClient;
class StreamKeyVault;
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The open webinar's stream key (docs/security.md "Stream keys"), for the director (and the administrator, who sets
// and rotates but never sees it): the ingest URL, the key masked; Reveal shows it for revealFor; Copy puts it on the
// clipboard and clears the clipboard clipboardClearDelay later, only if it still holds the key; Rotate asks first and
// says the old key stops working; Set asks for a new URL and key. The key lives in the vault's QCA::SecureArray and,
// while shown, in the masked line edit only.
class StreamKeyPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds revealFor {20};
    static constexpr std::chrono::seconds defaultClipboardClearDelay {30};

    StreamKeyPanel(client::ApiClient *api, client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);
    ~StreamKeyPanel() override;

    client::StreamKeyVault *vault() const { return m_vault; }
    // Tests shorten the 30 s.
    void setClipboardClearDelay(std::chrono::milliseconds delay) { m_clipboardTimer.setInterval(delay); }
    bool isKeyShown() const;

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showInfo();
    void onRevealed();
    void hideKey();
    void onCopy();
    void copyRevealed();
    void clearClipboardIfOurs();
    void onRotate();
    void onSet();
    void submitSet(const QString &url, QLineEdit *keyEdit);
    void retranslate();

    client::StreamKeyVault *m_vault;
    client::WebinarWorkspace *m_workspace;
    bool m_mayReveal;
    bool m_mayUpdate;
    bool m_copyWhenRevealed = false;
    QLabel *m_heading;
    QLabel *m_urlCaption;
    QLabel *m_url;
    QLabel *m_keyCaption;
    QLineEdit *m_key;
    QLabel *m_changed;
    QLabel *m_status;
    QPushButton *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_rotate;
    QPushButton *m_set;
    QTimer m_hideTimer;
    QTimer m_clipboardTimer;
    QByteArray m_clipboardFingerprint; // SHA-256 of what we copied, to recognise it without keeping it
};

} // namespace regiekamer::ui
