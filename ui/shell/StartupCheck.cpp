#include "shell/StartupCheck.h"

#include "shell/ShellLogging.h"

#include <QGuiApplication>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

StartupCheck::StartupCheck(SelfTest selfTest)
    : m_selfTest(std::move(selfTest))
{
}

Status StartupCheck::run() const
{
    const Status passed = m_selfTest();
    if (passed)
        return {};
    qCCritical(lcShell, "The crypto self-test failed, so Regiekamer does not start: %s",
               qUtf8Printable(passed.error().message));
    return fail(u"crypto_self_test_failed"_s,
                tr("Regiekamer cannot start: the encryption on this computer failed its self-test, so the offline "
                   "data could not be protected. Reinstall Regiekamer, or ask your IT support to repair the OpenSSL "
                   "plug-in of QCA (qca-ossl). Details for IT support: %1")
                    .arg(passed.error().message));
}

void StartupCheck::report(const QString &message)
{
    const QString platform = QGuiApplication::platformName();
    if (platform == u"offscreen"_s || platform == u"minimal"_s)
        printToStderr(message);
    else
        showMessageBox(message);
}

void StartupCheck::showMessageBox(const QString &message)
{
    QMessageBox box(QMessageBox::Critical, tr("Regiekamer cannot start"), message, QMessageBox::Close);
    box.setObjectName(u"startupFailedMessage"_s);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void StartupCheck::printToStderr(const QString &message)
{
    (void)std::fprintf(stderr, "regiekamer: %s\n", qUtf8Printable(message));
}

} // namespace regiekamer::ui
