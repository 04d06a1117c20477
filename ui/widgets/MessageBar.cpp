#include "widgets/MessageBar.h"

#include "resources/ActionIcons.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

constexpr int informationTimeoutMs = 5000;
constexpr int undoTimeoutMs = 10000;

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_undo(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_fade(new QTimer(this))
{
    setObjectName(u"messageBar"_s);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo->setObjectName(u"messageUndoButton"_s);
    m_undo->setIcon(resources::actionIcon(resources::ActionIcon::Undo));
    m_undo->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // the word, not only the arrow
    m_undo->hide();
    m_close->setObjectName(u"messageCloseButton"_s);
    m_close->setAutoRaise(true);
    m_close->setText(u"✕"_s);
    m_fade->setSingleShot(true);
    m_fade->setInterval(informationTimeoutMs);
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hide);
    connect(m_fade, &QTimer::timeout, this, &MessageBar::hide);
    connect(m_undo, &QToolButton::clicked, this, [this] {
        const auto undo = std::exchange(m_undoAction, {});
        hide();
        if (undo)
            undo();
    });
    keepPlace();
    retranslate();
    hide();
}

// The bar holds its place while hidden and never changes height: a message that appears or fades never moves what
// is under it, so a click aimed there lands where it was aimed. Two lines of text; more is in the tooltip.
void MessageBar::keepPlace()
{
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    policy.setVerticalPolicy(QSizePolicy::Fixed);
    setSizePolicy(policy);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 2);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void MessageBar::showUndoable(const QString &text, std::function<void()> undo)
{
    showMessage(text, Kind::Information);
    m_undoAction = std::move(undo);
    m_undo->show();
    m_fade->start(undoTimeoutMs);
}

void MessageBar::hideEvent(QHideEvent *event)
{
    if (isHidden()) { // the message itself went, not the window it is in
        m_undoAction = {};
        m_undo->hide();
    }
    QWidget::hideEvent(event);
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_undoAction = {};
    m_undo->hide();
    m_kind = kind;
    m_text->setText(text);
    m_text->setToolTip(text);
    setStyleSheet(kind == Kind::Error ? u"#messageBar { background: #fde7e9; border: 1px solid #e8a3a9; }"_s
                                      : u"#messageBar { background: #e6f4ea; border: 1px solid #a8d5b5; }"_s);
    if (kind == Kind::Information)
        m_fade->start(informationTimeoutMs);
    else
        m_fade->stop();
    show();
    QAccessibleEvent announcement(m_text, QAccessible::Alert); // screen readers read it out
    QAccessible::updateAccessibility(&announcement);
}

void MessageBar::showError(const QString &text)
{
    showMessage(text, Kind::Error);
}

void MessageBar::showInformation(const QString &text)
{
    showMessage(text, Kind::Information);
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

MessageBar::Kind MessageBar::kind() const
{
    return m_kind;
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MessageBar::retranslate()
{
    m_undo->setText(tr("&Undo"));
    m_undo->setToolTip(tr("Take this change back"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message")); // not the "✕" it shows
}

} // namespace regiekamer::ui
