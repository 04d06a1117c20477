#include "dialogs/UnsealDialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

UnsealDialog::UnsealDialog(const QString &server, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_intro(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"unsealDialog"_s);
    m_intro->setWordWrap(true);
    m_progress->setObjectName(u"unsealProgressLabel"_s);
    QFont bold = m_progress->font();
    bold.setBold(true);
    m_progress->setFont(bold);
    m_file->setObjectName(u"shareFileEdit"_s);
    m_browse->setObjectName(u"browseShareButton"_s);
    m_browse->setAutoDefault(false);
    m_passphrase->setObjectName(u"sharePassphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_fileLabel->setBuddy(m_file);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_error->setObjectName(u"unsealErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 4);
    m_send->setObjectName(u"sendShareButton"_s);
    m_send->setDefault(true);
    m_close->setObjectName(u"closeUnsealButton"_s);
    m_close->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_passphraseLabel, m_passphrase);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_browse, &QPushButton::clicked, this, &UnsealDialog::browse);
    connect(m_send, &QPushButton::clicked, this, &UnsealDialog::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnsealDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &UnsealDialog::reject);
    setMinimumWidth(540);
    retranslate();
}

void UnsealDialog::showState(const client::SealState &state)
{
    m_state = state;
    setBusy(false);
    m_error->clear();
    retranslate();
    m_file->setFocus();
}

void UnsealDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
}

void UnsealDialog::setShareFile(const QString &path)
{
    m_file->setText(path);
}

void UnsealDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose your share file"), m_file->text(),
                                                      tr("Share files (*.share);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(path);
    m_passphrase->setFocus();
}

void UnsealDialog::submit()
{
    if (m_busy)
        return;
    if (m_file->text().trimmed().isEmpty()) {
        showError(tr("Choose your share file first."));
        m_file->setFocus();
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        showError(tr("Type the passphrase of your share file."));
        m_passphrase->setFocus();
        return;
    }
    const QCA::SecureArray passphrase(m_passphrase->text().toUtf8());
    m_passphrase->clear();
    m_error->clear();
    setBusy(true);
    Q_EMIT shareSubmitted(m_file->text().trimmed(), passphrase);
}

void UnsealDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_browse),
                            static_cast<QWidget *>(m_passphrase), static_cast<QWidget *>(m_send)})
        widget->setEnabled(!busy);
    retranslate();
}

void UnsealDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UnsealDialog::retranslate()
{
    setWindowTitle(tr("Unseal the server"));
    m_intro->setText(tr("For key custodians. Choose your share file and type its passphrase: the file is opened on "
                        "this computer and only your share is sent, over the trusted connection to %1.")
                         .arg(m_server));
    if (!m_state)
        m_progress->setText(tr("Asking the server how many shares it needs…"));
    else if (!m_state->sealed)
        m_progress->setText(tr("The server is unsealed."));
    else
        m_progress->setText(tr("%1 of %2 shares given.").arg(m_state->received).arg(m_state->threshold));
    m_fileLabel->setText(tr("Share &file:"));
    m_file->setAccessibleName(tr("Share file"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setToolTip(tr("Choose your share file"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase of the share file"));
    m_send->setText(m_busy ? tr("Opening and sending…") : tr("&Send share"));
    m_close->setText(tr("Close"));
}

} // namespace regiekamer::ui
