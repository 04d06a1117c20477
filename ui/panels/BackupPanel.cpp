#include "panels/BackupPanel.h"

#include "base/ApiError.h"
#include "session/BackupStatusLoader.h"
#include "session/SessionController.h"
#include "widgets/ReadOnlyGate.h"
#include "widgets/TableSection.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

using client::BackupStatusModel;
using Connection = client::SessionController::Connection;

// Enough for a degraded state naming two locations in a narrow window; the banner never grows, so new text from a
// refresh does not move the table under the pointer.
constexpr int bannerLines = 3;
constexpr int bannerIconSize = 20;
constexpr int healthDotSize = 10;

QColor healthColour(BackupStatusModel::Health health)
{
    switch (health) {
    case BackupStatusModel::Health::UpToDate:
        return QColor(0x1e, 0x8e, 0x3e);
    case BackupStatusModel::Health::NoBackupYet:
        return QColor(0x80, 0x86, 0x8b);
    case BackupStatusModel::Health::Behind:
        return QColor(0xb0, 0x6d, 0x00);
    case BackupStatusModel::Health::Unreachable:
        return QColor(0xc5, 0x22, 0x1f);
    }
    return {};
}

QIcon healthDot(BackupStatusModel::Health health)
{
    QPixmap pixmap(healthDotSize, healthDotSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(healthColour(health));
    painter.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1));
    return QIcon(pixmap);
}

// The model's HealthRole as a coloured dot before the state and a coloured text where the problem is: the state of
// an unreachable location, the age of one that is behind. The text says it too, so colour is never the only cue.
class BackupHealthDecoration : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole && role != Qt::ForegroundRole)
            return QIdentityProxyModel::data(index, role);
        const auto health = static_cast<BackupStatusModel::Health>(index.data(BackupStatusModel::HealthRole).toInt());
        if (role == Qt::DecorationRole)
            return index.column() == BackupStatusModel::State ? QVariant(m_dots.at(static_cast<int>(health)))
                                                              : QVariant();
        const bool marked =
            (health == BackupStatusModel::Health::Unreachable && index.column() == BackupStatusModel::State) ||
            (health == BackupStatusModel::Health::Behind && index.column() == BackupStatusModel::NewestBackup);
        return marked ? QVariant(healthColour(health)) : QVariant();
    }

private:
    const QList<QIcon> m_dots {
        healthDot(BackupStatusModel::Health::UpToDate), healthDot(BackupStatusModel::Health::NoBackupYet),
        healthDot(BackupStatusModel::Health::Behind), healthDot(BackupStatusModel::Health::Unreachable)};
};

} // namespace

BackupPanel::BackupPanel(client::SessionController *session, StatusLine *status, QWidget *parent)
    : AdminPanel(session, status, parent)
    , m_loader(new client::BackupStatusLoader(session->api(), this))
    , m_banner(new QWidget(this))
    , m_bannerIcon(new QLabel(m_banner))
    , m_bannerText(new QLabel(m_banner))
    , m_details(new QLabel(this))
    , m_refreshButton(new QPushButton(this))
    , m_refreshAction(new QAction(this))
    , m_table(nullptr)
{
    auto *decoration = new BackupHealthDecoration(this);
    decoration->setSourceModel(m_loader->model());
    m_table = new TableSection([] { return BackupPanel::tr("Backup locations"); }, decoration,
                               BackupStatusModel::SortRole, this);
    setObjectName(u"backupPanel"_s);
    m_banner->setObjectName(u"backupBanner"_s);
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_bannerIcon->setObjectName(u"backupBannerIcon"_s);
    m_bannerText->setObjectName(u"backupBannerText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_details->setObjectName(u"backupDetails"_s);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_refreshButton->setObjectName(u"refreshBackupStatusButton"_s);
    markNeedsServer(m_refreshButton);
    m_table->setObjectName(u"backupTargetSection"_s);
    m_table->table()->setObjectName(u"backupTargetTable"_s);
    m_table->table()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->table()->setFocusPolicy(Qt::StrongFocus);
    m_table->table()->sortByColumn(BackupStatusModel::Location, Qt::AscendingOrder);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WindowShortcut); // a shortcut of a hidden panel is inactive
    addAction(m_refreshAction);
    buildLayout();
    connectSession();
    retranslate();
}

