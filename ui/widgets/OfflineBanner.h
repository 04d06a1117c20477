#pragma once

#include "session/SessionController.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace regiekamer::ui {

// The bar at the top of the main window (objectName "offlineBanner") while the session is offline or reconnecting:
// "Offline — showing data from 27 Nov 2026 14:05 (12 minutes old). Read-only. Reconnecting in 8 s …" with a
// "Retry now" button. The age and the countdown follow a timer (once a second only while a countdown runs).
// When the session is live again it says "Back online — data updated." for a few seconds and disappears.
// Never modal: the views below keep working on the data shown.
class OfflineBanner : public QWidget
{
    Q_OBJECT
public:
    explicit OfflineBanner(client::SessionController *session, QWidget *parent = nullptr);

    QString text() const; // empty while hidden
    // Why the server cannot be reached (SessionController::serverLost), shown under the banner's text until the
    // session is live again: one bar for the loss, not a second notice beside it.
    void showProblem(const QString &message);
    QString problem() const; // empty while not shown
    // "12 minutes old", "less than a minute old" …, translated; public for the tests.
    static QString ageText(const QDateTime &receivedAt, const QDateTime &now);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode { Hidden, Offline, Reconnecting, BackOnline };

    void onConnectionChanged(client::SessionController::Connection connection);
    void refreshText();
    QString offlineText() const;
    QDateTime shownDataTime() const;
    void retranslate();

    client::SessionController *m_session;
    QLabel *m_text;
    QLabel *m_problem;
    QPushButton *m_retry;
    QTimer *m_tick;
    QTimer *m_fade;
    Mode m_mode = Mode::Hidden;
    QDateTime m_lastLive; // when the session was last live: the data's age if the session cannot say
};

} // namespace regiekamer::ui
