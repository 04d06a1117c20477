#pragma once

#include "panels/AdminPanel.h"

class QAction;
class QLabel;
class QPushButton;

namespace regiekamer {
struct Error;
}

namespace regiekamer::client {
class BackupStatusLoader;
class BackupStatusModel;
} // namespace regiekamer::client

namespace regiekamer::ui {

class TableSection;

// The continuous backups' state, read only (objectName "backupPanel"): a banner of fixed height with the overall
// state ("backupBanner", its text "backupBannerText", its tone in the property "tone": neutral, good, warning or
// error), the last snapshot in local time ("backupDetails") and one row per backup location ("backupTargetTable").
// Asks the server every 10 s while shown and live, and on F5 or "Refresh"; a failed request is shown in the banner,
// the rows received before stay.
class BackupPanel : public AdminPanel
{
    Q_OBJECT
public:
    BackupPanel(client::SessionController *session, StatusLine *status, QWidget *parent = nullptr);

    client::BackupStatusLoader *loader() const;
    client::BackupStatusModel *model() const;
    QString bannerText() const;
    void refresh(); // asks the server now, when the session is live

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Neutral, Good, Warning, Error };
    struct Banner
    {
        QString text;
        Tone tone;
    };

    void retranslate() override;
    void buildLayout();
    void connectSession();
    bool isLive() const;
    void updatePolling(bool shown);
    void showStatus();
    Banner banner() const;
    Banner stateBanner() const;
    QString errorText(const Error &error) const;
    QString detailText() const;
    void setTone(Tone tone);
    void fitBannerHeight();
    void fitChangingColumns();

    client::BackupStatusLoader *m_loader;
    QWidget *m_banner;
    QLabel *m_bannerIcon;
    QLabel *m_bannerText;
    QLabel *m_details;
    QPushButton *m_refreshButton;
    QAction *m_refreshAction;
    TableSection *m_table;
    Tone m_tone = Tone::Neutral;
};

} // namespace regiekamer::ui