client::BackupStatusLoader *BackupPanel::loader() const
{
    return m_loader;
}

client::BackupStatusModel *BackupPanel::model() const
{
    return m_loader->model();
}

QString BackupPanel::bannerText() const
{
    return m_bannerText->text();
}

void BackupPanel::buildLayout()
{
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignVCenter);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_details, 1);
    detailsRow->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(detailsRow);
    layout->addWidget(m_table, 1);
    fitBannerHeight();
}

void BackupPanel::connectSession()
{
    connect(m_loader->model(), &client::BackupStatusModel::statusChanged, this, &BackupPanel::showStatus);
    connect(m_loader, &client::BackupStatusLoader::failed, this, &BackupPanel::showStatus);
    connect(m_refreshButton, &QPushButton::clicked, this, &BackupPanel::refresh);
    connect(m_refreshAction, &QAction::triggered, this, &BackupPanel::refresh);
    connect(m_session, &client::SessionController::connectionChanged, this, [this] {
        updatePolling(isVisible());
        showStatus();
    });
    connect(m_session, &client::SessionController::signedOut, m_loader, &client::BackupStatusLoader::reset);
    connect(m_session, &client::SessionController::sessionEnded, m_loader, &client::BackupStatusLoader::reset);
}

bool BackupPanel::isLive() const
{
    return m_session->isSignedIn() && m_session->connection() == Connection::Live;
}

void BackupPanel::refresh()
{
    if (isLive())
        m_loader->refresh();
}

void BackupPanel::updatePolling(bool shown)
{
    const bool poll = shown && isLive();
    if (poll && !m_loader->isPolling())
        m_loader->refresh();
    m_loader->setPolling(poll);
}

void BackupPanel::showEvent(QShowEvent *event)
{
    AdminPanel::showEvent(event);
    updatePolling(true);
}

void BackupPanel::hideEvent(QHideEvent *event)
{
    updatePolling(false);
    AdminPanel::hideEvent(event);
}

void BackupPanel::showStatus()
{
    const Banner shown = banner();
    m_bannerText->setText(shown.text);
    m_bannerText->setToolTip(shown.text); // the whole text, should the window be too narrow for it
    setTone(shown.tone);
    const QString details = detailText();
    m_details->setText(details);
    m_details->setToolTip(details);
}

BackupPanel::Banner BackupPanel::banner() const
{
    const Error &error = m_loader->lastError();
    if (!error.code.isEmpty())
        return {errorText(error), Tone::Error};
    if (m_loader->model()->hasStatus())
        return stateBanner();
    if (isLive())
        return {tr("Reading the backup status …"), Tone::Neutral};
    return {tr("The backup status needs a connection to the server. It is shown as soon as the app is online."),
            Tone::Neutral};
}

BackupPanel::Banner BackupPanel::stateBanner() const
{
    const client::BackupStatusModel *model = m_loader->model();
    switch (model->status().state) {
    case api::BackupState::Off:
        return {tr("Backups are not configured on this server"), Tone::Neutral};
    case api::BackupState::Ok:
        return {tr("Backups: all locations up to date"), Tone::Good};
    case api::BackupState::Degraded:
        break;
    }
    return {tr("Backups are degraded: %1. The server keeps trying; if this lasts, ask the server's operator to "
               "check the backup locations.")
                .arg(model->degradedReason()),
            Tone::Warning};
}

QString BackupPanel::errorText(const Error &error) const
{
    if (error.code == QLatin1StringView(api::errc::forbidden))
        return tr("Your account may not see the backup status. Sign in with an administrator account.");
    if (error.code == QLatin1StringView(api::errc::notFound))
        return tr("This server does not report a backup status; it may run an older version of Regiekamer. Ask "
                  "the server's operator to update it.");
    return tr("The backup status could not be read: %1 Press F5 to try again.").arg(error.message);
}

