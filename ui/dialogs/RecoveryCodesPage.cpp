#include "dialogs/RecoveryCodesPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

RecoveryCodesPage::RecoveryCodesPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_codes(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_stored(new QCheckBox(this))
{
    setObjectName(u"recoveryCodesPage"_s);
    m_intro->setWordWrap(true);
    m_codes->setObjectName(u"recoveryCodesText"_s);
    m_codes->setReadOnly(true);
    m_codes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_codes->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_codes->setFixedHeight(m_codes->fontMetrics().lineSpacing() * 11);
    m_copy->setObjectName(u"copyRecoveryCodesButton"_s);
    m_copy->setAutoDefault(false);
    m_save->setObjectName(u"saveRecoveryCodesButton"_s);
    m_save->setAutoDefault(false);
    m_message->setObjectName(u"recoveryCodesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    m_stored->setObjectName(u"recoveryCodesStoredCheck"_s);
    setFocusProxy(m_copy);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_codes);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_stored);
    layout->addStretch();
    connect(m_copy, &QPushButton::clicked, this, &RecoveryCodesPage::copy);
    connect(m_save, &QPushButton::clicked, this, &RecoveryCodesPage::save);
    connect(m_stored, &QCheckBox::toggled, this, &RecoveryCodesPage::storedChanged);
    retranslate();
}

void RecoveryCodesPage::setCodes(const QStringList &codes)
{
    m_codes->setPlainText(codes.join(u'\n'));
    m_message->clear();
    m_stored->setChecked(false);
}

QStringList RecoveryCodesPage::codes() const
{
    return m_codes->toPlainText().split(u'\n', Qt::SkipEmptyParts);
}

bool RecoveryCodesPage::stored() const
{
    return m_stored->isChecked();
}

void RecoveryCodesPage::clear()
{
    m_codes->clear();
    m_message->clear();
}

QString RecoveryCodesPage::text() const
{
    return tr("Regiekamer recovery codes (each works once):") + u'\n' + m_codes->toPlainText() + u'\n';
}

Status RecoveryCodesPage::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit())
        return fail(u"file_write"_s, tr("The file %1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

void RecoveryCodesPage::copy()
{
    QApplication::clipboard()->setText(text());
    m_message->setText(tr("Copied. Paste them into your password manager, then clear the clipboard."));
}

void RecoveryCodesPage::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the recovery codes"),
                                                      tr("regiekamer-recovery-codes.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    const Status saved = saveTo(path);
    m_message->setText(saved ? tr("Saved in %1. Keep the file where only you can read it.").arg(path)
                             : saved.error().message);
}

void RecoveryCodesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecoveryCodesPage::retranslate()
{
    m_intro->setText(tr("These ten recovery codes let you sign in when you do not have your authenticator app. "
                        "Each works once. They are shown only now: store them where only you can reach them."));
    m_codes->setAccessibleName(tr("Recovery codes"));
    m_copy->setText(tr("Co&py"));
    m_copy->setToolTip(tr("Copy the recovery codes to the clipboard"));
    m_save->setText(tr("&Save…"));
    m_save->setToolTip(tr("Save the recovery codes in a text file"));
    m_stored->setText(tr("&I have stored them"));
}

} // namespace regiekamer::ui
