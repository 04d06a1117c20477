#pragma once

#include <QtGlobal>

#include <functional>

namespace regiekamer::server {

// Who is connected right now: the accounts with an open event stream (EventHub sets the probe while it runs). The
// pre-flight checklist asks it whether an assigned moderator is present.
class Presence
{
public:
    using Probe = std::function<bool(qint64 userId)>;

    void setProbe(Probe probe) { m_probe = std::move(probe); }
    bool isConnected(qint64 userId) const { return m_probe && m_probe(userId); }

private:
    Probe m_probe;
};

} // namespace regiekamer::server