QString BackupPanel::detailText() const
{
    const client::BackupStatusModel *model = m_loader->model();
    if (!model->hasStatus())
        return {};
    const api::BackupStatus &status = model->status();
    if (status.state == api::BackupState::Off)
        return tr("The server's operator turns them on with --backup-recipients and --backup-to.");
    QStringList parts;
    parts.append(status.lastSnapshotAt.isValid()
                     ? tr("Last snapshot: %1").arg(BackupStatusModel::localTimeText(status.lastSnapshotAt))
                     : tr("No snapshot yet"));
    if (status.updatedAt.isValid())
        parts.append(tr("Status as of %1").arg(BackupStatusModel::localTimeText(status.updatedAt)));
    return parts.join(u"  ·  "_s);
}

void BackupPanel::setTone(Tone tone)
{
    static constexpr std::array<const char *, 4> names {"neutral", "good", "warning", "error"};
    if (tone == m_tone && !m_banner->styleSheet().isEmpty())
        return;
    m_tone = tone;
    const auto look = [](const char *background, const char *border) {
        return u"#backupBanner { background: %1; border: 1px solid %2; } #backupBanner QLabel { color: #1f1f1f; }"_s
            .arg(QLatin1StringView(background), QLatin1StringView(border));
    };
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (tone) {
    case Tone::Neutral:
        m_banner->setStyleSheet(look("#f1f3f4", "#c4c7c5"));
        break;
    case Tone::Good:
        m_banner->setStyleSheet(look("#e6f4ea", "#a8d5b5"));
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Tone::Warning:
        m_banner->setStyleSheet(look("#fff4ce", "#e0c36b"));
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Tone::Error:
        m_banner->setStyleSheet(look("#fde7e9", "#e8a3a9"));
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    m_banner->setProperty("tone", QString::fromLatin1(names.at(static_cast<size_t>(tone))));
    m_bannerIcon->setPixmap(style()->standardIcon(icon).pixmap(bannerIconSize, bannerIconSize));
}

void BackupPanel::fitBannerHeight()
{
    const QMargins margins = m_banner->layout()->contentsMargins();
    const int border = 2;
    m_banner->setFixedHeight(margins.top() + margins.bottom() + border +
                             bannerLines * m_bannerText->fontMetrics().lineSpacing());
    m_details->setFixedHeight(m_details->fontMetrics().lineSpacing() + border);
}

// The state, the age and the count change with the refreshes; sized to their contents those columns would change
// width and move the columns after them.
void BackupPanel::fitChangingColumns()
{
    QHeaderView *header = m_table->table()->horizontalHeader();
    const QFontMetrics metrics = m_table->table()->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + style()->pixelMetric(QStyle::PM_HeaderMargin) * 2;
    const int stateWidth = style()->pixelMetric(QStyle::PM_SmallIconSize) +
        std::max(metrics.horizontalAdvance(BackupStatusModel::stateText(true)),
                 metrics.horizontalAdvance(BackupStatusModel::stateText(false)));
    const int ageWidth = metrics.horizontalAdvance(BackupStatusModel::ageText(59 * 60));
    const int countWidth = metrics.horizontalAdvance(QLocale().toString(9999999));
    for (const auto &[column, width] : {std::pair {int(BackupStatusModel::State), stateWidth},
                                        std::pair {int(BackupStatusModel::NewestBackup), ageWidth},
                                        std::pair {int(BackupStatusModel::Queued), countWidth}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, std::max(width + padding, header->sectionSizeHint(column)));
    }
}

void BackupPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitBannerHeight();
        fitChangingColumns();
    }
    AdminPanel::changeEvent(event);
}

void BackupPanel::retranslate()
{
    m_banner->setAccessibleName(tr("Backup state"));
    m_table->table()->setAccessibleName(tr("Backup locations"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Ask the server for the backup state now (F5)"));
    m_refreshAction->setText(tr("Refresh the backup state"));
    fitChangingColumns();
    showStatus();
}

} // namespace regiekamer::ui
