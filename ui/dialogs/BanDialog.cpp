#include "dialogs/BanDialog.h"

#include "protocol/Room.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

BanDialog::BanDialog(const QString &attendee, QWidget *parent)
    : QDialog(parent)
    , m_attendee(attendee)
    , m_intro(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"banDialog"_s);
    m_intro->setWordWrap(true);
    m_reason->setObjectName(u"banReasonEdit"_s);
    m_reason->setTabChangesFocus(true);
    m_reasonLabel->setBuddy(m_reason);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"banConfirmButton"_s);
    // Escape or Enter outside the text changes nothing: Cancel is the safe default.
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &BanDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BanDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BanDialog::reject);
    retranslate();
    updateButton();
}

void BanDialog::updateButton()
{
    const QString reason = m_reason->toPlainText().trimmed();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!reason.isEmpty() && reason.size() <= api::maximumBanReasonLength);
}

void BanDialog::submit()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty() || reason.size() > api::maximumBanReasonLength)
        return;
    Q_EMIT banRequested(reason);
    accept();
}

void BanDialog::retranslate()
{
    setWindowTitle(tr("Ban from the webinar"));
    m_intro->setText(
        tr("%1 leaves the room now and cannot join this webinar again until you lift the ban. The client's "
           "staff see the ban and its reason.")
            .arg(m_attendee));
    m_reasonLabel->setText(tr("&Reason (required):"));
    m_reason->setAccessibleName(tr("Reason for the ban"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Ban"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void BanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace regiekamer::ui
