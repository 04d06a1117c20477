#include "widgets/Messages.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

QMessageBox *openMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                         const QString &objectName)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
    return box;
}

} // namespace

QMessageBox *showCertificateChangedWarning(QWidget *parent, const client::CertificateProblem &problem)
{
    const QString text =
        QCoreApplication::translate("Messages",
                                    "The certificate of the server %1 has changed since you trusted it.\n\n"
                                    "Trusted fingerprint:\n%2\n\nPresented fingerprint:\n%3\n\n"
                                    "Regiekamer refused the connection and sent nothing. This can mean that "
                                    "someone is intercepting the connection, or that the operator replaced the "
                                    "certificate. Ask the operator. Only if the change was intended, click "
                                    "\"Forget trusted certificate\" in the sign-in window and sign in again to "
                                    "check the new fingerprint.")
            .arg(problem.server, client::groupedFingerprint(problem.pinnedFingerprint),
                 client::groupedFingerprint(problem.presented.fingerprint));
    return openMessage(parent, QMessageBox::Critical,
                       QCoreApplication::translate("Messages", "Server certificate changed"), text,
                       u"certificateChangedMessage"_s);
}

QMessageBox *showNotice(QWidget *parent, const QString &title, const QString &text)
{
    return openMessage(parent, QMessageBox::Information, title, text, u"noticeMessage"_s);
}

QMessageBox *askToForgetThisComputer(QWidget *parent)
{
    const QString text = QCoreApplication::translate(
        "Messages",
        "Regiekamer keeps an encrypted copy of the data you received on this computer, so you can look at it when "
        "the server cannot be reached.\n\nForgetting this computer deletes that offline data of ALL accounts that "
        "signed in here, and any key kept in the keychain, and signs you out. Nothing on the server changes; the "
        "next online sign-in fills the offline data again.");
    auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("Messages", "Forget this computer"),
                                text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(u"forgetComputerMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QAbstractButton *confirm = box->button(QMessageBox::Yes);
    confirm->setObjectName(u"forgetComputerConfirmButton"_s);
    confirm->setText(QCoreApplication::translate("Messages", "Delete offline data"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->open();
    return box;
}

QMessageBox *askToConfirm(QWidget *parent, const Confirmation &question, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(question.boxName);
    box->setTextFormat(Qt::PlainText);
    box->addButton(question.action, QMessageBox::DestructiveRole)->setObjectName(question.confirmName);
    box->setDefaultButton(box->addButton(question.keep, QMessageBox::RejectRole));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [box, confirmed = std::move(confirmed)](QAbstractButton *button) {
                         if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                             confirmed();
                     });
    box->open();
    return box;
}

} // namespace regiekamer::ui
