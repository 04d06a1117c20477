#include "panels/StreamKeyPanel.h"

#include "protocol/Rights.h"
#include "session/StreamKeyVault.h"
#include "session/WebinarWorkspace.h"
#include "widgets/Messages.h"
#include "widgets/ReadOnlyGate.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

namespace {

QByteArray fingerprintOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QPushButton *vaultButton(QWidget *parent, const QString &name)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    markNeedsServer(button);
    return button;
}

} // namespace

StreamKeyPanel::StreamKeyPanel(client::ApiClient *api, client::WebinarWorkspace *workspace, Role role, QWidget *parent)
    : QWidget(parent)
    , m_vault(new client::StreamKeyVault(api, this))
    , m_workspace(workspace)
    , m_mayReveal(rights::permits(role, rights::Resource::StreamKey, rights::Action::Reveal))
    , m_mayUpdate(rights::permits(role, rights::Resource::StreamKey, rights::Action::Update))
    , m_heading(new QLabel(this))
    , m_urlCaption(new QLabel(this))
    , m_url(new QLabel(this))
    , m_keyCaption(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_changed(new QLabel(this))
    , m_status(new QLabel(this))
    , m_reveal(vaultButton(this, u"streamKeyRevealButton"_s))
    , m_copy(vaultButton(this, u"streamKeyCopyButton"_s))
    , m_rotate(vaultButton(this, u"streamKeyRotateButton"_s))
    , m_set(vaultButton(this, u"streamKeySetButton"_s))
{
    setObjectName(u"streamKeyPanel"_s);
    m_url->setObjectName(u"ingestUrlLabel"_s);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setObjectName(u"streamKeyField"_s);
    m_key->setReadOnly(true);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setContextMenuPolicy(Qt::NoContextMenu); // no "Copy" that skips the clipboard clearing
    m_changed->setObjectName(u"streamKeyChangedLabel"_s);
    m_status->setObjectName(u"streamKeyStatusLabel"_s);
    m_status->setWordWrap(true);
    m_keyCaption->setBuddy(m_key);
    QFont font = m_heading->font();
    font.setBold(true);
    m_heading->setFont(font);
    // Shortcuts of their own: a button's text with an access key replaces the button's shortcut.
    for (const auto &[button, key] : {std::pair {m_reveal, Qt::Key_R}, std::pair {m_copy, Qt::Key_C}}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key), this);
        connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isVisible() && button->isEnabled())
                button->click();
        });
    }
    m_reveal->setVisible(m_mayReveal);
    m_copy->setVisible(m_mayReveal);
    m_rotate->setVisible(m_mayUpdate);
    m_set->setVisible(m_mayUpdate);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_reveal, m_copy, m_rotate, m_set})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading, 0, 0, 1, 2);
    layout->addWidget(m_urlCaption, 1, 0);
    layout->addWidget(m_url, 1, 1);
    layout->addWidget(m_keyCaption, 2, 0);
    layout->addWidget(m_key, 2, 1);
    layout->addWidget(m_changed, 3, 1);
    layout->addLayout(buttons, 4, 0, 1, 2);
    layout->addWidget(m_status, 5, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(revealFor);
    m_clipboardTimer.setSingleShot(true);
    m_clipboardTimer.setInterval(defaultClipboardClearDelay);
    connect(&m_hideTimer, &QTimer::timeout, this, &StreamKeyPanel::hideKey);
    connect(&m_clipboardTimer, &QTimer::timeout, this, &StreamKeyPanel::clearClipboardIfOurs);
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        m_copyWhenRevealed = false;
        m_vault->reveal();
    });
    connect(m_copy, &QPushButton::clicked, this, &StreamKeyPanel::onCopy);
    connect(m_rotate, &QPushButton::clicked, this, &StreamKeyPanel::onRotate);
    connect(m_set, &QPushButton::clicked, this, &StreamKeyPanel::onSet);
    connect(m_vault, &client::StreamKeyVault::infoChanged, this, &StreamKeyPanel::showInfo);
    connect(m_vault, &client::StreamKeyVault::revealed, this, &StreamKeyPanel::onRevealed);
    connect(m_vault, &client::StreamKeyVault::forgotten, this, &StreamKeyPanel::hideKey);
    connect(m_vault, &client::StreamKeyVault::succeeded, m_status, &QLabel::setText);
    connect(m_vault, &client::StreamKeyVault::failed, m_status, &QLabel::setText);
    connect(m_workspace, &client::WebinarWorkspace::detailChanged, this, [this] {
        const bool changed = m_vault->webinarId() != m_workspace->webinarId();
        m_vault->setWebinar(m_workspace->detail() ? m_workspace->webinarId() : 0);
        if (!changed)
            m_vault->refresh(); // webinar.changed: a key set or rotated elsewhere
    });
    retranslate();
}

