#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace regiekamer::server {

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe: the handler only writes one byte to a socketpair).
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace regiekamer::server
