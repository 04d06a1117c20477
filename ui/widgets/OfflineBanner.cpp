#include "widgets/OfflineBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

using Connection = client::SessionController::Connection;

constexpr int backOnlineMs = 5000;
constexpr int countdownTickMs = 1000;
constexpr int ageTickMs = 30 * 1000; // the age is shown in minutes

} // namespace

OfflineBanner::OfflineBanner(client::SessionController *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_tick(new QTimer(this))
    , m_fade(new QTimer(this))
{
    setObjectName(u"offlineBanner"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_text->setObjectName(u"offlineBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(u"offlineProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_retry->setObjectName(u"retryNowButton"_s);
    m_fade->setSingleShot(true);
    m_fade->setInterval(backOnlineMs);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_text);
    texts->addWidget(m_problem);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, m_session, &client::SessionController::reconnectNow);
    connect(m_tick, &QTimer::timeout, this, &OfflineBanner::refreshText);
    connect(m_fade, &QTimer::timeout, this, [this] {
        m_mode = Mode::Hidden;
        hide();
    });
    connect(m_session, &client::SessionController::connectionChanged, this, &OfflineBanner::onConnectionChanged);
    connect(m_session, &client::SessionController::dataAgeChanged, this, &OfflineBanner::refreshText);
    connect(m_session, &client::SessionController::reconnectScheduled, this, &OfflineBanner::refreshText);
    retranslate();
    hide();
    onConnectionChanged(m_session->connection());
}

QString OfflineBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void OfflineBanner::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(m_mode == Mode::Offline || m_mode == Mode::Reconnecting); // else when the loss shows
}

QString OfflineBanner::problem() const
{
    return isHidden() || m_problem->isHidden() ? QString() : m_problem->text();
}

void OfflineBanner::onConnectionChanged(Connection connection)
{
    const bool wasOffline = m_mode == Mode::Offline || m_mode == Mode::Reconnecting;
    switch (connection) {
    case Connection::Offline:
        m_mode = Mode::Offline;
        break;
    case Connection::Reconnecting:
        m_mode = Mode::Reconnecting;
        break;
    case Connection::Live:
        m_lastLive = QDateTime::currentDateTimeUtc();
        m_mode = wasOffline ? Mode::BackOnline : Mode::Hidden;
        break;
    case Connection::Connecting: // a retry of an offline session, or the first connect after signing in
        if (!wasOffline)
            m_mode = Mode::Hidden;
        break;
    case Connection::SignedOut:
        m_mode = Mode::Hidden;
        m_lastLive = {};
        break;
    }
    m_fade->stop();
    if (m_mode == Mode::BackOnline)
        m_fade->start();
    setStyleSheet(m_mode == Mode::BackOnline ? u"#offlineBanner { background: #e6f4ea; border: 1px solid #a8d5b5; }"_s
                                             : u"#offlineBanner { background: #fff4ce; border: 1px solid #e0c36b; }"_s);
    const bool lost = m_mode == Mode::Offline || m_mode == Mode::Reconnecting;
    m_retry->setVisible(lost);
    if (!lost)
        m_problem->clear(); // the reason of the last loss says nothing once the server answers again
    m_problem->setVisible(lost && !m_problem->text().isEmpty());
    refreshText();
    setVisible(m_mode != Mode::Hidden);
}

void OfflineBanner::refreshText()
{
    m_tick->stop();
    switch (m_mode) {
    case Mode::Hidden:
        return;
    case Mode::BackOnline:
        m_text->setText(tr("Back online — data updated."));
        return;
    case Mode::Offline:
    case Mode::Reconnecting:
        break;
    }
    m_text->setText(offlineText());
    m_tick->start(m_session->secondsUntilReconnect() > 0 ? countdownTickMs : ageTickMs);
}

QDateTime OfflineBanner::shownDataTime() const
{
    const QDateTime received = m_session->dataReceivedAt();
    return received.isValid() ? received : m_lastLive;
}

QString OfflineBanner::offlineText() const
{
    const QDateTime received = shownDataTime();
    QString text;
    if (received.isValid()) {
        const QString when = QLocale().toString(received.toLocalTime(), u"d MMM yyyy HH:mm"_s);
        const QString age = ageText(received, QDateTime::currentDateTimeUtc());
        text = m_mode == Mode::Offline
            ? tr("Offline — showing data from %1 (%2).").arg(when, age)
            : tr("Connection to the server lost — showing data from %1 (%2).").arg(when, age);
    } else {
        text = m_mode == Mode::Offline ? tr("Offline.") : tr("Connection to the server lost.");
    }
    text += u' ' + tr("Read-only.") + u' ';
    const int seconds = m_session->secondsUntilReconnect();
    text += seconds > 0 ? tr("Reconnecting in %1 s …").arg(seconds) : tr("Reconnecting …");
    return text;
}

QString OfflineBanner::ageText(const QDateTime &receivedAt, const QDateTime &now)
{
    const qint64 minutes = std::max<qint64>(0, receivedAt.secsTo(now) / 60);
    if (minutes < 1)
        return tr("less than a minute old");
    if (minutes < 60)
        return tr("%n minute(s) old", nullptr, static_cast<int>(minutes));
    constexpr qint64 minutesPerHour = 60;
    constexpr qint64 minutesPerDay = 24 * minutesPerHour;
    if (minutes < 2 * minutesPerDay)
        return tr("%n hour(s) old", nullptr, static_cast<int>(minutes / 60));
    return tr("%n day(s) old", nullptr, static_cast<int>(minutes / minutesPerDay));
}

void OfflineBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OfflineBanner::retranslate()
{
    m_retry->setText(tr("Retry now"));
    m_retry->setToolTip(tr("Try to reach the server now instead of waiting"));
    refreshText();
}

} // namespace regiekamer::ui