StreamKeyPanel::~StreamKeyPanel()
{
    m_key->clear();
    clearClipboardIfOurs();
}

bool StreamKeyPanel::isKeyShown() const
{
    return m_key->echoMode() == QLineEdit::Normal && !m_key->text().isEmpty();
}

void StreamKeyPanel::showInfo()
{
    const auto &info = m_vault->info();
    const bool isSet = info && info->isSet;
    m_url->setText(isSet ? info->ingestUrl : tr("No stream key set"));
    if (!isKeyShown())
        m_key->setPlaceholderText(isSet ? u"••••••••••••••••"_s : QString());
    if (isSet) {
        const QString when = QLocale().toString(info->changedAt.toLocalTime(), QLocale::ShortFormat);
        const QString who = info->changedByName.isEmpty() ? tr("someone") : info->changedByName;
        m_changed->setText(info->origin == api::StreamKeyOrigin::Rotated ? tr("Rotated by %1 on %2").arg(who, when)
                                                                         : tr("Set by %1 on %2").arg(who, when));
    } else {
        m_changed->clear();
    }
    m_reveal->setEnabled(isSet);
    m_copy->setEnabled(isSet);
    m_rotate->setEnabled(isSet);
    m_set->setEnabled(info.has_value());
}

void StreamKeyPanel::onRevealed()
{
    const QCA::SecureArray &key = m_vault->revealedKey();
    if (m_copyWhenRevealed) {
        m_copyWhenRevealed = false;
        copyRevealed();
        return;
    }
    m_key->setEchoMode(QLineEdit::Normal);
    m_key->setText(QString::fromUtf8(key.constData(), key.size()));
    m_status->setText(tr("The key is shown for %n second(s); your reveal is in the access log.", nullptr,
                         static_cast<int>(revealFor.count())));
    m_hideTimer.start();
}

void StreamKeyPanel::hideKey()
{
    m_hideTimer.stop();
    m_key->clear();
    m_key->setEchoMode(QLineEdit::Password);
    showInfo();
}

void StreamKeyPanel::onCopy()
{
    if (m_vault->hasRevealedKey()) {
        copyRevealed();
        return;
    }
    m_copyWhenRevealed = true;
    m_vault->reveal();
}

void StreamKeyPanel::copyRevealed()
{
    const QCA::SecureArray &key = m_vault->revealedKey();
    const QString text = QString::fromUtf8(key.constData(), key.size());
    QGuiApplication::clipboard()->setText(text);
    m_clipboardFingerprint = fingerprintOf(text);
    m_clipboardTimer.start();
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_clipboardTimer.intervalAsDuration());
    m_status->setText(tr("The stream key is on the clipboard; it is cleared in %n second(s).", nullptr,
                         static_cast<int>(std::max<qint64>(1, seconds.count()))));
    if (!isKeyShown())
        m_vault->forget();
}

