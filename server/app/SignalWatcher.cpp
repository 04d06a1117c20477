#include "app/SignalWatcher.h"

#include <array>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace regiekamer::server {

namespace {

// The self-pipe of the signal handler. Constant-initialised, so reading it in the handler needs no guard.
std::array<int, 2> &signalSockets()
{
    static std::array<int, 2> sockets {-1, -1};
    return sockets;
}

extern "C" void onSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(signalSockets()[0], &byte, 1);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalSockets().data()) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(signalSockets()[1], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &SignalWatcher::readSignal);
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    m_notifier.reset();
    for (int &fd : signalSockets()) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void SignalWatcher::readSignal()
{
    char byte = 0;
    if (::read(signalSockets()[1], &byte, 1) == 1)
        Q_EMIT terminationRequested(static_cast<unsigned char>(byte));
}

} // namespace regiekamer::server
