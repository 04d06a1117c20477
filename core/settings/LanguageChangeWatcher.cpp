#include "settings/LanguageChangeWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace regiekamer::client {

LanguageChangeWatcher::LanguageChangeWatcher(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool LanguageChangeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        Q_EMIT languageChanged();
    return QObject::eventFilter(watched, event);
}

} // namespace regiekamer::client