void StreamKeyPanel::clearClipboardIfOurs()
{
    m_clipboardTimer.stop();
    if (m_clipboardFingerprint.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (fingerprintOf(clipboard->text()) == m_clipboardFingerprint) {
        clipboard->clear();
        m_status->setText(tr("The stream key was cleared from the clipboard."));
    }
    m_clipboardFingerprint.clear();
}

void StreamKeyPanel::onRotate()
{
    const QString title = m_workspace->detail() ? m_workspace->detail()->summary.title : QString();
    askToConfirm(this,
                 {u"rotateStreamKeyBox"_s, tr("Rotate the stream key?"),
                  tr("The server makes a new stream key for \"%1\". The current key stops working at once: an encoder "
                     "that streams with it is cut off until it gets the new key.")
                      .arg(title),
                  tr("Rotate the key"), u"rotateStreamKeyConfirmButton"_s, tr("Keep the current key")},
                 [this] { m_vault->rotate(); });
}

void StreamKeyPanel::onSet()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"streamKeySetDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set the stream key"));
    auto *url = new QLineEdit(dialog);
    url->setObjectName(u"ingestUrlEdit"_s);
    url->setAccessibleName(tr("Ingest URL"));
    url->setPlaceholderText(u"rtmps://…"_s);
    if (m_vault->info() && m_vault->info()->isSet)
        url->setText(m_vault->info()->ingestUrl);
    auto *key = new QLineEdit(dialog);
    key->setObjectName(u"streamKeyEdit"_s);
    key->setAccessibleName(tr("Stream key"));
    key->setEchoMode(QLineEdit::Password);
    auto *form = new ::QFormLayout(dialog); // ::, as dialogs/WebinarDialog.h names a ui::QFormLayout
    form->addRow(new QLabel(tr("The ingest URL starts with rtmp://, rtmps:// or srt://. The current key stops "
                               "working once the new one is saved."),
                            dialog));
    form->addRow(tr("&Ingest URL:"), url);
    form->addRow(tr("Stream &key:"), key);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Save)->setObjectName(u"streamKeySaveButton"_s);
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, dialog, [this, dialog, url, key] {
        submitSet(url->text().trimmed(), key);
        dialog->accept();
    });
    connect(dialog, &QDialog::finished, key, &QLineEdit::clear);
    dialog->open();
}

void StreamKeyPanel::submitSet(const QString &url, QLineEdit *keyEdit)
{
    QByteArray bytes = keyEdit->text().toUtf8();
    const QCA::SecureArray key(bytes);
    bytes.fill('\0');
    keyEdit->clear();
    m_vault->set(url, key);
}

void StreamKeyPanel::hideEvent(QHideEvent *event)
{
    hideKey();
    QWidget::hideEvent(event);
}

void StreamKeyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StreamKeyPanel::retranslate()
{
    m_heading->setText(tr("Stream key"));
    m_urlCaption->setText(tr("Ingest URL:"));
    m_keyCaption->setText(tr("Stream &key:"));
    m_key->setAccessibleName(tr("Stream key (hidden until revealed)"));
    m_url->setAccessibleName(tr("Ingest URL"));
    m_reveal->setText(tr("&Reveal"));
    m_reveal->setToolTip(tr("Shows the key for %n second(s) (Ctrl+Shift+R). Every reveal is in the access log.",
                            nullptr, static_cast<int>(revealFor.count())));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copies the key (Ctrl+Shift+C); the clipboard is cleared after 30 seconds. Logged as a "
                          "reveal."));
    m_rotate->setText(tr("R&otate …"));
    m_rotate->setToolTip(tr("Makes a new key on the server; the current key stops working at once."));
    m_set->setText(tr("Se&t …"));
    m_set->setToolTip(tr("Enter the ingest URL and key your streaming platform gave you."));
    for (QPushButton *button : {m_reveal, m_copy, m_rotate, m_set})
        button->setAccessibleName(button->text().remove(u'&').remove(u" …"_s));
    showInfo();
}

} // namespace regiekamer::ui
