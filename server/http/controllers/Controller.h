#pragma once

namespace regiekamer::server {

class Router;

// One controller per resource of the API (in the manner of qBittorrent's webui/api controllers): it puts its routes
// on the Router and handles them, each handler getting the request's RequestContext and nothing else of the request.
class Controller
{
public:
    virtual ~Controller() = default;
    virtual void addRoutes(Router &router) = 0;

protected:
    Controller() = default;
    Controller(const Controller &) = delete;
    Controller &operator=(const Controller &) = delete;
};

} // namespace regiekamer::server
