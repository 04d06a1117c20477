-- wrk script of tools/bench/compare-nginx.sh: every request carries the bearer token read from the file named by
-- BENCH_TOKEN_FILE (the same request bytes for regiekamer-server and nginx), and the run ends with one line
--   wrk-result rps=R p50=MS p99=MS requests=N bad-status=N socket-errors=N
-- (bad-status: answers with a status >= 400; the script reports, compare-nginx.sh fails the run when it is not 0).
local file = assert(io.open(os.getenv("BENCH_TOKEN_FILE"), "r"))
local token = file:read("*l")
file:close()
wrk.headers["Authorization"] = "Bearer " .. token

function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format("wrk-result rps=%.1f p50=%.3f p99=%.3f requests=%d bad-status=%d socket-errors=%d\n",
        summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.requests, errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
