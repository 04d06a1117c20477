#include "dialogs/EnrolmentDialog.h"

#include "dialogs/RecoveryCodesPage.h"
#include "widgets/QrCodeImage.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

constexpr int qrModulePixels = 4;
constexpr int qrAreaPixels = 240; // a version 6 code (41 modules) with its quiet zone, at 4 pixels a module

} // namespace

EnrolmentDialog::EnrolmentDialog(bool required, QWidget *parent)
    : QDialog(parent)
    , m_required(required)
    , m_pages(new QStackedWidget(this))
    , m_intro(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_confirm(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_codesPage(new RecoveryCodesPage(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"enrolmentDialog"_s);
    m_pages->addWidget(createSetupPage());
    auto *codes = new QWidget(this);
    auto *codesLayout = new QVBoxLayout(codes);
    codesLayout->setContentsMargins(0, 0, 0, 0);
    codesLayout->addWidget(m_codesPage, 1);
    codesLayout->addWidget(m_close, 0, Qt::AlignRight);
    m_close->setObjectName(u"closeRecoveryCodesButton"_s);
    m_close->setEnabled(false);
    m_pages->addWidget(codes);
    (new QVBoxLayout(this))->addWidget(m_pages);
    connect(m_confirm, &QPushButton::clicked, this, &EnrolmentDialog::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &EnrolmentDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &EnrolmentDialog::reject);
    connect(m_codesPage, &RecoveryCodesPage::storedChanged, m_close, &QPushButton::setEnabled);
    connect(m_close, &QPushButton::clicked, this, &EnrolmentDialog::accept);
    setMinimumWidth(520);
    setBusy(true); // until the secret arrives
    retranslate();
}

EnrolmentDialog::~EnrolmentDialog()
{
    m_secret->clear();
    m_codesPage->clear();
}

QWidget *EnrolmentDialog::createSetupPage()
{
    auto *page = new QWidget(this);
    m_intro->setWordWrap(true);
    m_qr->setObjectName(u"qrCodeLabel"_s);
    m_qr->setFixedSize(qrAreaPixels, qrAreaPixels);
    m_qr->setAlignment(Qt::AlignCenter);
    m_secret->setObjectName(u"secretLabel"_s);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setWordWrap(true);
    m_code->setObjectName(u"enrolmentCodeEdit"_s);
    m_code->setMaxLength(8);
    m_codeLabel->setBuddy(m_code);
    m_error->setObjectName(u"enrolmentErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 3);
    m_confirm->setObjectName(u"confirmEnrolmentButton"_s);
    m_confirm->setDefault(true);
    m_cancel->setObjectName(u"cancelEnrolmentButton"_s);
    m_cancel->setAutoDefault(false);
    auto *form = new QFormLayout;
    form->addRow(m_secretLabel, m_secret);
    form->addRow(m_codeLabel, m_code);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

void EnrolmentDialog::setEnrolment(const client::TotpEnrolment &enrolment)
{
    const QImage image = qrCodeImage(enrolment.uri, qrModulePixels);
    m_qr->setPixmap(QPixmap::fromImage(image));
    m_secret->setText(groupedSecret(enrolment.secret));
    m_ready = true;
    setBusy(false);
    m_code->setFocus();
}

void EnrolmentDialog::showError(const QString &message)
{
    setBusy(!m_ready);
    m_error->setText(message);
    m_code->setFocus();
    m_code->selectAll();
}

void EnrolmentDialog::showRecoveryCodes(const QStringList &codes)
{
    m_secret->clear();
    m_qr->clear();
    m_codesPage->setCodes(codes);
    m_close->setEnabled(false);
    m_pages->setCurrentIndex(1);
    m_codesPage->setFocus(); // its Copy button
    retranslate();
}

void EnrolmentDialog::reject()
{
    if (m_pages->currentIndex() == 1 && !m_codesPage->stored())
        return; // shown once: the person confirms they stored them
    m_codesPage->clear();
    QDialog::reject();
}

void EnrolmentDialog::submit()
{
    if (m_busy)
        return;
    const QString code = client::SecondFactorActions::normalisedCode(m_code->text());
    if (!client::SecondFactorActions::isTotpCode(code)) {
        showError(tr("Type the six digits your authenticator app shows."));
        return;
    }
    m_error->clear();
    setBusy(true);
    Q_EMIT codeSubmitted(code);
}

void EnrolmentDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_code->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
}

void EnrolmentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EnrolmentDialog::retranslate()
{
    setWindowTitle(m_pages->currentIndex() == 1 ? tr("Your recovery codes") : tr("Set up your second factor"));
    m_intro->setText((m_required ? tr("Your role needs a second factor before you can continue.") + u' ' : QString()) +
                     tr("Scan the QR code with an authenticator app (such as Aegis, FreeOTP or Google "
                        "Authenticator), then type the six-digit code it shows."));
    if (!m_ready)
        m_qr->setText(tr("Preparing…"));
    m_qr->setAccessibleName(tr("QR code of your new second factor"));
    m_secretLabel->setText(tr("Or type this key:"));
    m_secret->setAccessibleName(tr("Key of your new second factor"));
    m_codeLabel->setText(tr("&Code:"));
    m_code->setAccessibleName(tr("Code of the authenticator app"));
    m_confirm->setText(tr("C&onfirm"));
    m_cancel->setText(m_required ? tr("Cancel and sign out") : tr("Cancel"));
    m_close->setText(tr("&Close"));
}

} // namespace regiekamer::ui
