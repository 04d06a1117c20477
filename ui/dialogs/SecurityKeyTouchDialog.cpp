#include "dialogs/SecurityKeyTouchDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

SecurityKeyTouchDialog::SecurityKeyTouchDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"securityKeyTouchDialog"_s);
    m_intro->setObjectName(u"securityKeyTouchLabel"_s);
    m_intro->setWordWrap(true);
    m_busy->setObjectName(u"securityKeyBusyIndicator"_s);
    m_busy->setRange(0, 0); // busy: no known end
    m_busy->setTextVisible(false);
    m_error->setObjectName(u"securityKeyErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 3); // room for a message: nothing jumps
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"securityKeyCancelButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecurityKeyTouchDialog::reject);
    setMinimumWidth(400);
    retranslate();
}

void SecurityKeyTouchDialog::showError(const QString &message)
{
    m_failed = true;
    m_busy->setRange(0, 1);
    m_busy->setValue(0);
    m_error->setText(message);
    retranslate();
}

void SecurityKeyTouchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SecurityKeyTouchDialog::retranslate()
{
    setWindowTitle(tr("Security key"));
    m_intro->setText(m_failed ? tr("The security key did not give an answer.")
                              : tr("Touch your security key. It may blink while it waits."));
    m_busy->setAccessibleName(tr("Waiting for the security key"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(m_failed ? tr("&Close") : tr("&Cancel"));
}

} // namespace regiekamer::ui
