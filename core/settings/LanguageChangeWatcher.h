#pragma once

#include <QObject>

namespace regiekamer::client {

// Non-widget objects (item models) do not receive QEvent::LanguageChange; this watches the application
// object, which does, and re-emits it as a signal.
class LanguageChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageChangeWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace regiekamer::client
